#include "mlt.hpp"

#include <algorithm>
#include <cmath>

#include "constants.hpp"

namespace nuflash::stellar {

MltGradient mlt_gradient(double grad_rad, double grad_ad, double U) {
  const double W = grad_rad - grad_ad;
  const double c = 8.0 * U / 9.0;
  // g(z) = z^3 + c (z^2 + 2 U z - W): increasing and convex for z >= 0, g(0) = -c W < 0.
  // Both z = sqrt(U^2 + W) - U (radiative limit) and z = cbrt(c W) bound the root from above, so
  // Newton from the smaller of the two converges monotonically.
  const double z_rad = W / (std::sqrt(U * U + W) + U);
  double z = std::min(z_rad, std::cbrt(c * W));
  for (int it = 0; it < 100; ++it) {
    const double g = z * z * z + c * (z * z + 2.0 * U * z - W);
    const double gp = 3.0 * z * z + 2.0 * c * (z + U);
    if (gp <= 0.0) break;
    const double dz = g / gp;
    z -= dz;
    if (std::fabs(dz) <= 1e-15 * z) break;
  }
  z = std::max(z, 0.0);
  MltGradient r;
  r.grad = grad_ad + z * (z + 2.0 * U);
  const double gz = 3.0 * z * z + 2.0 * c * (z + U);
  if (gz <= 0.0) {  // U = 0 and z = 0: W = 0 exactly, grad = grad_ad
    r.dgrad_dgrad_ad = 1.0;
    return r;
  }
  const double dz_dW = c / gz;
  const double dz_dU = -(8.0 / 9.0) * (z * z + 4.0 * U * z - W) / gz;
  const double dgrad_dz = 2.0 * (z + U);
  r.dgrad_dgrad_rad = dgrad_dz * dz_dW;
  r.dgrad_dgrad_ad = 1.0 - dgrad_dz * dz_dW;
  r.dgrad_dlnU = U * (dgrad_dz * dz_dU + 2.0 * z);
  return r;
}

double mlt_U(double alpha_mlt, double T_K, double rho_cgs, double P_cgs, double kappa, double cP, double delta,
             double g_cgs) {
  namespace c = constants;
  const double HP = P_cgs / (rho_cgs * g_cgs);
  const double lm = alpha_mlt * HP;
  return 3.0 * c::a_rad_cgs * c::c_cgs * T_K * T_K * T_K / (cP * rho_cgs * rho_cgs * kappa * lm * lm) *
         std::sqrt(8.0 * HP / (g_cgs * delta));
}

}  // namespace nuflash::stellar
