// Composition changes after the structure of a step is solved (operator splitting): nuclear burning in
// every cell at its end-of-step (rho, T), then instantaneous mixing of the convective regions.
#pragma once

#include <vector>

#include "stellar_microphysics.hpp"
#include "stellar_model.hpp"

namespace nuflash::stellar {

// Burns the cells of `model` (end-of-step rho, T; start-of-step composition) with micro.burn, rho and T
// going linearly from those of `start` (same mesh). pending_s[i] is the time cell i has not been burned
// for; dt_s is added to it, and the cell is burned over it once |eps_nuc| pending_s >= min_energy [erg/g]
// (then pending_s[i] = 0): cells with negligible burning are burned rarely, over long intervals.
// Returns the largest change of X(H1) or X(He4) in any cell.
double burn_cells(StellarModel& model, const StellarModel& start, const std::vector<double>& eps_nuc,
                  const Microphysics& micro, double dt_s, double min_energy, std::vector<double>& pending_s);

// Homogenises (mass-weighted) every run of cells joined by convective faces: face i convective joins cells
// i and i+1. Conserves the mass of every species to rounding.
void mix_convective_regions(StellarModel& model, const std::vector<char>& convective_face);

}  // namespace nuflash::stellar
