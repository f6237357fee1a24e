// The local thermodynamic state every microphysics routine takes.
#pragma once

#include "composition.hpp"

namespace nuflash {

struct State {
  double rho_cgs = 0;           // mass density [g cm^-3]
  double T_K = 0;               // temperature [K]
  Composition comp;             // mass fractions
  CompositionMoments mom{};     // derived from comp by make_state
};

// Validates rho and T (finite, > 0) and the composition, and fills the moments.
// Throws InputError naming the bad value.
State make_state(double rho_cgs, double T_K, const Composition& comp);

}  // namespace nuflash
