// Settings of a stellar-evolution run. Every field has a documented default; validate() throws
// InputError naming the first value outside its allowed range.
#pragma once

#include "composition.hpp"
#include "structure_equations.hpp"
#include "structure_newton.hpp"

namespace nuflash::stellar {

// Zoning: a cell is split when a difference to a neighbour exceeds a limit, and two cells are merged when
// the merged cell differs from its neighbours, and the two cells from each other, by less than
// merge_fraction of the limits.
struct MeshSettings {
  bool adaptive = true;         // false: keep the mesh of the initial model
  double max_dlnP = 0.1;        // |ln P| difference between adjacent cells in the outer layers (T < outer_T_K)
  double max_dlnP_deep = 0.2;   // ... and below them
  double outer_T_K = 1.0e5;     // the ionisation zones and the superadiabatic layer, which set T_eff
  double max_dlnT = 0.05;       // |ln T| difference between adjacent cells
  double max_dX = 0.05;         // |X(H1)|, |X(He4)| difference between adjacent cells
  double max_dL = 0.05;         // luminosity made in one cell, in units of max|L|
  double max_dq = 0.01;         // largest cell mass / M
  double max_dq_centre = 1e-5;  // largest mass of the innermost cell / M
  double max_mass_ratio = 3.0;  // a cell heavier than this times a neighbour is split
  double min_dq = 1e-13;        // cells are never split below this mass / M
  double min_dq_composition = 1e-6;  // ... nor for a composition jump below this mass / M
  double max_surface_dtau = 0.5;     // optical depth of the outermost cell
  double merge_fraction = 0.7;
  int max_cells = 5000;
};

struct TimestepSettings {
  double dt_initial_yr = 1.0e4;  // first step after the ZAMS
  double dt_max_yr = 2.0e8;
  double dt_min_yr = 1.0e-6;     // below this a failing step ends the run (solver_failure)
  double max_growth = 1.5;       // largest factor between successive steps
  double max_dlnT = 0.05;        // largest change of ln T in any cell per step
  double max_dlnrho = 0.45;      // largest change of ln rho in any cell per step
  double max_dX = 0.15;          // largest burning change of X(H1) or X(He4) in any cell per step
  double max_dlogX_centre = 0.05;  // largest change of log10(X_c(H1) + 1e-3) per step (hydrogen exhaustion)
  double max_dlogL = 0.05;       // largest change of log10 L (surface) per step
  double max_dlogL_He = 0.1;     // largest change of log10 L_He per step once L_He > 1e-3 Lsun
  double lte_tol = 2.0e-3;       // RMS over cells of |ln y - ln y_predicted|, y = r, rho, T
  double reject_factor = 2.0;    // a step exceeding a limit by this factor is redone
  int max_retries = 15;
};

// The helium flash: L_He >= flash_L_He_Lsun after L_He rose in each of the last flash_confirm_models
// models (runaway confirmed).
struct StopSettings {
  double max_age_yr = 2.0e10;
  long max_models = 50000;
  double flash_L_He_Lsun = 10.0;
  int flash_confirm_models = 3;
};

struct EvolutionSettings {
  double mass_Msun = 0.82;
  double Y = 0.245;
  double Z = 2.0e-4;
  StructureSettings structure;   // alpha_MLT, Ledoux switch
  NewtonSettings newton;         // the ZAMS relaxation and static solves (residual 1e-8)
  // Residual tolerance of an evolution step: at 1e-4 the iterate is within ~1e-5 of the solution in the
  // logarithms (6e-5 in ln rho; Newton converges quadratically: 0.3, 1e-2, 4e-5, 4e-9 in a red-giant step),
  // and the iteration 1e-8 needed in addition changed the default track's flash by < 1e-5 M_sun in M_c and
  // 1e-5 dex in log L_tip (docs/stellar.md).
  double step_residual_tol = 1e-4;
  MeshSettings mesh;
  TimestepSettings timestep;
  StopSettings stop;
  double eta_reimers = 0.0;      // Reimers (1975) mass-loss efficiency; 0.2-0.4 typical for globular clusters
  double burn_min_energy = 1.0e12;  // a cell is burned once it has released this since its last burn [erg/g]
                                    // (Delta X(H1) ~ 2e-7); until then its time accumulates
  double burn_energy_tolerance = 3.0e-3;  // above this fraction of the step's nuclear energy, the difference
                                          // between burn and structure is removed by a second solve
  double core_X_H = 0.01;        // the helium core is the mass inside which X(H1) < core_X_H

  // Divides every zoning limit (differences between cells, cell masses, surface optical depth) and every
  // per-step change limit (including the truncation-error tolerance) by `factor`: factor 2 is twice the
  // resolution in space and time, for convergence tests. Throws InputError unless factor > 0.
  void scale_resolution(double factor);

  // Initial composition: X = 1 - Y - Z with the GN93 metal mixture.
  Composition initial_composition() const;
  void validate() const;
};

}  // namespace nuflash::stellar
