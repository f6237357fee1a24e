// Ideal gas of massless fermions together with their antiparticles, exact at any degeneracy
// (e.g. Landau & Lifshitz, Statistical Physics I, problem to section 61; Bludman & van Riper 1977,
// ApJ 212, 859). Natural units: energies, T and mu in MeV, densities in MeV^3, pressure in MeV^4.
// g counts the internal states of the particle (2 for electrons, 1 for one neutrino flavour).
#pragma once

namespace nuflash::dense {

struct MasslessGas {
  double n_net = 0;  // particles minus antiparticles [MeV^3]
  double P = 0;      // pressure [MeV^4]; the energy density is 3P
  double s = 0;      // entropy density [MeV^3]
  double dn_dmu = 0; // (d n_net / d mu)_T [MeV^2]
  double dn_dT = 0;  // (d n_net / d T)_mu [MeV^2]
  double ds_dmu = 0; // (d s / d mu)_T [MeV^2]
  double ds_dT = 0;  // (d s / d T)_mu [MeV^2]
};

MasslessGas massless_gas(double mu_MeV, double T_MeV, double g);

// Chemical potential [MeV] at which the net number density is n_net [MeV^3] (real root of the cubic
// g (mu^3 + pi^2 T^2 mu) / (6 pi^2) = n_net).
double massless_mu(double n_net, double T_MeV, double g);

}  // namespace nuflash::dense
