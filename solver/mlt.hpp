// Mixing-length theory of convection (Böhm-Vitense 1958) in the formulation of Kippenhahn, Weigert &
// Weiss, Stellar Structure and Evolution (2nd ed. 2012), §7.2: with
//   U = 3 a c T^3 / (c_P rho^2 kappa l_m^2) * sqrt(8 H_P / (g delta)),  l_m = alpha_MLT H_P,
//   W = grad_rad - grad_ad,  xi^2 = grad - grad_ad + U^2,
// the actual gradient follows from the cubic (KWW eq. 7.18)
//   (xi - U)^3 + (8 U / 9) (xi^2 - U^2 - W) = 0.
// It is solved here for z = xi - U >= 0, which avoids cancellation when U >> 1: grad = grad_ad + z (z + 2U).
#pragma once

namespace nuflash::stellar {

struct MltGradient {
  double grad = 0;             // actual temperature gradient d ln T / d ln P
  double dgrad_dgrad_rad = 0;  // partial derivatives of grad
  double dgrad_dgrad_ad = 0;
  double dgrad_dlnU = 0;
};

// grad_rad > grad_ad required (convectively unstable); U >= 0 (U = 0: adiabatic limit).
MltGradient mlt_gradient(double grad_rad, double grad_ad, double U);

// U of the formula above from local quantities in CGS; delta = -(d ln rho / d ln T)_P = chi_T / chi_rho.
double mlt_U(double alpha_mlt, double T_K, double rho_cgs, double P_cgs, double kappa, double cP, double delta,
             double g_cgs);

}  // namespace nuflash::stellar
