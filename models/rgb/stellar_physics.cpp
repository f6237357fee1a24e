#include "stellar_physics.hpp"

#include <algorithm>
#include <sstream>

#include "burn.hpp"
#include "nuclear/energy_generation.hpp"

namespace nuflash::rgb {
namespace {

// Below this temperature nuclear burning and thermal neutrino emission are negligible in a low-mass star
// (the pp chain's energy release there is < 1e-9 erg/g/s, its timescale > 1e15 yr) and are not evaluated.
constexpr double kMinBurningT_K = 2.0e6;

// Relative tolerance of the cells' burns (the absolute one stays 1e-12 for H, 3He and 4He: trace hydrogen at
// 1e-9 in the helium core must be followed). Measured on the default track: rtol 1e-6 -> 1e-4 takes 43% fewer
// CVODE steps on the upper giant branch and moves M_c by < 1e-5 Msun and log L_tip by < 1e-4 dex; an absolute
// tolerance of 1e-10 on all species instead moved M_c by 0.001 Msun and the ignition point by 0.02 Msun.
constexpr double kBurnRtol = 1e-4;
// Absolute tolerance on C and heavier: this fraction of the cell's metal content. The CNO cycle conserves the
// sum of its catalysts; 1e-12 made CVODE follow the relaxation of 13C, 15N and 16O at 1e-9 - 1e-6 (their
// equilibria move with the cell's temperature from step to step) through every decade of time from 1e-8 of
// the step, which took most of a shell burn's ~56 CVODE steps (docs/stellar.md).
constexpr double kBurnAtolMetalsFraction = 1e-5;

}  // namespace

stellar::Microphysics make_stellar_physics(const StellarPhysicsOptions& o) {
  stellar::Microphysics m;
  std::ostringstream name;
  name << "nuflash (eos, opacity " << (o.opacity_tables ? "tables" : "analytic") << ", nuclear network, neutrino mu12 = "
       << o.neutrino.mu12 << ")";
  m.name = name.str();
  const EosOptions eos_options = o.eos;
  m.eos = [eos_options](const State& s) { return eos(s, eos_options); };
  const auto tables = o.opacity_tables;
  m.opacity = [tables](const State& s) {
    const OpacityResult r = opacity(s, tables.get());
    return stellar::OpacityPoint{r.kappa, r.dlnkappa_dlnrho, r.dlnkappa_dlnT};
  };
  m.nuclear = [](const State& s) {
    if (s.T_K < kMinBurningT_K) return stellar::NuclearPoint{};
    const nuclear::NuclearBurning b = nuclear::nuclear_burning(s, nuclear::NetworkDetail::structure);
    return stellar::NuclearPoint{b.eps_nuc,
                                 b.deps_dlnrho,
                                 b.deps_dlnT,
                                 b.eps_pp + b.eps_cno,
                                 b.eps_3a + b.eps_CaO + b.eps_alpha,
                                 nuclide(Species::h1).A * b.dYdt[static_cast<int>(Species::h1)]};
  };
  const NeutrinoOptions nu_options = o.neutrino;
  m.neutrino = [nu_options](const State& s, const EosResult& e) {
    if (s.T_K < kMinBurningT_K) return stellar::NeutrinoPoint{};
    const NeutrinoResult r = neutrino_losses(s, e, nu_options);
    stellar::NeutrinoPoint p;
    p.eps = r.eps_nu_sm + r.eps_nu_mu;
    p.deps_dlnT = s.T_K * (r.deps_nu_sm_dT + r.deps_nu_mu_dT);
    p.deps_dlnrho = s.rho_cgs * (r.deps_nu_sm_drho + r.deps_nu_mu_drho);
    p.eps_mu = r.eps_nu_mu;
    return p;
  };
  m.burn = [](const State& s, double rho_end, double T_end, double dt) {
    if (s.T_K < kMinBurningT_K && T_end < kMinBurningT_K) return stellar::BurnOutcome{s.comp, 0.0};
    BurnOptions b;
    b.rho_end_cgs = rho_end;
    b.T_end_K = T_end;
    b.rtol = kBurnRtol;
    b.atol_metals = std::max(b.atol, kBurnAtolMetalsFraction * metallicity(s.comp));
    const BurnResult r = burn(s.comp, s.rho_cgs, s.T_K, dt, b);
    return stellar::BurnOutcome{r.comp, r.eps_nuc * dt};
  };
  return m;
}

}  // namespace nuflash::rgb
