// `nuflash micro neu`: the command prints what the library computes, and rejects bad input.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "cli_run.hpp"
#include "eos/eos.hpp"
#include "neutrino/thermal_neutrinos.hpp"
#include "state.hpp"

using nuflash::testing::json_number;

TEST(NeutrinoCli, MicroNeuPrintsTheLosses) {
  for (const char* model : {"exact", "ratio"}) {
    const auto r = nuflash::testing::run_cli(std::string("micro neu --rho 1e6 --T 1e8 --comp he4=1 --mu12 2 --plasmon-mu-model ") + model +
                       " --json");
    ASSERT_EQ(r.code, 0) << r.out;
    nuflash::Composition he;
    he[nuflash::Species::he4] = 1.0;
    const auto s = nuflash::make_state(1e6, 1e8, he);
    const auto lib = nuflash::neutrino_losses(s, nuflash::eos(s), {2.0, nuflash::parse_plasmon_mu_model(model)});
    const std::pair<const char*, double> expected[] = {
        {"eps_pair", lib.eps_pair},           {"eps_photo", lib.eps_photo},
        {"eps_plasma", lib.eps_plasma},       {"eps_brems", lib.eps_brems},
        {"eps_recomb", lib.eps_recomb},       {"eps_nu_sm", lib.eps_nu_sm},
        {"deps_nu_sm_dT", lib.deps_nu_sm_dT}, {"deps_nu_sm_drho", lib.deps_nu_sm_drho},
        {"eps_nu_mu", lib.eps_nu_mu},         {"deps_nu_mu_dT", lib.deps_nu_mu_dT},
        {"deps_nu_mu_drho", lib.deps_nu_mu_drho}, {"omega_pl_keV", lib.omega_pl_keV}};
    for (const auto& [key, value] : expected) EXPECT_NEAR(json_number(r.out, key) / value, 1.0, 1e-12) << key;
    EXPECT_GT(json_number(r.out, "eps_plasma_braaten_segel"), 0.0);
  }
}

TEST(NeutrinoCli, MicroNeuRejectsBadInput) {
  EXPECT_EQ(nuflash::testing::run_cli("micro neu --mu12 -1").code, 2);
  EXPECT_EQ(nuflash::testing::run_cli("micro neu --plasmon-mu-model approx").code, 2);
  EXPECT_EQ(nuflash::testing::run_cli("micro neu --rho -5").code, 2);
}
