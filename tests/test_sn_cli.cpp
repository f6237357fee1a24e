// `nuflash micro flip` and `nuflash sn`: the commands print what the library computes, and reject bad input.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "cli_run.hpp"
#include "models/sn/sn_criterion.hpp"
#include "neutrino/chirality_flip.hpp"

using nuflash::testing::json_number;

TEST(SnCli, MicroFlipPrintsTheEmissivityAndItsParts) {
  const auto r = nuflash::testing::run_cli("micro flip --rho 3e14 --T 3.48e11 --Ye 0.3 --Ynu 0.06 --mu12 2 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  nuflash::ChiralityFlipInput in;
  in.rho_cgs = 3e14;
  in.T_K = 3.48e11;
  in.Ye = 0.3;
  in.Ynu = 0.06;
  in.mu12 = 2;
  const auto lib = nuflash::chirality_flip_emissivity(in);
  EXPECT_NEAR(json_number(r.out, "eps_R") / lib.eps_R, 1.0, 1e-12);
  EXPECT_NEAR(json_number(r.out, "eps_R_electrons") / lib.eps_e, 1.0, 1e-12);
  EXPECT_NEAR(json_number(r.out, "eps_R_protons") / lib.eps_p, 1.0, 1e-12);
}

TEST(SnCli, CriterionPrintsTheBoundAndConditions) {
  const auto r = nuflash::testing::run_cli("sn --criterion --band-n 1 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  nuflash::sn::SnCriterionSettings s;
  s.n_rho = s.n_T = 1;
  const auto lib = nuflash::sn::sn_criterion(s);
  EXPECT_NEAR(json_number(r.out, "mu12_bound") / lib.standard.mu12_bound, 1.0, 1e-12);
  EXPECT_NEAR(json_number(r.out, "rho_cgs"), 3e14, 1.0);
  EXPECT_NEAR(json_number(r.out, "T_MeV"), 30, 1e-12);
}

TEST(SnCli, RejectsBadInput) {
  EXPECT_EQ(nuflash::testing::run_cli("micro flip --Ye 0.9").code, 2);
  EXPECT_EQ(nuflash::testing::run_cli("sn --criterion --T-MeV -3").code, 2);
  EXPECT_EQ(nuflash::testing::run_cli("sn --cool --zones 2").code, 2);
}
