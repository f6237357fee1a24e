// Glue between the PNS cooling solver and nuflash's dense-matter microphysics: the microphysics
// bundle (hot nuclear EOS in beta equilibrium, neutrino diffusion, chirality-flip sink) and the
// initial proto-neutron star ~0.5 s after bounce (docs/supernova.md).
#pragma once

#include "solver/pns_cooling.hpp"

namespace nuflash::sn {

// Bundle for run_pns_cooling; mu12 = 0 gives no sink.
PnsMicrophysics pns_microphysics(double mu12);

// A hot, lepton-rich PNS a few tenths of a second after bounce, parametrised after the initial models
// of Burrows & Lattimer 1986 (ApJ 307, 178, Fig. 1) and Pons et al. 1999 (ApJ 513, 780, Fig. 1):
// low entropy and Y_L ~ 0.35 in the unshocked core, entropy rising to ~6 and Y_L falling to ~0.1
// in the shock-heated mantle:  s(m) = s_c + (s_s - s_c) x^2,  Y_L(m) = YL_c - (YL_c - YL_s) x^2,
// x = m / M, in N zones of equal mass (finer zones at the surface would resolve the semi-transparent
// layers, where equilibrium diffusion does not hold; docs/supernova.md).
struct PnsInitialSettings {
  double M_baryon_Msun = 1.5;
  int zones = 40;
  double s_centre = 1.0, s_surface = 6.0;    // k_B per baryon
  double YL_centre = 0.35, YL_surface = 0.1;
};
PnsInitialModel pns_initial_model(const PnsInitialSettings& s);

}  // namespace nuflash::sn
