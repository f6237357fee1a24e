// Electron thermal conduction opacity from Potekhin's tables condall06.d (Potekhin et al. 1999, A&A 346,
// 345; extended to partial degeneracy and electron-electron collisions as described by Cassisi et al. 2007,
// ApJ 661, 1094). The file has 15 blocks, one per ion charge Z = 1 ... 60 (for the most abundant isotope of
// each element), each log10 K [erg cm^-1 s^-1 K^-1] on 64 log rho (-6 ... 9.75) by 19 log T (3 ... 9).
//
// Mixtures (Cassisi et al. 2007, sect. 2): the electron-ion collision frequencies of the ion species add,
// nu = sum_j nu_j, each proportional to n_j Z_j^2 at a given electron density, so that a mixture scatters
// like a single ion of charge Z_eff = <Z^2>/<Z> (number averages) immersed in the same electron gas. We
// therefore interpolate log K linearly in log Z between the two blocks bracketing Z_eff, reading each block
// at the density that gives the mixture's electron density n_e = rho Ye / m_u for that block's ion
// (rho_block = rho Ye A_block / Z_block). Then kappa_cond = 16 sigma T^3 / (3 rho K).
// Outside the tabulated (log rho, log T) range log K is continued linearly from the edge (C1).
#pragma once

#include <filesystem>
#include <vector>

#include "hermite_grid.hpp"
#include "opacity_term.hpp"

namespace nuflash {

struct ConductionTables {
  GridAxis logRho, logT;
  std::vector<double> Z, logZ;       // per block, ascending Z
  std::vector<double> log_A_over_Z;  // per block: log10 of the block ion's mass number over its charge
  std::vector<HermiteTable> blocks;  // log10 K on (log rho, log T)
};

// Parses condall06.d; throws InputError naming the file and line if it is malformed.
ConductionTables read_condall06(const std::filesystem::path& file);

// Conductive opacity at log10 rho, log10 T of a fully ionised mixture with electron fraction Ye and
// Z_eff = <Z^2>/<Z>.
OpacityTerm conductive_opacity(const ConductionTables& tables, double log_rho, double log_T, double Ye, double Z_eff);

}  // namespace nuflash
