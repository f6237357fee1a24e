#include "plasma_neutrinos.hpp"

#include <cmath>

#include "itoh_fit_range.hpp"
#include "neutrino_couplings.hpp"

namespace nuflash::neutrino {

Ad2 plasma_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye) {
  using std::exp;
  using std::sin;
  using std::sqrt;
  const Ad2 T = clamp(T_K, 0.0, 1e11);
  const Ad2 lam = itoh::lambda_of(T);
  // gamma^2 = 1.1095e11 (rho/mu_e) / (T^2 sqrt(1 + (1.019e-6 rho/mu_e)^(2/3)))
  const Ad2 gam2 = 1.1095e11 * rho_ye / (T * T * sqrt(1.0 + square(cbrt(1.019e-6 * rho_ye))));
  const Ad2 gam = sqrt(gam2);
  const Ad2 gam12 = sqrt(gam);
  const Ad2 fT = 2.4 + 0.6 * gam12 + 0.51 * gam + 1.25 * gam * gam12;
  const Ad2 fL = (8.6 * gam2 + 1.35 * gam2 * gam * gam12) / (225.0 - 17.0 * gam + gam2);

  // correction f_xy on x = (17.5 + log10(2 rho/mu_e) - 3 log10 T)/6, y = (-24.5 + log10(2 rho/mu_e) + 3 log10 T)/6;
  // f_xy = 1 for |x| > 0.7 or y < 0
  const Ad2 lr = log10(2.0 * rho_ye), lt = log10(T);
  const Ad2 x = (17.5 + lr - 3.0 * lt) / 6.0;
  const Ad2 y = (-24.5 + lr + 3.0 * lt) / 6.0;
  Ad2 fxy = ad_constant(1.0);
  if (std::fabs(x.value()) <= 0.7 && y.value() >= 0.0) {
    const Ad2 a = 0.39 - 1.25 * x - 0.35 * sin(4.5 * x);
    const Ad2 b = 0.3 * exp(-(4.5 * x + 0.9) * (4.5 * x + 0.9));
    const Ad2 cc = (y - 1.6 + 1.25 * x).value() < 0.0 ? Ad2(y - 1.6 + 1.25 * x) : ad_constant(0.0);
    const Ad2 r = cc / (0.57 - 0.25 * x);
    fxy = 1.05 + (a - b) * exp(-r * r);
  }
  const Ad2 lam3 = lam * lam * lam;
  const Ad2 Q = couplings::sum_v2 * 3.00e21 * lam3 * lam3 * lam3 * gam2 * gam2 * gam2 * exp(-gam) * (fT + fL) * fxy;
  return clamp_nonnegative(Q);
}

}  // namespace nuflash::neutrino
