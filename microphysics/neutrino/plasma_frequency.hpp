// Plasma frequency omega_P, the first relativistic moment omega_1 and the typical electron velocity
// v* = omega_1 / omega_P of an e-e+ gas of arbitrary degeneracy and relativity (Braaten & Segel 1993,
// PRD 48, 1478; Raffelt 1996, Stars as Laboratories, ch. 6):
//   omega_P^2 = (4 alpha / pi) Int dp p^2/E (1 - v^2/3)     (f_e- + f_e+)
//   omega_1^2 = (4 alpha / pi) Int dp p^2/E (5 v^2/3 - v^4) (f_e- + f_e+)
// with the degeneracy parameter eta = (mu_e - m_e c^2) / kT taken from the EOS. The net electron
// density and its partial derivatives come from the same quadrature: they let the caller turn
// derivatives at fixed eta into derivatives at fixed density (implicit differentiation of
// n_e(eta, T) = rho Ye / m_u), so eta is never solved for here.
#pragma once

namespace nuflash::neutrino {

struct ElectronMoments {
  double n_net_cgs = 0;   // n(e-) - n(e+) [cm^-3]
  double dn_deta = 0;     // d n_net / d eta at fixed T [cm^-3]
  double dn_dT = 0;       // d n_net / dT at fixed eta [cm^-3 K^-1]
  double omega_p_erg = 0; // hbar omega_P [erg]
  double v_star = 0;      // omega_1 / omega_P, in [0, 1)
  double dlnwp_deta = 0;  // d ln omega_P / d eta at fixed T
  double dlnwp_dT = 0;    // d ln omega_P / dT at fixed eta [K^-1]
  double dv_deta = 0;     // d v* / d eta at fixed T
  double dv_dT = 0;       // d v* / dT at fixed eta [K^-1]
};

// Gauss-Legendre quadrature split at the Fermi surface (relative accuracy ~1e-7). Throws InputError for
// non-finite eta or T <= 0.
ElectronMoments electron_moments(double eta, double T_K);

}  // namespace nuflash::neutrino
