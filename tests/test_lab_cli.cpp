// `nuflash lab xsec` and `nuflash lab limits`: JSON output and errors.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

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

}  // namespace

TEST(LabCli, XsecJson) {
  // nu_mu, E = 1 MeV, T = 0.3 MeV: 1.86060e-45 cm^2/MeV by hand from Vogel & Engel 1989 Eq. 1
  // (see test_nu_e_scattering); T_max = 2/(0.51099895 + 2) MeV.
  const auto r = run("lab xsec --flavor numu --Enu 1 --T 0.3 --mu12 10 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\"dsdT_weak\": 1.86060"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"Tmax_MeV\": 0.796495"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"sin2w\": 0.23121"), std::string::npos) << r.out;
  // magnetic: pi r_e^2 mu^2 (1/T - 1/E) = 2.494672e-25 * 1e-22 * (1/0.3 - 1) = 5.82090e-47 cm^2/MeV
  EXPECT_NE(r.out.find("\"dsdT_mag\": 5.82090"), std::string::npos) << r.out;
}

TEST(LabCli, XsecBadFlavor) {
  const auto r = run("lab xsec --flavor nu_e");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "error: flavor = \"nu_e\": must be one of nue, nuebar, numu, numubar, nutau, nutaubar\n");
}

TEST(LabCli, LimitsJsonHasPublishedAndReanalyses) {
  const auto r = run("lab limits --json --quiet");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("{\n  \"limits\": [", 0), 0u) << r.out.substr(0, 80);
  EXPECT_NE(r.out.find("\"kind\": \"published\""), std::string::npos);
  EXPECT_NE(r.out.find("\"kind\": \"reanalysis\""), std::string::npos);
  EXPECT_NE(r.out.find("\"published_limit_muB\": 6.3"), std::string::npos);
  const auto bad = run("lab limits --limits-file /nonexistent.toml");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.out.find("error: published limits: cannot read file '/nonexistent.toml'"), std::string::npos);
}
