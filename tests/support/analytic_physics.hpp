// Analytic physics sets for testing the stellar solver against problems with known solutions.
//  - polytropic: P = K rho^(1+1/n) (no temperature dependence), constant kappa and eps.
//  - ideal gas: fully ionised ideal gas of ions and electrons plus radiation (KWW ch. 13), with opacity
//    electron scattering 0.2 (1 + X) plus optional Kramers bound-free 4.34e25 Z (1 + X) rho T^-3.5
//    (KWW eq. 17.5), and a power-law energy generation eps0 rho X^p (T/1e6 K)^nu.
// The thermodynamic response functions follow from P, E and their derivatives by the identities of
// KWW ch. 4 / Cox & Giuli ch. 9: Gamma3 - 1 = P chi_T / (rho T c_V), Gamma1 = chi_T (Gamma3 - 1) + chi_rho,
// grad_ad = (Gamma3 - 1) / Gamma1, c_P = c_V Gamma1 / chi_rho.
#pragma once

#include <algorithm>
#include <cmath>

#include "composition.hpp"
#include "constants.hpp"
#include "stellar_microphysics.hpp"

namespace nuflash::testing {

using stellar::Microphysics;
using stellar::NeutrinoPoint;
using stellar::NuclearPoint;
using stellar::OpacityPoint;

inline void fill_response(EosResult& r, double rho, double T) {
  r.cV = r.dE_dT;
  r.chi_rho = rho * r.dP_drho / r.P;
  r.chi_T = T * r.dP_dT / r.P;
  const double g3m1 = r.P * r.chi_T / (rho * T * r.cV);
  r.gamma1 = r.chi_T * g3m1 + r.chi_rho;
  r.grad_ad = g3m1 / r.gamma1;
  r.cP = r.cV * r.gamma1 / r.chi_rho;
}

inline Microphysics polytropic_physics(double K, double n, double kappa, double eps) {
  Microphysics m;
  m.name = "test-polytropic";
  m.eos = [K, n](const State& s) {
    EosResult r;
    const double rho = s.rho_cgs;
    r.P = K * std::pow(rho, 1.0 + 1.0 / n);
    r.dP_drho = (1.0 + 1.0 / n) * r.P / rho;
    r.E = n * r.P / rho;
    r.dE_drho = r.E / (n * rho);
    r.dE_dT = 0.0;
    r.chi_rho = 1.0 + 1.0 / n;
    r.grad_ad = 0.4;
    r.cP = 1.0;
    return r;
  };
  m.opacity = [kappa](const State&) { return OpacityPoint{kappa, 0.0, 0.0}; };
  m.nuclear = [eps](const State&) { return NuclearPoint{eps, 0.0, 0.0, eps, 0.0}; };
  m.neutrino = [](const State&, const EosResult&) { return NeutrinoPoint{}; };
  m.burn = [eps](const State& s, double, double, double dt) { return stellar::BurnOutcome{s.comp, eps * dt}; };
  return m;
}

struct IdealGasOptions {
  bool radiation = true;
  bool kramers = true;          // add Kramers bound-free opacity to electron scattering
  double kappa_fixed = 0.0;     // > 0: constant opacity instead
  double eps0 = 1.08e-5;        // pp chain near T6 = 15: eps = eps0 rho X^2 T6^4 [erg/g/s] (Carroll & Ostlie 2007, eq. 10.65)
  double eps_nu_exponent = 4.0; // nu of eps ~ T^nu
  int eps_x_power = 2;          // p of eps ~ X^p (0, 1 or 2)
  double Q_H = 6.3e18;          // energy released per gram of hydrogen burned [erg/g] (for burn)
};

inline Microphysics ideal_gas_physics(const IdealGasOptions& o = {}) {
  namespace c = constants;
  Microphysics m;
  m.name = "test-ideal-gas";
  m.eos = [o](const State& s) {
    EosResult r;
    const double rho = s.rho_cgs, T = s.T_K;
    const double kmu = c::kB_cgs / (s.mom.mu * c::mu_g);
    const double arad = o.radiation ? c::a_rad_cgs : 0.0;
    r.P_ion = rho * kmu * T;
    r.P_rad = arad * T * T * T * T / 3.0;
    r.P = r.P_ion + r.P_rad;
    r.dP_drho = kmu * T;
    r.dP_dT = rho * kmu + 4.0 * arad * T * T * T / 3.0;
    r.E = 1.5 * kmu * T + arad * T * T * T * T / rho;
    r.dE_drho = -arad * T * T * T * T / (rho * rho);
    r.dE_dT = 1.5 * kmu + 4.0 * arad * T * T * T / rho;
    fill_response(r, rho, T);
    return r;
  };
  m.opacity = [o](const State& s) {
    if (o.kappa_fixed > 0.0) return OpacityPoint{o.kappa_fixed, 0.0, 0.0};
    const double X = s.comp[Species::h1];
    const double Z = metallicity(s.comp);
    const double k_es = 0.2 * (1.0 + X);
    const double k_kr = o.kramers ? 4.34e25 * Z * (1.0 + X) * s.rho_cgs * std::pow(s.T_K, -3.5) : 0.0;
    const double k = k_es + k_kr;
    return OpacityPoint{k, k_kr / k, -3.5 * k_kr / k};
  };
  m.nuclear = [o](const State& s) {
    const double X = s.comp[Species::h1];
    const double xp = o.eps_x_power == 2 ? X * X : o.eps_x_power == 1 ? X : 1.0;
    const double eps = o.eps0 * s.rho_cgs * xp * std::pow(s.T_K / 1e6, o.eps_nu_exponent);
    return NuclearPoint{eps, eps, o.eps_nu_exponent * eps, eps, 0.0, -eps / o.Q_H};
  };
  m.neutrino = [](const State&, const EosResult&) { return NeutrinoPoint{}; };
  // Hydrogen to helium-4 at the rate eps / Q_H, integrated exactly over dt at the end-of-step rho, T.
  m.burn = [o](const State& s, double rho_end, double T_end, double dt) {
    Composition out = s.comp;
    const double X0 = s.comp[Species::h1];
    const double k = o.eps0 * rho_end * std::pow(T_end / 1e6, o.eps_nu_exponent) / o.Q_H;
    const double X1 = o.eps_x_power == 2   ? X0 / (1.0 + k * X0 * dt)
                      : o.eps_x_power == 1 ? X0 * std::exp(-k * dt)
                                           : std::max(0.0, X0 - k * dt);
    out[Species::h1] = X1;
    out[Species::he4] += X0 - X1;
    return stellar::BurnOutcome{out, (X0 - X1) * o.Q_H};
  };
  return m;
}

}  // namespace nuflash::testing
