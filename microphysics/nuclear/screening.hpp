// Plasma screening of thermonuclear reaction rates: the rate is enhanced by exp(H), H = H_ion + H_e.
//
// Ions (valid from weak to strong coupling, Gamma up to ~600, and for T >~ 0.1 T_p):
//   H_ion = W h(Gamma~), the mean-field potential at zero separation of Chugunov, DeWitt & Yakovlev
//   2007 (PRD 76, 025028, eq. 19, fit to Monte-Carlo-based mean-field calculations; its
//   weak-coupling limit is the Debye-Hueckel value sqrt(3) Gamma^(3/2)):
//     h(G) = G^(3/2) [A1/sqrt(A2 + G) + A3/(1 + G)] + B1 G^2/(B2 + G) + B3 G^2/(B4 + G^2),
//     A1 = 2.7822, A2 = 98.34, A3 = sqrt(3) - A1/sqrt(A2), B1 = -1.7476, B2 = 66.07, B3 = 1.12, B4 = 65.
//   The pair coupling is that of Yakovlev, Gasques, Afanasjev, Beard & Wiescher 2006 (PRC 74, 035803,
//   eq. 10): Gamma = Z1 Z2 e^2/(a12 kT), a12 = a_e (Z1^1/3 + Z2^1/3)/2, a_e = (3/(4 pi n_e))^(1/3).
//   Quantum (tunnelling) corrections by Gamma~ = Gamma/(1 + 0.022 z + (0.41 - 0.6/Gamma) z^2 +
//   (0.06 + 2.2/Gamma) z^3)^(1/3), z = (4/(3 pi^2 t^2))^(1/3), t = T/T_p (CDY07 eqs. 3, 21), with
//   the ion plasma temperature T_p = (hbar/k) sqrt(4 pi Z1 Z2 e^2 n12/m12), n12 = n_e/((Z1^1/3 +
//   Z2^1/3)/2)^3, m12 = 2 mu12 m_u (the same pair generalisation). Below t = 0.1, where the fit was not
//   verified, t is held near 0.1: t_eff = (t^4 + 0.1^4)^(1/4).
//   For unlike charges the strong-coupling form overestimates the weak limit; the factor
//   W = (C + Gamma^2)/(1 + Gamma^2) of Chugunov & DeWitt 2009 (PRC 80, 014611, eq. A4) restores it,
//   with C = Z1 Z2 e^2 kappa_i/kT / (sqrt(3) Gamma^(3/2)) = ((Z1^1/3 + Z2^1/3)/2)^(3/2)
//   sqrt(<Z^2>/<Z>)/sqrt(Z1 Z2) (C = 1 for a pair of the plasma's own ions).
//
// Electrons: H_e = Z1 Z2 (e^2/kT) (kappa - kappa_i), kappa^2 = kappa_i^2 + kappa_e^2,
//   kappa_i^2 = 4 pi e^2/kT rho N_A sum Z^2 Y,  kappa_e^2 = 4 pi e^2/kT n_e theta_e,
//   so that H -> Z1 Z2 e^2 kappa/kT, Salpeter's (1954) weak screening with Graboske et al.'s (1973,
//   ApJ 181, 457) degeneracy factor theta_e = (kT/n_e) dn_e/dmu, as Gamma -> 0. For strongly
//   coupled ions it is of second order in kappa_e (electron polarisation, small in degenerate matter:
//   Potekhin & Chabrier 2013, Contrib. Plasma Phys. 53, 397). theta_e joins its non-degenerate limit 1
//   and its degenerate limit theta_d = 3 kT/(p_F v_F) = 3 kT sqrt(1 + x^2)/(m_e c^2 x^2),
//   x = p_F/(m_e c): theta_e = (1 + theta_d^-1.8)^(-1/1.8), within 2.2 % of the exact non-relativistic
//   F_-1/2(eta)/(2 F_1/2(eta)) for all eta.
#pragma once

#include <array>

#include "composition.hpp"

namespace nuflash::nuclear {

// Plasma quantities at (rho, T, composition) shared by all reacting pairs.
struct ScreeningPlasma {
  double rho_cgs = 0;
  double T_K = 0;
  double ye = 0;       // sum Z Y
  double z2 = 0;       // sum Z^2 Y
  double gamma_e = 0;  // electron coupling e^2/(a_e kT), a_e = (3/(4 pi n_e))^(1/3)
  double theta_e = 0;  // electron degeneracy factor (kT/n_e) dn_e/dmu
  double kappa_i = 0;  // ion Debye wavenumber [cm^-1]
  double kappa = 0;    // ion + electron screening wavenumber [cm^-1]
  double dlnkappa_dlnT = 0, dlnkappa_dlnrho = 0;
};

// The composition moments the screening depends on: sum Z Y (= Ye) and sum Z^2 Y, for molar abundances Y
// (negative values are treated as zero).
struct PlasmaMoments {
  double ye = 0;
  double z2 = 0;
};
PlasmaMoments plasma_moments(const std::array<double, kNumSpecies>& Y);

// Y = molar abundances X/A of the tracked species (negative values are treated as zero).
ScreeningPlasma screening_plasma(double rho_cgs, double T_K, const std::array<double, kNumSpecies>& Y);

// Screening exponent H = H_ion + H_e for the pair (Z1, A1) + (Z2, A2) and its logarithmic derivatives
// at fixed composition; gamma12 is the pair coupling Gamma (before the quantum correction).
struct Screening {
  double H = 0;
  double H_ion = 0;
  double H_e = 0;
  double dH_dlnT = 0;
  double dH_dlnrho = 0;
  double gamma12 = 0;
};
Screening screening(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2);

// The exponent H alone (the same value as screening().H, without the derivatives: ~2x cheaper).
double screening_exponent(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2);

}  // namespace nuflash::nuclear
