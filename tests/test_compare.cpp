// Limits comparison: CL conversion and the astro-vs-lab table.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "limits_comparison.hpp"

using namespace nuflash;

TEST(Compare, GaussianQuantilesMatchTables) {
  // One-sided standard normal quantiles (Abramowitz & Stegun 1964, Table 26.5).
  EXPECT_NEAR(compare::gaussian_quantile(0.90), 1.2815515655446004, 1e-12);
  EXPECT_NEAR(compare::gaussian_quantile(0.95), 1.6448536269514722, 1e-12);
  EXPECT_NEAR(compare::gaussian_quantile(0.5), 0.0, 1e-14);
}

TEST(Compare, ClConversion) {
  EXPECT_DOUBLE_EQ(compare::limit_at_90(2.9e-11, 0.90), 2.9e-11);
  // A 95 % limit on mu: mu^2 scales with z, so mu_90 = mu_95 sqrt(1.2816 / 1.6449) = 0.8827 mu_95.
  EXPECT_NEAR(compare::limit_at_90(1.0e-11, 0.95) / 1.0e-11, 0.88268, 1e-4);
}

TEST(Compare, TableHoldsEveryPublishedLimitAndNuflashBounds) {
  const auto published = lab::builtin_published_limits();
  lab::LimitEntry own{"SN 1987A (nuflash criterion)", "all", "energy-loss criterion", 3e-12, 0.0, 2026, "nuflash", "nuflash", 0};
  const auto rows = compare::compare_limits(published, {}, {own});
  EXPECT_EQ(rows.size(), published.size() + 1);
  bool found = false;
  for (const auto& r : rows) {
    if (r.entry.kind == "nuflash") {
      found = true;
      EXPECT_EQ(r.category, "astrophysical");
      EXPECT_EQ(r.limit_90_muB, 3e-12);  // no CL stated: kept as is
    }
  }
  EXPECT_TRUE(found);
}

TEST(Compare, PlotScriptRendersPng) {
  const std::string dir = std::string(NUFLASH_BINARY_DIR) + "/test_scratch";
  std::filesystem::create_directories(dir);
  const std::string h5 = dir + "/compare.h5", png = dir + "/compare.png";
  std::remove(png.c_str());
  const std::string cmd = std::string(NUFLASH_EXE) + " compare --quiet --out " + h5 + " > /dev/null && /usr/bin/python3 " +
                          NUFLASH_SOURCE_DIR + "/scripts/plot_limits.py " + h5 + " " + png + " > /dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  FILE* f = std::fopen(png.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  unsigned char magic[4] = {};
  EXPECT_EQ(std::fread(magic, 1, 4, f), 4u);
  std::fclose(f);
  EXPECT_EQ(magic[1], 'P');
  EXPECT_EQ(magic[2], 'N');
  EXPECT_EQ(magic[3], 'G');
}
