// The microphysics of nuflash bound into the stellar solver's Microphysics bundle: the EOS
// (microphysics/eos), OPAL/Ferguson + Potekhin opacities or their analytic fallback (microphysics/opacity),
// the nuclear network with its CVODE burn (microphysics/nuclear, solver/burn), and the thermal neutrino
// losses with the mu_nu plasmon term (microphysics/neutrino).
#pragma once

#include <memory>

#include "eos/eos.hpp"
#include "neutrino/thermal_neutrinos.hpp"
#include "opacity/opacity.hpp"
#include "stellar_microphysics.hpp"

namespace nuflash::rgb {

struct StellarPhysicsOptions {
  NeutrinoOptions neutrino;                             // mu12, plasmon model
  EosOptions eos;
  std::shared_ptr<const OpacityTables> opacity_tables;  // nullptr: analytic opacities
};

// Hydrogen burning = pp chains + CNO cycles; helium burning = triple alpha + alpha captures. Below
// 2e6 K nuclear burning and thermal neutrino losses are taken as zero (negligible there).
stellar::Microphysics make_stellar_physics(const StellarPhysicsOptions& options);

}  // namespace nuflash::rgb
