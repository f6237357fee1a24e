// What the stellar-evolution solver needs from the local physics, as a bundle of callables.
// The solver never names a physics set: models/ binds one (real tables and networks, or the analytic
// set of the tests) into a Microphysics and passes it in. Every callable is pure and thread-safe.
// Derivatives are partial derivatives at fixed composition with respect to ln rho and ln T.
#pragma once

#include <functional>
#include <string>

#include "composition.hpp"
#include "eos/eos_result.hpp"
#include "state.hpp"

namespace nuflash::stellar {

struct OpacityPoint {
  double kappa = 0;            // Rosseland mean (radiative and conductive combined) [cm^2 g^-1]
  double dlnkappa_dlnrho = 0;
  double dlnkappa_dlnT = 0;
};

struct NuclearPoint {
  double eps = 0;              // nuclear energy release, net of reaction neutrinos [erg g^-1 s^-1]
  double deps_dlnrho = 0;
  double deps_dlnT = 0;
  double eps_H = 0;            // part from hydrogen burning (pp chains, CNO cycles)
  double eps_He = 0;           // part from helium burning (triple alpha, alpha captures)
  double dXH_dt = 0;           // rate of change of the hydrogen mass fraction X(H1) [s^-1] (0: not provided)
};

struct NeutrinoPoint {
  double eps = 0;              // thermal neutrino losses, all processes, including the mu_nu part [erg g^-1 s^-1]
  double deps_dlnrho = 0;
  double deps_dlnT = 0;
  double eps_mu = 0;           // the part due to the neutrino magnetic moment (included in eps)
};

struct BurnOutcome {
  Composition comp;         // composition at the end of the interval
  double energy_erg_g = 0;  // nuclear energy released over the interval, net of reaction neutrinos [erg/g]
};

struct Microphysics {
  std::string name;  // recorded in the output metadata
  // Equation of state at (rho, T, composition). Used: P, E, dP_drho, dP_dT, dE_drho, dE_dT, cP, grad_ad.
  std::function<EosResult(const State&)> eos;
  std::function<OpacityPoint(const State&)> opacity;
  std::function<NuclearPoint(const State&)> nuclear;
  // Thermal neutrino losses; the EOS result at the same state supplies eta and n_e.
  std::function<NeutrinoPoint(const State&, const EosResult&)> neutrino;
  // Composition after burning for dt_s seconds, (rho, T) going linearly in time from those of the start
  // state to (rho_end, T_end), and the energy released.
  std::function<BurnOutcome(const State& start, double rho_end_cgs, double T_end_K, double dt_s)> burn;
};

// Throws InputError naming the first callable that is not set.
void validate(const Microphysics& micro);

// A State without validation, for the solver's inner loops (rho, T > 0 and the composition were checked
// where they were made). The moments must belong to the composition.
inline State make_state_unchecked(double rho_cgs, double T_K, const Composition& comp, const CompositionMoments& mom) {
  State s;
  s.rho_cgs = rho_cgs;
  s.T_K = T_K;
  s.comp = comp;
  s.mom = mom;
  return s;
}

}  // namespace nuflash::stellar
