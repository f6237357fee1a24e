// Parameter sweeps: failed points are recorded and the sweep goes on, a killed sweep resumes,
// and two MPI ranks give the same results as one.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>

#include "hdf5_file.hpp"

namespace fs = std::filesystem;

namespace {

int run(const std::string& cmd) {
  const int status = std::system((cmd + " > /dev/null 2>&1").c_str());
  return WEXITSTATUS(status);
}

fs::path write_grid(const std::string& name) {
  const fs::path dir = fs::path(NUFLASH_BINARY_DIR) / "test_scratch" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "grid.toml") << "scenario = \"micro state\"\n"
                                   << "out = \"" << (dir / "sweep.h5").string() << "\"\n"
                                   << "[base]\nT_K = 1e7\n"
                                   << "[grid]\nrho_cgs = [1.0, -1.0, 100.0]\ncomp = [\"he4=1\", \"h1=1\"]\n";
  return dir;
}

}  // namespace

TEST(Sweep, FailedPointIsRecordedAndTheRestRun) {
  const auto dir = write_grid("sweep_fail");
  ASSERT_EQ(run(std::string(NUFLASH_EXE) + " sweep " + (dir / "grid.toml").string() + " --threads 2"), 0);
  nuflash::io::H5Reader r(dir / "sweep.h5");
  EXPECT_EQ(r.ints("/sweep/status"), (std::vector<long long>{0, 0, 1, 1, 0, 0}));
  const auto errors = r.strings("/sweep/error");
  EXPECT_EQ(errors[2], "rho_cgs = -1: must be in (0, inf)");
  // Ye of pure He4 is 1/2 and of pure H is 1 (grid order: rho outer, comp inner).
  const auto ye = r.doubles("/sweep/results/Ye");
  EXPECT_EQ(ye[0], 0.5);
  EXPECT_EQ(ye[1], 1.0);
  EXPECT_TRUE(std::isnan(ye[2]));
  EXPECT_EQ(r.doubles("/sweep/axes/rho_cgs"), (std::vector<double>{1, 1, -1, -1, 100, 100}));
}

TEST(Sweep, ResumesFromTheJournal) {
  const auto dir = write_grid("sweep_resume");
  const auto journal = dir / "sweep.h5.journal";
  // A journal left by a killed run: point 0 finished, point 4 was cut mid-line.
  std::ofstream(journal) << "p = { index = 0, status = \"ok\", error = \"\", summary = { \"Ye\" = 0.25 } }\n"
                         << "p = { index = 4, status = \"o";
  ASSERT_EQ(run(std::string(NUFLASH_EXE) + " sweep " + (dir / "grid.toml").string()), 0);
  nuflash::io::H5Reader r(dir / "sweep.h5");
  // Point 0 was not run again (its journal value is kept), point 4 was.
  EXPECT_EQ(r.doubles("/sweep/results/Ye")[0], 0.25);
  EXPECT_EQ(r.doubles("/sweep/results/Ye")[4], 0.5);
}

TEST(Sweep, BadGridFileIsAClearError) {
  const auto dir = write_grid("sweep_bad");
  std::ofstream(dir / "bad.toml") << "scenario = \"micro state\"\n[grid]\nrhoo = [1.0]\n";
  EXPECT_EQ(run(std::string(NUFLASH_EXE) + " sweep " + (dir / "bad.toml").string()), 2);
  EXPECT_EQ(run(std::string(NUFLASH_EXE) + " sweep " + (dir / "missing.toml").string()), 2);
}

#ifdef NUFLASH_MPIEXEC
TEST(Sweep, TwoMpiRanksMatchOneRank) {
  const auto dir = write_grid("sweep_mpi");
  const std::string cmd = std::string("OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 ") + NUFLASH_MPIEXEC +
                          " -n 2 --oversubscribe " + NUFLASH_EXE + " sweep " + (dir / "grid.toml").string() +
                          " --threads 1";
  ASSERT_EQ(run(cmd), 0);
  nuflash::io::H5Reader r(dir / "sweep.h5");
  EXPECT_EQ(r.ints("/sweep/status"), (std::vector<long long>{0, 0, 1, 1, 0, 0}));
  EXPECT_EQ(r.doubles("/sweep/results/Ye")[5], 1.0);
}
#endif
