// Composition changes after the structure of a step is solved (operator splitting): nuclear burning in
// every cell at its end-of-step (rho, T), then instantaneous mixing of the convective regions.
#pragma once

#include <vector>

#include "stellar_microphysics.hpp"
#include "stellar_model.hpp"

namespace nuflash::stellar {

// Burns each cell of `model` (end-of-step rho, T; start-of-step composition) for dt_s with micro.burn,
// rho and T going linearly from those of `start` (same mesh). Cells where |eps_nuc| dt_s < min_energy
// [erg/g] are left unchanged. Returns the largest change of X(H1) or X(He4) in any cell.
double burn_cells(StellarModel& model, const StellarModel& start, const std::vector<double>& eps_nuc,
                  const Microphysics& micro, double dt_s, double min_energy);

// Homogenises (mass-weighted) every run of cells joined by convective faces: face i convective joins cells
// i and i+1. Conserves the mass of every species to rounding.
void mix_convective_regions(StellarModel& model, const std::vector<char>& convective_face);

}  // namespace nuflash::stellar
