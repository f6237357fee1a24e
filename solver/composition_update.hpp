// Composition changes after the structure of a step is solved (operator splitting): nuclear burning in
// every cell at its end-of-step (rho, T), then instantaneous mixing of the convective regions.
#pragma once

#include <vector>

#include "stellar_microphysics.hpp"
#include "stellar_model.hpp"

namespace nuflash::stellar {

// A cell with X(H1) at or below this holds no hydrogen to burn (the burn's absolute tolerance).
inline constexpr double kNoHydrogenX = 1e-12;

// Burns the cells of `model` (end-of-step rho, T; start-of-step composition) with micro.burn at their
// end-of-step (rho, T), held over the burn: the same state at which the implicit (backward Euler) energy
// equation took eps_nuc, so that the energy the structure released and the energy the burn releases differ
// only by the change of composition within the step. Cells with negligible burning are burned rarely:
// pending_erg[i] collects |eps_nuc| dt of the steps since cell i was last burned and pending_s[i] their
// time; once pending_erg >= min_energy [erg/g] the cell is burned, for the time at which its present
// |eps_nuc| releases pending_erg (at most pending_s), and both are reset; a cell whose hydrogen (above
// 1e-12) could release little more than min_energy is burned once pending_erg reaches a tenth of that. A burn that fails is retried in
// 8 pieces; a second failure is thrown on. Adds the energy the burns released [erg] to energy_erg and
// sets factor[i] to the energy the burn of cell i released over |eps_nuc| times its burn time (1 for the
// cells not burned). Returns the largest change of X(H1) or X(He4) in any cell.
double burn_cells(StellarModel& model, const std::vector<double>& eps_nuc, const Microphysics& micro, double dt_s,
                  double min_energy, std::vector<double>& pending_s, std::vector<double>& pending_erg,
                  double& energy_erg, std::vector<double>& factor);

// Homogenises (mass-weighted) every run of cells joined by convective faces: face i convective joins cells
// i and i+1; a run that is already uniform is left as it is. Conserves the mass of every species to
// rounding.
void mix_convective_regions(StellarModel& model, const std::vector<char>& convective_face);

}  // namespace nuflash::stellar
