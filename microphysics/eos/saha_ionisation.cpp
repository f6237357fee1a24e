#include "eos/saha_ionisation.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "constants.hpp"

namespace nuflash {
namespace {

namespace c = constants;

constexpr double kTHot = 3e5;  // [K] scale of the thermal level shift

struct State {
  double u;  // statistical weight
  double q;  // bound electrons
  double B;  // binding energy of all bound electrons [erg]
  double r;  // orbital radius <r> [cm]
};

// Grand-canonical average over the N states of one nucleus: x_s ~ u_s exp(-(eps_s - q_s mu)/kT),
// eps_s = -B_s + Delta_s. Covariances give every partial derivative (d<g>/dy = <dg/dy> + Cov(g, dl/dy),
// l_s = ln x_s).
template <int N>
BoundStates bound_states(const std::array<State, N>& st, double Z, double n_el, double n_nuc, double rho,
                         double mu, double T) {
  BoundStates out;
  if (n_el <= 0) return out;
  const double kT = c::kB_cgs * T;
  std::array<double, N> eps{}, D2{}, eT{}, q{}, phi{}, l{}, x{};
  double lmax = -std::numeric_limits<double>::infinity();
  for (int i = 0; i < N; ++i) {
    const double nv = n_nuc * (4.0 * c::pi / 3.0) * st[i].r * st[i].r * st[i].r;
    const double xv = 3.0 * nv, tT = T / kTHot;
    const double Dn = st[i].B * xv * std::sqrt(xv), DT = st[i].B * tT * tT * tT * tT;
    eps[i] = -st[i].B + Dn + DT;
    D2[i] = 1.5 * Dn;  // rho dDelta/drho
    eT[i] = 4.0 * DT;  // T dDelta/dT
    q[i] = st[i].q;
    phi[i] = (eps[i] - q[i] * mu) / kT;
    l[i] = std::log(st[i].u) - phi[i];
    lmax = std::max(lmax, l[i]);
  }
  double Zs = 0;
  for (int i = 0; i < N; ++i) Zs += std::exp(l[i] - lmax);
  const double lnZ = lmax + std::log(Zs);
  for (int i = 0; i < N; ++i) x[i] = std::exp(l[i] - lnZ);
  auto mean = [&](const std::array<double, N>& a) {
    double m = 0;
    for (int i = 0; i < N; ++i) m += x[i] * a[i];
    return m;
  };
  auto cov = [&](const std::array<double, N>& a, const std::array<double, N>& b) {
    const double ma = mean(a), mb = mean(b);
    double cv = 0;
    for (int i = 0; i < N; ++i) cv += x[i] * (a[i] - ma) * (b[i] - mb);
    return cv;
  };
  double sigma = 0;  // -sum x ln(x/u)
  for (int i = 0; i < N; ++i)
    if (x[i] > 0) sigma -= x[i] * (l[i] - lnZ - std::log(st[i].u));
  std::array<double, N> D4{}, lT{}, ee{};
  for (int i = 0; i < N; ++i) {
    D4[i] = 1.5 * D2[i];                    // rho d(D2)/drho
    lT[i] = (phi[i] - eT[i] / kT) / T;      // dl/dT
    ee[i] = eps[i] - eT[i];                 // energy of the state, eps - T deps/dT
  }

  // dl/dmu = q/kT, dl/dT = lT, rho dl/drho = -D2/kT
  const double k = c::kB_cgs;
  std::array<double, N> zfree{};
  for (int i = 0; i < N; ++i) zfree[i] = Z - q[i];
  out.zbar_free = mean(zfree);  // not Z - <q>, which cancels when the gas is nearly neutral
  auto& nf = out.n_free;
  nf.v = n_el * out.zbar_free;
  nf.mu = -n_el * cov(q, q) / kT;
  nf.T = -n_el * cov(q, lT);
  nf.rho = (nf.v + n_el * cov(q, D2) / kT) / rho;

  // F per nucleus = <eps> - kT sigma at fixed occupations; s = k sigma - <eT>/T, e = <eps - eT>.
  auto& e = out.term.e;
  e.v = n_el * mean(ee);
  e.mu = n_el * cov(ee, q) / kT;
  e.T = n_el * (-3.0 * mean(eT) / T + cov(ee, lT));
  e.rho = (e.v + n_el * (mean(D2) - cov(ee, D2) / kT)) / rho;

  auto& s = out.term.s;
  s.v = n_el * (k * sigma - mean(eT) / T);
  s.mu = n_el * (k * cov(phi, q) - cov(eT, q) / T) / kT;
  s.T = n_el * (k * cov(phi, lT) - (3.0 * mean(eT) / T + cov(eT, lT)) / T);
  s.rho = (s.v - n_el * (k * cov(phi, D2) - cov(eT, D2) / T) / kT) / rho;

  auto& P = out.term.P;
  P.v = n_el * mean(D2);
  P.mu = n_el * cov(D2, q) / kT;
  P.T = n_el * cov(D2, lT);
  P.rho = (P.v + n_el * (mean(D4) - cov(D2, D2) / kT)) / rho;
  return out;
}

const double kChiH = c::chi_H_eV * c::eV_erg;
const double kChiHe1 = c::chi_He1_eV * c::eV_erg;
const double kChiHe2 = c::chi_He2_eV * c::eV_erg;

}  // namespace

BoundStates hydrogen_states(double n_H, double n_nuc, double rho, double mu_erg, double T_K) {
  const std::array<State, 2> st{{{2.0, 1.0, kChiH, 1.5 * c::a0_cgs}, {1.0, 0.0, 0.0, 0.0}}};
  return bound_states<2>(st, 1.0, n_H, n_nuc, rho, mu_erg, T_K);
}

BoundStates helium_states(double n_He, double n_nuc, double rho, double mu_erg, double T_K) {
  const std::array<State, 3> st{{{1.0, 2.0, kChiHe1 + kChiHe2, 1.5 * c::a0_cgs * 16.0 / 27.0},
                                 {2.0, 1.0, kChiHe2, 0.75 * c::a0_cgs},
                                 {1.0, 0.0, 0.0, 0.0}}};
  return bound_states<3>(st, 2.0, n_He, n_nuc, rho, mu_erg, T_K);
}

}  // namespace nuflash
