// Neutrino emission by plasmon decay, gamma_T,L -> nu nubar, integrated over the Bose-Einstein plasmon
// distribution with the Braaten & Segel 1993 dispersion relations and residues (Haft, Raffelt & Weiss
// 1994, ApJ 425, 222; Raffelt 1996, Stars as Laboratories, ch. 6). Per plasmon, the decay rates are
//   Standard Model (vector coupling C_V, summed over flavours):
//     Gamma_T = C_V^2 G_F^2 / (48 pi^2 alpha) Z_T (omega^2 - k^2)^3 / omega,
//     Gamma_L = C_V^2 G_F^2 / (48 pi^2 alpha) Z_L omega^2 (omega^2 - k^2)^2 / omega,
//   magnetic moment mu (Dirac, summed over final helicities):
//     Gamma_T = mu^2 / (24 pi) Z_T (omega^2 - k^2)^2 / omega,
//     Gamma_L = mu^2 / (24 pi) Z_L omega^2 (omega^2 - k^2) / omega,
// so that Gamma_mu / Gamma_SM = 2 pi alpha mu^2 / (C_V^2 G_F^2 (omega^2 - k^2)) for both modes, and
//   Q = sum over 2 transverse + 1 longitudinal modes of Int d^3k/(2 pi)^3 omega Gamma f_B(omega).
// Both rates come from the same integrals; only the vertex differs.
#pragma once

namespace nuflash::neutrino {

// Dimensionless integrals over k in units of omega_P, each multiplied by e^g (g = omega_P / kT) so that
// they stay finite for large g:
//   T_sm = e^g Int dk k^2 Z_T (omega^2 - k^2)^3 f_B,   L_sm = e^g Int dk k^2 Z_L omega^2 (omega^2 - k^2)^2 f_B,
//   T_mu = e^g Int dk k^2 Z_T (omega^2 - k^2)^2 f_B,   L_mu = e^g Int dk k^2 Z_L omega^2 (omega^2 - k^2) f_B,
// with f_B = 1 / (exp(g omega) - 1). Composite Gauss-Legendre quadrature, relative accuracy ~1e-9.
struct PlasmonIntegrals {
  double T_sm = 0, L_sm = 0, T_mu = 0, L_mu = 0;
};
PlasmonIntegrals plasmon_integrals(double g, double v);

// Emission rates [erg cm^-3 s^-1] from the direct integral. omega_p_erg = hbar omega_P, v = v*.
double plasmon_sm_rate(double omega_p_erg, double v, double T_K);
double plasmon_mu_rate(double mu12, double omega_p_erg, double v, double T_K);

// Q_mu = plasmon_mu_prefactor(mu12, omega_p) * exp(-g) * (T_mu + L_mu / 2) [erg cm^-3 s^-1];
// likewise Q_SM with plasmon_sm_prefactor and (T_sm + L_sm / 2).
double plasmon_mu_prefactor(double mu12, double omega_p_erg);
double plasmon_sm_prefactor(double omega_p_erg);

// 2 pi alpha (1e-12 mu_B)^2 / (G_F^2 (C_V^2 + n C'_V^2) (10 keV)^2): the coefficient of Raffelt's
// approximation Q_mu / Q_SM = coefficient * mu12^2 (10 keV / omega_pl)^2 (Raffelt 1996, ch. 6), which
// follows from the decay-rate ratio above with omega^2 - k^2 = omega_pl^2.
double raffelt_ratio_coefficient();

}  // namespace nuflash::neutrino
