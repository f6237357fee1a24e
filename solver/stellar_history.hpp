// Per-model history records and per-zone profiles, as plain data for io/ to write.
// Units: luminosities in Lsun, masses in Msun, log = log10 of CGS values (L, R in solar units).
#pragma once

#include <array>
#include <vector>

#include "composition.hpp"
#include "stellar_model.hpp"
#include "structure_equations.hpp"

namespace nuflash::stellar {

struct HistoryRecord {
  long model = 0;
  double age_yr = 0, dt_yr = 0;
  double mass_Msun = 0;
  double Mc_He_Msun = 0;       // helium core: mass inside which X(H1) < core_X_H
  double log_L = 0;            // log10 L/Lsun at the photosphere
  double log_Teff = 0;         // log10 T_eff [K]
  double log_R = 0;            // log10 R/Rsun
  double log_g = 0;            // log10 surface gravity [cm s^-2]
  double L_H = 0, L_He = 0;    // nuclear luminosities of hydrogen and helium burning [Lsun]
  double L_nu = 0;             // thermal neutrino luminosity, all processes [Lsun]
  double L_nu_mu = 0;          // its part from the neutrino magnetic moment [Lsun]
  double log_Tc = 0, log_rhoc = 0, log_Pc = 0;  // innermost cell (mass centre at dm_0/2 <= 5e-6 M)
  double log_Tmax = 0;         // hottest cell
  double m_Tmax = 0;           // its mass coordinate (cell mass centre) [Msun]
  double X_c = 0, Y_c = 0;     // central X(H1), X(He4)
  double X_surf = 0, Y_surf = 0, C12_surf = 0, N14_surf = 0;  // surface mass fractions
  double E_nuclear_erg = 0;    // nuclear energy released by the burns since the ZAMS
  // (E_int + Omega - E_zams + E_radiated + E_neutrinos - E_nuclear) / E_nuclear since the ZAMS: the
  // solver's energy-conservation error (0 before any burning)
  double energy_error = 0;
  // Range of the burning factors carried by the cells that still hold hydrogen (1 where none does): the
  // structure's eps_nuc of a cell is its rate times this factor (docs/stellar.md, "Composition").
  double eps_factor_min = 1, eps_factor_max = 1;
  int zones = 0;
  int newton_iterations = 0;   // of the accepted step
  int retries = 0;             // rejected attempts before the accepted step
};

// Cell quantities at the cell (mass centre), face quantities at the outer face of each cell.
struct Profile {
  long model = 0;
  double age_yr = 0;
  std::vector<double> m_Msun;          // face: mass inside the outer face
  std::vector<double> r_cm;            // face
  std::vector<double> L_Lsun;          // face
  std::vector<double> dm_Msun;         // cell
  std::vector<double> P, rho, T;       // cell [CGS]
  std::vector<std::array<double, kNumSpecies>> X;  // cell mass fractions (Species order)
  std::vector<double> eps_nuc, eps_nu, eps_nu_mu;  // cell [erg g^-1 s^-1]
  std::vector<double> kappa;           // cell [cm^2 g^-1]
  std::vector<double> grad_ad, grad_rad, grad;  // face
  std::vector<int> convective;         // face: 1 where convectively unstable
};

// Helium-core mass [g]: the mass coordinate, interpolated linearly between cell mass centres, where
// X(H1) first rises above X_limit going outwards; 0 if the centre has X(H1) >= X_limit.
double helium_core_mass(const StellarModel& model, double X_limit);

// Gravitational energy of the discretised star [erg], consistent with the discrete hydrostatic equation:
// Omega = -sum_{faces i < n-1} G m_i (dm_i + dm_{i+1}) / (2 r_i) - G M dm_{n-1} / (2 R), for which
// 3 sum_i P_i V_i = -Omega + 4 pi R^3 P_s holds exactly (discrete virial theorem).
double gravitational_energy(const StellarModel& model);

// Internal plus gravitational energy of a model [erg], with E the specific internal energy of its cells.
double total_energy(const StellarModel& model, const std::vector<double>& E);

HistoryRecord make_history(const StellarModel& model, const StructureState& state, long model_number, double dt_s,
                           double core_X_H);
Profile make_profile(const StellarModel& model, const StructureState& state, long model_number);

}  // namespace nuflash::stellar
