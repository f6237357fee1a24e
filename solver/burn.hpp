// Nuclear burning of one zone over a time step: the network of microphysics/nuclear integrated
// implicitly with SUNDIALS CVODE (BDF, Newton iteration with the analytic dense Jacobian).
// Used operator-split by the stellar solver: (rho, T) are held fixed, or vary linearly in time
// between their start and end values, while the composition evolves.
#pragma once

#include <array>

#include "composition.hpp"
#include "nuclear/network.hpp"

namespace nuflash {

struct BurnOptions {
  double rho_end_cgs = 0;  // density at the end of the step (0: constant density)
  double T_end_K = 0;      // temperature at the end of the step (0: constant temperature)
  double rtol = 1e-6;      // relative tolerance on the mass fractions
  double atol = 1e-12;     // absolute tolerance on the mass fractions
  double atol_metals = 0;  // absolute tolerance on C and heavier (0: atol)
  long max_steps = 100000; // CVODE internal steps allowed over the whole interval
};

struct BurnResult {
  Composition comp;        // composition at the end of the step (mass fractions)
  double eps_nuc = 0;      // time-averaged energy release net of reaction neutrinos [erg g^-1 s^-1]
  double eps_nu = 0;       // time-averaged reaction-neutrino loss [erg g^-1 s^-1]
  std::array<double, nuclear::kNumChains> eps_chain{};  // time-averaged parts, indexed by nuclear::Chain
  long steps = 0;          // CVODE internal steps
  long rhs_evals = 0;      // right-hand-side evaluations (excluding those for the Jacobian)
  long jac_evals = 0;      // Jacobian evaluations
  // Mass fractions slightly below zero (at the level of the absolute tolerance) are set to zero at
  // the end and the composition is rescaled to sum X = 1; the largest of them is reported here.
  double max_clipped = 0;
  double baryon_defect = 0;  // sum X at the end minus sum X at the start, before that clean-up
};

// Advances the composition over dt_s [s] at density rho_cgs and temperature T_K (or linearly
// varying to the end values in `opt`). Throws InputError for bad input and ComputeError if CVODE
// fails.
BurnResult burn(const Composition& comp, double rho_cgs, double T_K, double dt_s, const BurnOptions& opt = {});

}  // namespace nuflash
