// Transverse and longitudinal plasmon dispersion relations and residues of a relativistic QED plasma,
// Braaten & Segel 1993 (PRD 48, 1478; Raffelt 1996, Stars as Laboratories, ch. 6).
// Frequencies and momenta are in units of the plasma frequency omega_P; v is the typical electron
// velocity v* = omega_1 / omega_P (0 <= v < 1).
//
// With t = v k / omega and F(t) = atanh(t) / t, the self-energies on the light-cone side are
//   Pi_T(omega, k) = omega_P^2 G_T(t),    G_T(t) = (3/2) [F - (F - 1) / t^2],
//   Pi_00(omega, k) = (3 omega_P^2 / v^2) [F - 1],
// and the dispersion relations omega_T^2 = k^2 + Pi_T, k^2 = Pi_00 become explicit when parametrised by
// the inverse phase velocity s = k / omega in [0, 1):
//   transverse:   omega^2 (1 - s^2) = omega_P^2 G_T(v s),
//   longitudinal: omega^2 = omega_P^2 G_L(v s),  G_L(t) = 3 (F - 1) / t^2,
// so no root finding is needed. The longitudinal branch ends on the light cone (s -> 1) at k_max.
#pragma once

namespace nuflash::neutrino {

// G_T, G_L and their derivatives with respect to t, for 0 <= t < 1.
struct DispersionFunction {
  double G = 1;
  double dG_dt = 0;
};
DispersionFunction transverse_function(double t);
DispersionFunction longitudinal_function(double t);

// A point on a branch (units of omega_P): frequency, momentum, residue and dk/d(parameter).
struct PlasmonMode {
  double omega = 0;
  double k = 0;
  double Z = 0;      // residue (Braaten & Segel 1993); Z -> 1 as k -> 0
  double dk_dpar = 0;
};

// Transverse branch parametrised by sigma = s / sqrt(1 - s^2) in [0, inf): k = sigma sqrt(G_T),
// omega = sqrt((1 + sigma^2) G_T), so omega^2 - k^2 = G_T(v s) omega_P^2.
PlasmonMode transverse_mode(double sigma, double v);

// Longitudinal branch parametrised by s in [0, 1): omega = sqrt(G_L(v s)), k = s omega.
PlasmonMode longitudinal_mode(double s, double v);

// Transverse frequency at momentum k (Newton iteration on the explicit parametrisation).
double transverse_omega(double k, double v);
// Longitudinal frequency at momentum k <= k_max (bisection-safeguarded Newton).
double longitudinal_omega(double k, double v);

// Asymptotic transverse mass^2 / omega_P^2 = lim (omega_T^2 - k^2) = G_T(v) (Braaten & Segel 1993).
double transverse_asymptotic_mass2(double v);
// Largest momentum of the longitudinal branch / omega_P, where omega_L = k (Braaten & Segel 1993).
double longitudinal_kmax(double v);

// Self-energies at arbitrary (omega, k) with omega > v k (units omega_P): for the residue definition
// Z = 1 / (1 - dPi/d omega^2) on the branch.
double pi_transverse(double omega, double k, double v);
double pi_longitudinal_00(double omega, double k, double v);

}  // namespace nuflash::neutrino
