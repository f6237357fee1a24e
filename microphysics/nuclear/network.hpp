// The nuclear reaction network on the tracked species of composition.hpp: rate coefficients at
// (rho, T, composition), the right-hand side dY/dt and its Jacobian, with Y_i = X_i/A_i [mol/g].
//
// Reactions (the REACLIB fits and their sources are in reaclib_rates.dat):
//   pp chain   p(p,e+nu)d(p,g)3He, p(pe-,nu)d(p,g)3He, 3He(3He,2p)4He,
//              3He(a,g)7Be followed by 7Be(e-,nu)7Li(p,a)4He [ppII] or 7Be(p,g)8B(e+nu)8Be(2a) [ppIII]
//   CNO cycles 12C(p,g)13N(e+nu)13C, 13C(p,g)14N, 14N(p,g)15O(e+nu)15N, 15N(p,a)12C, 15N(p,g)16O,
//              16O(p,g)17F(e+nu)17O, 17O(p,a)14N, 17O(p,g)18F(e+nu)18O, 18O(p,a)15N
//   helium     3 4He -> 12C, 12C(a,g)16O, 14N(a,g)18F(e+nu)18O, 16O(a,g)20Ne, 20Ne(a,g)24Mg
// The short-lived nuclei d, 7Be, 7Li, 8B, 13N, 15O, 17F and 18F are not tracked: each is destroyed
// as soon as it is made (d, 7Li, 8B and the beta+ emitters decay or capture a proton at once) or,
// for 7Be, is in equilibrium between production and destruction, which fixes the ppII/ppIII split.
// This holds when their lifetimes are short compared with the evolutionary time step (7Be and 18F,
// the longest lived, live months and two hours). "metals" is inert.
#pragma once

#include <Eigen/Core>

#include <array>
#include <string_view>

#include "composition.hpp"
#include "nuclear/reaclib.hpp"
#include "nuclear/screening.hpp"

namespace nuflash::nuclear {

using Abundances = std::array<double, kNumSpecies>;  // Y_i = X_i / A_i [mol g^-1]
using NetworkJacobian = Eigen::Matrix<double, kNumSpecies, kNumSpecies>;

// Parts of the energy generation reported separately.
enum class Chain : int { pp, cno, triple_alpha, c12_alpha, alpha_capture };
inline constexpr int kNumChains = 5;

inline constexpr int kNumReactions = 18;

struct ScreeningPair {
  double Z1, A1, Z2, A2;
};

struct Reaction {
  std::string_view name;      // the rate-limiting reaction, e.g. "12C(p,g)13N" (followed by 13N(e+nu)13C)
  std::string_view rate_key;  // REACLIB rate in reaclib_rates.dat
  Chain chain;
  std::array<Species, 3> rate_species;  // species in the rate law (repeated for identical ones)
  int n_rate_species;
  std::array<std::pair<Species, int>, 4> change;  // net change of tracked species per reaction
  int n_change;
  std::array<ScreeningPair, 2> screen;  // 3-alpha is screened in both steps
  int n_screen;
  std::string_view nu_process;  // key of the neutrino energy in the data table ("" for none)
};

// The reactions of the network, in a fixed order.
const std::array<Reaction, kNumReactions>& reactions();

// Index of the 3He(a,g)7Be reaction, whose neutrino loss depends on the 7Be branching.
inline constexpr int kHe3AlphaReaction = 3;

// Energy release per reaction [MeV] from the atomic mass excesses (positron annihilation included).
double reaction_Q_MeV(int k);

// Temperature- and density-dependent rate coefficients at a given composition (the composition
// enters through screening and, for electron captures, Ye):
//   rate_k = c_k * prod_j Y_j^(n_j)   [mol g^-1 s^-1 per reaction] (for Y >= 0).
struct NetworkRates {
  std::array<double, kNumReactions> c{};          // coefficient c_k
  std::array<double, kNumReactions> dlnc_dlnT{};  // its logarithmic derivatives
  std::array<double, kNumReactions> dlnc_dlnrho{};
  std::array<double, kNumReactions> screening{};  // exp(H) applied to the reaction (product of both steps for 3-alpha)
  // 7Be branching: fraction f_ec captured by electrons (ppII); 1 - f_ec capture a proton (ppIII).
  // The 7Be destruction rates per nucleus [s^-1] are kept for the equilibrium abundances.
  double be7_ec_per_s = 0;    // rho Ye lambda_ec
  double be7_pg_coeff = 0;    // rho lambda_(p,g) exp(H): times Y_p gives the proton-capture rate
  double dln_be7ec_dlnT = 0, dln_be7ec_dlnrho = 0;
  double dln_be7pg_dlnT = 0, dln_be7pg_dlnrho = 0;
  double dpg_coeff = 0;       // rho lambda exp(H) of d(p,g)3He
  double li7pa_coeff = 0;     // rho lambda exp(H) of 7Li(p,a)4He
};

// The unscreened REACLIB rates the network uses at one temperature: those of the reactions, in
// order, then 7Be(e-,nu), 7Be(p,g), d(p,g) and 7Li(p,a). They depend on T only, so a caller that
// holds T fixed (a burn at constant temperature) evaluates them once.
inline constexpr int kNumRates = kNumReactions + 4;
struct ReaclibValues {
  double T_K = 0;
  std::array<RateValue, kNumRates> rate{};
};
// Throws InputError for T <= 0 or T > 1e10 K (beyond the REACLIB fits).
ReaclibValues reaclib_values(double T_K);

// Whether network_rates computes the logarithmic T and rho derivatives of the coefficients. Without them
// (RateDerivatives::none: a network integration at given rho(t), T(t), which needs only the coefficients)
// the screening is evaluated without its derivatives, ~2x cheaper, and the derivative fields are NaN.
enum class RateDerivatives { all, none };

// Throws InputError for rho <= 0, T <= 0 or T > 1e10 K (beyond the REACLIB fits).
NetworkRates network_rates(double rho_cgs, double T_K, const Abundances& Y, RateDerivatives want = RateDerivatives::all);
NetworkRates network_rates(double rho_cgs, const ReaclibValues& lambda, const Abundances& Y,
                           RateDerivatives want = RateDerivatives::all);

// Rates of the reactions [mol g^-1 s^-1]. A repeated reactant enters as |Y| (Y^2 -> Y |Y|), so that
// the slightly negative abundances implicit integrators visit relax back to zero (network.cpp).
std::array<double, kNumReactions> reaction_rates(const NetworkRates& r, const Abundances& Y);

// dY/dt [mol g^-1 s^-1] and the Jacobian d(dY_i/dt)/dY_j [s^-1] (rate coefficients held fixed:
// the weak composition dependence of screening is not differentiated).
Abundances network_dYdt(const NetworkRates& r, const Abundances& Y);
NetworkJacobian network_jacobian(const NetworkRates& r, const Abundances& Y);

// d rate_k / d Y_j.
Eigen::Matrix<double, kNumReactions, kNumSpecies> reaction_rate_jacobian(const NetworkRates& r, const Abundances& Y);

// Fraction of 7Be destroyed by electron capture (ppII) rather than proton capture (ppIII).
double be7_electron_capture_fraction(const NetworkRates& r, const Abundances& Y);

Abundances abundances_from(const Composition& comp);

}  // namespace nuflash::nuclear
