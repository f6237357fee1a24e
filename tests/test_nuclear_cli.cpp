// `nuflash micro burn`: the command prints what the library computes, and rejects bad input.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

#include "nuclear/energy_generation.hpp"
#include "state.hpp"

namespace {

struct Result {
  int code;
  std::string out;
};

Result run(const std::string& args) {
  const std::string cmd = std::string(NUFLASH_EXE) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf{};
  while (fgets(buf.data(), buf.size(), p)) out += buf.data();
  const int status = pclose(p);
  return {WEXITSTATUS(status), out};
}

double json_number(const std::string& json, const std::string& key) {
  const auto at = json.find("\"" + key + "\": ");
  if (at == std::string::npos) return -1;
  return std::stod(json.substr(at + key.size() + 4));
}

}  // namespace

TEST(NuclearCli, MicroBurnPrintsTheEnergyGeneration) {
  const auto r = run("micro burn --rho 1e5 --T 1e8 --comp he4=1 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  nuflash::Composition he;
  he[nuflash::Species::he4] = 1.0;
  const auto n = nuflash::nuclear::nuclear_burning(nuflash::make_state(1e5, 1e8, he));
  EXPECT_NEAR(json_number(r.out, "eps_3a"), n.eps_3a, 1e-12 * n.eps_3a);
  EXPECT_NEAR(json_number(r.out, "eps_nuc"), n.eps_nuc, 1e-12 * n.eps_nuc);
  for (const char* key : {"eps_pp", "eps_cno", "eps_CaO", "eps_nu_reac", "deps_dlnT", "4He(2a,g)12C"}) {
    EXPECT_NE(r.out.find(std::string("\"") + key + "\""), std::string::npos) << key;
  }
}

TEST(NuclearCli, MicroBurnOverATimeStep) {
  const auto r = run("micro burn --rho 150 --T 1.57e7 --X 0.34 --Z 0.02 --dt 1e6 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\"burn\""), std::string::npos);
  EXPECT_NE(r.out.find("\"cvode_steps\""), std::string::npos);
}

TEST(NuclearCli, MicroBurnRejectsBadInput) {
  EXPECT_EQ(run("micro burn --T 3e10").code, 2);
  EXPECT_EQ(run("micro burn --dt -1").code, 2);
}
