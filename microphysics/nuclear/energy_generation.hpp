// Nuclear energy generation: eps_nuc [erg g^-1 s^-1] net of the neutrinos that the reactions emit,
// its parts by burning stage, its derivatives, and the network right-hand side and Jacobian.
//
// Energy per reaction = Q - <E_nu>, with Q from the AME2020 atomic mass excesses (so positron
// annihilation is included) and <E_nu> the mean energy of the emitted neutrinos, both listed in
// reaclib_rates.dat. Q [MeV] of the network reactions:
//   pp, pep -> 3He: 6.936 (nu 0.265 | 1.442); 3He+3He: 12.860; 3He+4He+p -> 2 4He: 19.795
//   (nu 0.813 via 7Be e- capture, ppII; 6.735 via 8B, ppIII); 12C+p -> 13C: 4.164 (nu 0.707);
//   13C+p: 7.551; 14N+p -> 15N: 10.051 (nu 0.997); 15N(p,a): 4.965; 15N(p,g): 12.127;
//   16O+p -> 17O: 3.361 (nu 0.999); 17O(p,a): 1.192; 17O+p -> 18O: 7.263 (nu 0.424);
//   18O(p,a): 3.980; 3 4He -> 12C: 7.275; 12C(a,g): 7.162; 14N+a -> 18O: 6.071 (nu 0.424);
//   16O(a,g): 4.730; 20Ne(a,g): 9.317.
#pragma once

#include <array>

#include "nuclear/network.hpp"
#include "state.hpp"

namespace nuflash::nuclear {

// Energy release of the network at given rate coefficients and abundances [erg g^-1 s^-1].
struct EnergyRelease {
  double eps_nuc = 0;                    // net of reaction neutrinos
  double eps_nu = 0;                     // energy carried away by reaction neutrinos
  std::array<double, kNumChains> eps{};  // eps_nuc by Chain
};
EnergyRelease energy_release(const NetworkRates& r, const Abundances& Y);

// Everything the stellar solver needs from the network at one (rho, T, composition).
struct NuclearBurning {
  double eps_nuc = 0;      // net of reaction neutrinos [erg g^-1 s^-1]
  double deps_dlnT = 0;    // d eps_nuc / d ln T at fixed rho, composition
  double deps_dlnrho = 0;  // d eps_nuc / d ln rho at fixed T, composition
  double eps_pp = 0;       // pp chains
  double eps_cno = 0;      // CNO cycles (including 16O(p,g), 17O and 18O proton captures)
  double eps_3a = 0;       // triple alpha
  double eps_CaO = 0;      // 12C(a,g)16O
  double eps_alpha = 0;    // 14N(a,g)18F(e+nu)18O, 16O(a,g)20Ne, 20Ne(a,g)24Mg
  double eps_nu = 0;       // reaction-neutrino losses, already subtracted from eps_nuc
  // d eps_nuc / d Y_j [erg g^-1 s^-1 / (mol g^-1)] at fixed screening factors (their weak
  // composition dependence is not differentiated, as in the Jacobian). NaN with NetworkDetail::structure.
  std::array<double, kNumSpecies> deps_dY{};

  Abundances dYdt{};         // [mol g^-1 s^-1]
  Abundances dYdt_dlnT{};    // d(dY/dt)/d ln T
  Abundances dYdt_dlnrho{};  // d(dY/dt)/d ln rho
  NetworkJacobian jacobian;  // d(dY_i/dt)/d Y_j [s^-1]; NaN with NetworkDetail::structure

  std::array<double, kNumReactions> rate{};       // reactions per gram per second / N_A
  std::array<double, kNumReactions> screening{};  // enhancement factor exp(H) of each reaction
  double f_ppII = 0;  // fraction of 7Be destroyed by electron capture (ppII); the rest goes ppIII
  // Equilibrium mass fractions of the untracked intermediates (0 where there is no hydrogen; NaN with
  // NetworkDetail::structure).
  double X_d_eq = 0, X_be7_eq = 0, X_li7_eq = 0;
};

// What nuclear_burning evaluates: everything, or what a stellar-structure step needs (the rates, energies
// and their T and rho derivatives, dY/dt): NetworkDetail::structure leaves out the composition Jacobian and
// d eps/dY and the intermediates' equilibrium abundances (NaN), ~20% of the cost.
enum class NetworkDetail { full, structure };

// Evaluates the network at the state. Throws InputError for T > 1e10 K (beyond the rate fits).
NuclearBurning nuclear_burning(const State& s, NetworkDetail detail = NetworkDetail::full);

}  // namespace nuflash::nuclear
