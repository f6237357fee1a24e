// Tests of the limit extraction (models/lab/limit) against analytic limits of the Gaussian regime
// and the Feldman & Cousins 1998 tables.
#include <gtest/gtest.h>

#include <cmath>

#include "error.hpp"
#include "lab/limit.hpp"

using namespace nuflash::lab;

TEST(LabLimit, SingleBinGaussianRegime) {
  // One bin, background B = 1e6, no weak signal, nuisances fixed; Asimov data n = B. For B >> s M the
  // Poisson deviance is (s M)^2 / B, so s_90 = sqrt(2.706 B) / M (Wilks, chi^2_1 quantile 2.706).
  SpectralTemplates t{{{"flat", {1e6}, 0.0}}, {0.0}, {10.0}, 0.0};
  auto lim = upper_limit(t, asimov_data(t));
  const double s90 = std::sqrt(2.705543 * 1e6) / 10.0;
  EXPECT_NEAR(lim.mu12_90 * lim.mu12_90 / s90, 1.0, 2e-3);
  const double s95 = std::sqrt(3.841459 * 1e6) / 10.0;
  EXPECT_NEAR(lim.mu12_95 * lim.mu12_95 / s95, 1.0, 2e-3);
  EXPECT_DOUBLE_EQ(lim.s_hat, 0.0);
}

TEST(LabLimit, ProfiledBackgroundNormalisation) {
  // Two bins of equal background B, magnetic signal only in the first, free background normalisation:
  // profiling b absorbs half the signal, chi2 = (s M)^2 / (2 B), so s_90 = sqrt(2 * 2.706 B) / M.
  SpectralTemplates t{{{"flat", {1e6, 1e6}, kFree}}, {0.0, 0.0}, {10.0, 0.0}, 0.0};
  auto lim = upper_limit(t, asimov_data(t));
  EXPECT_NEAR(lim.mu12_90 * lim.mu12_90 / (std::sqrt(2 * 2.705543 * 1e6) / 10.0), 1.0, 2e-3);
  // With b fixed (sigma_b = 0) the single-bin limit sqrt(2.706 B) / M is recovered.
  t.backgrounds[0].sigma = 0.0;
  lim = upper_limit(t, asimov_data(t));
  EXPECT_NEAR(lim.mu12_90 * lim.mu12_90 / (std::sqrt(2.705543 * 1e6) / 10.0), 1.0, 2e-3);
}

TEST(LabLimit, FluxNuisanceCouplesWeakAndMagnetic) {
  // Signal-only bin (no background): magnetic and weak share the flux normalisation f. With f free,
  // one bin cannot tell f from s. A flux constraint sigma_f gives, profiling f in the Gaussian regime,
  // chi2 = (sM)^2 / (W + W^2 sigma_f^2) to leading order in sM/W (derived by hand); W = 1e8,
  // sigma_f = 1e-3, so sM/W ~ 1.6e-3 at the limit and the next order is below 0.5 %.
  SpectralTemplates t{{}, {1e8}, {10.0}, 1e-3};
  auto lim = upper_limit(t, asimov_data(t));
  const double var = 1e8 + 1e16 * 1e-6;
  EXPECT_NEAR(lim.mu12_90 * lim.mu12_90 / (std::sqrt(2.705543 * var) / 10.0), 1.0, 0.005);
}

TEST(LabLimit, TwoBackgroundShapes) {
  // Two backgrounds, each living in one of two bins; the magnetic signal sits in bin 1 only. With
  // background a fixed (sigma = 0) the single-bin result sqrt(2.706 B)/M returns (B = 1e6).
  SpectralTemplates t{{{"a", {1e6, 0.0}, 0.0}, {"b", {0.0, 1e6}, kFree}}, {0.0, 0.0}, {10.0, 0.0}, 0.0};
  auto lim = upper_limit(t, asimov_data(t));
  EXPECT_NEAR(lim.mu12_90 * lim.mu12_90 / (std::sqrt(2.705543 * 1e6) / 10.0), 1.0, 2e-3);
  // With background a free, it absorbs the signal down to its physical boundary b_a = 0; beyond, the
  // signal alone must fit n = B: 2 (sM - B + B ln(B / sM)) = 2.706 gives sM = B + sqrt(2.706 B) to
  // leading order, s = 100164.5 (analytic).
  SpectralTemplates u{{{"a", {1e6, 0.0}, kFree}}, {0.0, 0.0}, {10.0, 0.0}, 0.0};
  lim = upper_limit(u, asimov_data(u));
  EXPECT_NEAR(lim.mu12_90 * lim.mu12_90 / 100164.5, 1.0, 2e-4);
}

TEST(LabLimit, FeldmanCousinsTableX) {
  // Feldman & Cousins 1998, Table X (Gaussian with boundary mu >= 0): x = 0 -> upper 1.64 (90 %),
  // 1.96 (95 %); x = 3.0 -> upper 4.64 (90 %), 4.96 (95 %).
  EXPECT_NEAR(feldman_cousins_gaussian_upper(0.0, 0.90), 1.64, 0.01);
  EXPECT_NEAR(feldman_cousins_gaussian_upper(0.0, 0.95), 1.96, 0.01);
  EXPECT_NEAR(feldman_cousins_gaussian_upper(3.0, 0.90), 4.64, 0.01);
  EXPECT_NEAR(feldman_cousins_gaussian_upper(3.0, 0.95), 4.96, 0.01);
  EXPECT_THROW(feldman_cousins_gaussian_upper(0.0, 1.5), nuflash::InputError);
}

TEST(LabLimit, FeldmanCousinsOnAsimovMatchesDeltaChi2) {
  // At zero signal the unified interval's upper end is 1.64 sigma (Table X), the Delta chi2 = 2.706
  // crossing is 1.645 sigma: in the Gaussian regime (large background, nuisances fixed) the two
  // methods agree to 1 % in mu^2 on Asimov data. (With nuisances the profile is not parabolic and the
  // Gaussian Feldman-Cousins approximation differs by a few per cent.)
  SpectralTemplates t{{{"flat", {1e6, 1e6, 1e6}, 0.0}}, {1e3, 5e2, 1e2}, {10.0, 3.0, 1.0}, 0.0};
  auto a = upper_limit(t, asimov_data(t), LimitMethod::delta_chi2);
  auto b = upper_limit(t, asimov_data(t), LimitMethod::feldman_cousins);
  EXPECT_NEAR(b.mu12_90 * b.mu12_90 / (a.mu12_90 * a.mu12_90), 1.0, 0.01);
  EXPECT_NEAR(b.s_hat / b.sigma_s, 0.0, 1e-3);
}

TEST(LabLimit, BadInput) {
  SpectralTemplates t{{{"flat", {1.0}, kFree}}, {1.0}, {0.0}, kFree};
  EXPECT_THROW(upper_limit(t, {2.0}), nuflash::InputError);
  SpectralTemplates u{{{"flat", {1.0, 1.0}, kFree}}, {1.0}, {1.0}, kFree};
  EXPECT_THROW(upper_limit(u, {2.0, 2.0}), nuflash::InputError);
}
