// Analytic opacities: the fallback when the tables are absent and the filler where a point lies off them.
// Each term returns kappa [cm^2 g^-1] with d ln kappa / d ln rho and d ln kappa / d ln T.
#pragma once

#include "opacity_term.hpp"
#include "state.hpp"

namespace nuflash {

// Electron scattering, Thomson value sigma_T Ye / m_u = 0.2 (1 + X) reduced by the Compton (Klein-Nishina
// and thermal) correction of Buchler & Yueh (1976, ApJ 210, 440) and by electron degeneracy, in the fit of
// Paczynski (1983, ApJ 267, 315): kappa = kappa_T / [(1 + 2.7e11 rho/T^2) (1 + (T/4.5e8 K)^0.86)].
OpacityTerm electron_scattering(double rho_cgs, double T_K, double Ye);

// Kramers free-free absorption for full ionisation, kappa = 3.68e22 g_ff 2Ye sum_i(X_i Z_i^2 / A_i) rho T^-3.5
// (reduces to 3.68e22 g_ff (1 - Z)(1 + X) rho T^-3.5 for H and He; e.g. Hansen, Kawaler & Trimble 2004,
// Stellar Interiors, sect. 4.4.2) with the Rosseland-averaged Gaunt factor g_ff = 1.
OpacityTerm kramers_free_free(double rho_cgs, double T_K, double Ye, double sum_XZ2_over_A);

// Kramers bound-free absorption by the metals, kappa = 4.34e25 (g_bf / t) Z (1 + X) rho T^-3.5, with g_bf = 1
// and Schwarzschild's (1958, Structure and Evolution of the Stars, sect. 9) guillotine factor
// t = 2.82 [rho (1 + X)]^0.2.
OpacityTerm kramers_bound_free(double rho_cgs, double T_K, double X, double Z);

// H- absorption, kappa = 2.5e-31 (Z / 0.02) rho^(1/2) T^9 (Hansen, Kawaler & Trimble 2004, sect. 4.4.3;
// fitted for 3000 K < T < 6000 K, 1e-10 < rho < 1e-5, X ~ 0.7). Below Z = 0.001 the free electrons come from
// hydrogen rather than from the metals; Z is floored there so that the opacity stays finite.
OpacityTerm h_minus(double rho_cgs, double T_K, double Z);

// The radiative fallback: H- joined harmonically to electron scattering plus Kramers absorption,
// 1/kappa = 1/kappa_H- + 1/(kappa_es + kappa_ff + kappa_bf), so that H- rules the cool layers and
// scattering and free-free / bound-free absorption the ionised interior.
OpacityTerm analytic_radiative_opacity(const State& s);

// Conduction by degenerate electrons scattering off liquid ions (Yakovlev & Urpin 1980, Sov. Astron. 24,
// 303): K = pi^2 kB^2 T n_e / (3 m* nu), nu = 4 Z_eff e^4 m* Lambda / (3 pi hbar^3), m* = m_e sqrt(1 + x^2),
// x = p_F / (m_e c), Coulomb logarithm Lambda = ln[(2 pi Z_eff / 3)^(1/3) (1.5 + 3/Gamma)^(1/2)] - v_F^2 / 2c^2
// (floored at 0.1), Z_eff = <Z^2>/<Z>; kappa_cond = 16 sigma T^3 / (3 rho K). Meant for degenerate matter,
// where conduction matters; in non-degenerate gas it overestimates kappa_cond, which is then negligible
// beside kappa_rad anyway.
OpacityTerm analytic_conductive_opacity(const State& s);

}  // namespace nuflash
