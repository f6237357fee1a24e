#include "pair_neutrinos.hpp"

#include <cmath>

#include "itoh_fit_range.hpp"
#include "neutrino_couplings.hpp"

namespace nuflash::neutrino {

namespace {

// f_pair = (a0 + a1 xi + a2 xi^2) exp(-c xi) / (xi^3 + b1/lam + b2/lam^2 + b3/lam^3), with one set of
// (b1, b2, b3, c) for T < 10^10 K and one for T >= 10^10 K (a0, a1, a2 shared)
struct PairSet {
  double b1, b2, b3, c;
};
constexpr PairSet kCool = {9.383e-1, -4.141e-1, 5.829e-2, 5.5924};
constexpr PairSet kHot = {1.2383, -8.141e-1, 0.0, 4.9924};
// The two sets differ by up to 40% at 10^10 K; they are joined by a C1 blend over +-0.05 dex.
constexpr double kEdgeLogT = 10.0, kBlendDex = 0.05;

Ad2 pair_rate_with_set(const Ad2& T, const Ad2& rho_ye, const PairSet& set) {
  using std::exp;
  using std::pow;
  using std::sqrt;
  const Ad2 lam = itoh::lambda_of(T);
  const Ad2 lam2 = lam * lam;
  const Ad2 xi = cbrt(rho_ye * 1e-9) / lam;
  const Ad2 inv = 1.0 / lam;
  const Ad2 f = (6.002e19 + 2.084e20 * xi + 1.872e21 * xi * xi) * exp(-set.c * xi) /
                (xi * xi * xi + inv * (set.b1 + inv * (set.b2 + inv * set.b3)));
  const Ad2 g = 1.0 + lam2 * (-13.04 + lam2 * (133.5 + lam2 * (1534.0 + lam2 * 918.6)));
  const Ad2 q = 1.0 / (10.748 * lam2 + 0.3967 * sqrt(lam) + 1.005) *
                pow(1.0 + rho_ye / (7.692e7 * lam2 * lam + 9.715e6 * sqrt(lam)), -0.3);
  const Ad2 Q = 0.5 * couplings::sum_va * (1.0 + couplings::diff_va / couplings::sum_va * q) * g * exp(-2.0 / lam) * f;
  return clamp_nonnegative(Q);
}

}  // namespace

Ad2 pair_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye) {
  const Ad2 T = clamp(T_K, 0.0, 1e11);
  const double logT = std::log10(T.value());
  if (logT <= kEdgeLogT - kBlendDex) return pair_rate_with_set(T, rho_ye, kCool);
  if (logT >= kEdgeLogT + kBlendDex) return pair_rate_with_set(T, rho_ye, kHot);
  const Ad2 s = smooth_step(log10(T), kEdgeLogT - kBlendDex, kEdgeLogT + kBlendDex);
  return s * pair_rate_with_set(T, rho_ye, kHot) + (1.0 - s) * pair_rate_with_set(T, rho_ye, kCool);
}

}  // namespace nuflash::neutrino
