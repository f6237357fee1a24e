#include "pair_neutrinos.hpp"

#include <cmath>

#include "itoh_fit_range.hpp"
#include "neutrino_couplings.hpp"

namespace nuflash::neutrino {

Ad2 pair_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye) {
  using std::exp;
  using std::pow;
  using std::sqrt;
  const Ad2 T = clamp(T_K, 0.0, 1e11);
  const Ad2 lam = itoh::lambda_of(T);
  const Ad2 lam2 = lam * lam;
  const Ad2 xi = pow(rho_ye * 1e-9, 1.0 / 3.0) / lam;

  // f_pair = (a0 + a1 xi + a2 xi^2) exp(-c xi) / (xi^3 + b1/lam + b2/lam^2 + b3/lam^3); two coefficient
  // sets, for T < 10^10 K and T >= 10^10 K
  const bool hot = T.value() >= 1e10;
  const double b1 = hot ? 1.2383 : 9.383e-1;
  const double b2 = hot ? -8.141e-1 : -4.141e-1;
  const double b3 = hot ? 0.0 : 5.829e-2;
  const double c = hot ? 4.9924 : 5.5924;
  const Ad2 inv = 1.0 / lam;
  const Ad2 f = (6.002e19 + 2.084e20 * xi + 1.872e21 * xi * xi) * exp(-c * xi) /
                (xi * xi * xi + inv * (b1 + inv * (b2 + inv * b3)));
  const Ad2 g = 1.0 + lam2 * (-13.04 + lam2 * (133.5 + lam2 * (1534.0 + lam2 * 918.6)));
  const Ad2 q = 1.0 / (10.748 * lam2 + 0.3967 * sqrt(lam) + 1.005) *
                pow(1.0 + rho_ye / (7.692e7 * lam2 * lam + 9.715e6 * sqrt(lam)), -0.3);
  const Ad2 Q = 0.5 * couplings::sum_va * (1.0 + couplings::diff_va / couplings::sum_va * q) * g * exp(-2.0 / lam) * f;
  return clamp_nonnegative(Q);
}

}  // namespace nuflash::neutrino
