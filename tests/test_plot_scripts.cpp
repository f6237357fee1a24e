// The plotting scripts in scripts/ render PNGs from files nuflash writes (short runs).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "cli_run.hpp"

namespace fs = std::filesystem;
using nuflash::testing::run_cli;
using nuflash::testing::run_command;

namespace {

fs::path scratch() {
  const fs::path dir = fs::path(NUFLASH_BINARY_DIR) / "test_scratch" / "plots";
  fs::create_directories(dir);
  return dir;
}

bool is_png(const fs::path& p) {
  FILE* f = std::fopen(p.c_str(), "rb");
  if (!f) return false;
  unsigned char magic[4] = {};
  const bool ok = std::fread(magic, 1, 4, f) == 4 && magic[1] == 'P' && magic[2] == 'N' && magic[3] == 'G';
  std::fclose(f);
  return ok;
}

int plot(const std::string& script, const std::string& args) {
  return run_command("/usr/bin/python3 " + std::string(NUFLASH_SOURCE_DIR) + "/scripts/" + script + " " + args).code;
}

}  // namespace

TEST(PlotScripts, RedGiantHistoryPlots) {
  const auto dir = scratch();
  const auto h5 = dir / "rgb_short.h5";
  ASSERT_EQ(run_cli("rgb --no-reference --max-models 20 --quiet --out " + h5.string()).code, 0);
  fs::remove(dir / "hr.png");
  fs::remove(dir / "core.png");
  ASSERT_EQ(plot("plot_hr.py", (dir / "hr.png").string() + " " + h5.string() + " --references"), 0);
  ASSERT_EQ(plot("plot_core.py", (dir / "core.png").string() + " " + h5.string()), 0);
  EXPECT_TRUE(is_png(dir / "hr.png"));
  EXPECT_TRUE(is_png(dir / "core.png"));
}

TEST(PlotScripts, SupernovaCoolingPlot) {
  const auto dir = scratch();
  const auto h5 = dir / "sn_short.h5";
  ASSERT_EQ(run_cli("sn --cool --zones 6 --t-end 2 --quiet --out " + h5.string()).code, 0);
  fs::remove(dir / "sn.png");
  ASSERT_EQ(plot("plot_sn_cooling.py", (dir / "sn.png").string() + " " + h5.string()), 0);
  EXPECT_TRUE(is_png(dir / "sn.png"));
}

TEST(PlotScripts, CoreMassAgainstMuFromASweep) {
  const auto dir = scratch();
  const auto grid = dir / "mu_grid.toml";
  const auto h5 = dir / "mu_sweep.h5";
  fs::remove(h5);
  fs::remove(fs::path(h5.string() + ".journal"));
  FILE* f = std::fopen(grid.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fprintf(f, "scenario = \"rgb\"\nout = \"%s\"\n[base]\nmax_models = 3\nno_reference = true\n[grid]\nmu12 = [0.0, 2.0]\n",
               h5.c_str());
  std::fclose(f);
  ASSERT_EQ(run_cli("sweep " + grid.string() + " --quiet").code, 0);
  fs::remove(dir / "mc_mu.png");
  ASSERT_EQ(plot("plot_mc_vs_mu.py", h5.string() + " " + (dir / "mc_mu.png").string()), 0);
  EXPECT_TRUE(is_png(dir / "mc_mu.png"));
}
