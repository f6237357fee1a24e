// The nuflash executable: exit codes and one-line error messages for bad input.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli_run.hpp"

using nuflash::testing::run_cli;

TEST(Cli, VersionAndHelp) {
  EXPECT_EQ(run_cli("--version").code, 0);
  EXPECT_NE(run_cli("--version").out.find("nuflash"), std::string::npos);
  for (const char* sub : {"run", "rgb", "sn", "lab", "compare", "sweep", "micro"}) {
    EXPECT_EQ(run_cli(std::string(sub) + " --help").code, 0) << sub;
  }
}

TEST(Cli, BadValuesExitTwoWithOneLineNamingTheKey) {
  auto r = run_cli("micro state --rho -1");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "error: rho_cgs = -1: must be in (0, inf)\n");
  r = run_cli("micro state --comp he4=0.5");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("sum to 0.5"), std::string::npos);
  r = run_cli("micro state --config /nonexistent.toml");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "error: config file '/nonexistent.toml': cannot be opened\n");
  r = run_cli("micro state --unknown-flag 3");
  EXPECT_EQ(r.code, 2);
}

TEST(Cli, DryRunPrintsEffectiveConfig) {
  auto r = run_cli("micro state --rho 1e3 --dry-run");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("rho_cgs = 1000.0"), std::string::npos);
}

TEST(Cli, JsonSummary) {
  auto r = run_cli("micro state --comp he4=1 --json");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("\"Ye\": 0.5"), std::string::npos);
}

TEST(Cli, MicroKappaWithoutTablesFallsBackAndWarns) {
  const auto r = run_cli("micro kappa --rho 1e-2 --T 2e6 --X 0.7 --Z 0.02 --data-dir /nonexistent --json");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("warning: opacity tables not found"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"source\": \"analytic\""), std::string::npos) << r.out;
  for (const char* key : {"\"kappa\"", "\"kappa_rad\"", "\"kappa_cond\"", "\"dlnkappa_dlnrho\"", "\"dlnkappa_dlnT\""}) {
    EXPECT_NE(r.out.find(key), std::string::npos) << key;
  }
}

TEST(Cli, MicroKappaFromTables) {
  const char* env = std::getenv("NUFLASH_DATA");
  const std::string dir = env ? env : std::string(NUFLASH_SOURCE_DIR) + "/../shared/data";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "opacity tables absent (" << dir << "); set NUFLASH_DATA";
  const auto r = run_cli("micro kappa --rho 1e6 --T 1e8 --comp he4=1 --json --data-dir " + dir);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\"source\": \"tables+analytic\""), std::string::npos) << r.out;
  // condall06.d, Z = 2, log rho = 6, log T = 8: log K = 16.217, so kappa_cond = 10^(24 - 6 - 16.217 - 3.51965)
  // = 0.01834 (Cassisi et al. 2007 conversion).
  EXPECT_NE(r.out.find("\"kappa_cond\": 0.0183"), std::string::npos) << r.out;
}

TEST(Cli, MicroEos) {
  auto r = run_cli("micro eos --rho 1e6 --T 8e7 --comp he4=0.98,c12=0.02 --electrons direct --json");
  EXPECT_EQ(r.code, 0) << r.out;
  for (const char* key : {"\"P\"", "\"dS_dT\"", "\"grad_ad\"", "\"eta\"", "\"n_e\"", "\"P_coul\"", "\"gamma_coul\""})
    EXPECT_NE(r.out.find(key), std::string::npos) << key;
  r = run_cli("micro eos --rho 1e-6 --T 5e3 --X 0.7 --Z 0.02 --electrons direct --json");
  EXPECT_EQ(r.code, 0) << r.out;
  r = run_cli("micro eos --rho 1e11 --T 1e7 --comp he4=1 --json");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("rho"), std::string::npos);
  r = run_cli("micro eos --rho 1 --T 1e6 --comp he4=0.5 --json");
  EXPECT_EQ(r.code, 2);
}
