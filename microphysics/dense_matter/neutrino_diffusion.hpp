// Equilibrium diffusion of neutrinos in hot nuclear matter: energy-dependent mean free paths from
// nu-nucleon scattering and absorption in the approximations of Burrows, Reddy & Thompson 2006
// (Nucl. Phys. A 777, 356; "BRT06"): elastic (recoil-free) nucleons, Bruenn's (1985, ApJS 58, 771)
// final-state factors eta_np for the charged currents, degeneracy factors xi = T dn/dmu for
// neutral-current scattering, electron blocking and stimulated absorption, and the transport cross
// section sigma_tr = (G_F^2 E^2 / pi) (2/3)(c_V^2 + 5 c_A^2) of a 1 + delta cos(theta) distribution.
// The fluxes are the exact diffusion limit of the Boltzmann equation for each species,
//   F = -(c/3) int d^3p/(2 pi hbar)^3 lambda(E) df_eq/dr,
// i.e. Rosseland-type means of lambda = 1/kappa weighted by f(1-f) E^k, split into the parts driven
// by d(eta_nu)/dr and d(ln T)/dr (as in Pons et al. 1999, ApJ 513, 780, eqs. 10-14).
// Species: nu_e, anti-nu_e (charged + neutral currents) and four heavy-lepton (anti)neutrinos
// (neutral-current scattering only). Electron scattering and pair processes are left out.
#pragma once

#include "dense_matter/hot_nuclear_eos.hpp"

namespace nuflash::dense {

// Lepton-number flux   F_L = -(DL_eta d(eta_nu)/dr + DL_lnT d(ln T)/dr)      [cm^-2 s^-1]
// Energy flux          F_E = -(DE_eta d(eta_nu)/dr + DE_lnT d(ln T)/dr)      [erg cm^-2 s^-1]
struct DiffusionCoefficients {
  double DL_eta = 0, DL_lnT = 0;  // [cm^-1 s^-1]
  double DE_eta = 0, DE_lnT = 0;  // [erg cm^-1 s^-1]
};

DiffusionCoefficients neutrino_diffusion(const HotMatter& m);

// Inverse mean free paths [cm^-1] at neutrino energy E_MeV for nu_e, anti-nu_e and one heavy flavour
// (absorption corrected for stimulated absorption, plus transport scattering).
struct InverseMeanFreePaths {
  double nue = 0, anue = 0, nux = 0;
};
InverseMeanFreePaths neutrino_kappa(const HotMatter& m, double E_MeV);

// Fluxes leaving the outer face of a zone whose centre lies h_cm below the surface, for a vacuum
// exterior (Marshak condition: the occupation extrapolates to zero 2 lambda / 3 beyond the surface).
struct SurfaceFlux {
  double F_L = 0;  // lepton number [cm^-2 s^-1]
  double F_E = 0;  // energy [erg cm^-2 s^-1]
};
SurfaceFlux neutrino_surface_flux(const HotMatter& m, double h_cm);

}  // namespace nuflash::dense
