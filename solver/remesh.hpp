// Mesh adaptation on the Lagrangian mass grid: cells are split in two equal halves where the zoning is too
// coarse and adjacent cells merged where it is finer than needed (MeshSettings).
// Remap: cell masses are only halved or added, and compositions copied (split) or mass-averaged (merge),
// so the total mass and the mass of every species are conserved to rounding. On a split, ln T and ln rho
// get minmod-limited linear slopes in mass and the new face radius keeps both halves' volumes exact;
// the new face luminosity is the mean of the old faces. On a merge, 1/rho is volume-averaged and T
// mass-averaged.
#pragma once

#include <vector>

#include "evolution_settings.hpp"
#include "stellar_model.hpp"

namespace nuflash::stellar {

struct RemeshResult {
  int splits = 0;
  int merges = 0;
  std::vector<char> remapped;  // per new cell: 1 if made by a split or a merge (its state is interpolated)
  std::vector<int> source;     // per new cell: the old index of an unchanged cell, -1 for a remapped one
};

// lnP are the cell values of the model (from its EOS), kappa_surface the opacity of its outer cell [cm^2/g].
// `carried` are further per-cell arrays remapped along (copied on split, mass-averaged on merge).
RemeshResult remesh(StellarModel& model, const std::vector<double>& lnP, double kappa_surface,
                    const MeshSettings& settings, const std::vector<std::vector<double>*>& carried);

}  // namespace nuflash::stellar
