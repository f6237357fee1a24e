#include "eos/electron_positron_gas.hpp"

#include <cmath>

#include "constants.hpp"
#include "eos/fermi_dirac.hpp"

namespace nuflash {
namespace {

namespace c = constants;

// Positrons are dropped when exp(-(eta + 2/beta)) is below 1e-87 relative to the electrons.
constexpr double kNoPositrons = 200.0;

// K = sqrt(2) / (pi^2 lambda_C^3) [cm^-3]
const double kK = std::numbers::sqrt2 / (c::pi * c::pi * c::lambda_C_cgs * c::lambda_C_cgs * c::lambda_C_cgs);

// Sums over the quadrature nodes. Electron kernels: f, g1 = f(1-f), g2 = g1 u, g4 = g1 (1-2f) u^2 with u = x - eta; positron kernels the same with u+ = x + eta + 2/beta.
struct Sums {
  double N0 = 0, N1 = 0, N2 = 0;       // h_n * (f, g1, g2)
  double P0 = 0, S2 = 0, S4 = 0;  // h_P * (f, g2, g4 - 2 g2)
  double E0 = 0, E1 = 0, E2 = 0;       // h_e * (f, g1, g2)
};

void accumulate(Sums& S, double w, double hn, double hP, double he, double u, const FermiFactor& ff) {
  const double g1 = ff.f * ff.fc, g2 = g1 * u, g4 = g2 * (ff.fc - ff.f) * u;
  S.N0 += w * hn * ff.f;
  S.N1 += w * hn * g1;
  S.N2 += w * hn * g2;
  S.P0 += w * hP * ff.f;
  S.S2 += w * hP * g2;
  S.S4 += w * hP * (g4 - 2.0 * g2);
  S.E0 += w * he * ff.f;
  S.E1 += w * he * g1;
  S.E2 += w * he * g2;
}

// f(a) - f(b) = f(a) (1 - f(b)) (1 - e^{a-b}), free of cancellation when a ~ b.
double fermi_difference(const FermiFactor& fa, const FermiFactor& fb, double b_minus_a) {
  return fa.f * fb.fc * (-std::expm1(-b_minus_a));
}

}  // namespace

ElectronPositronGas electron_positron_gas(double eta, double psi, double T_K) {
  const double kT = c::kB_cgs * T_K;
  const double beta = kT / c::me_c2_erg;
  const bool pairs = eta + 2.0 / beta < kNoPositrons;
  Sums se, sp;
  double Nnet = 0;
  for_each_fermi_node(eta, beta, pairs, [&](double x, double u, double w) {
    const double sq = std::sqrt(1.0 + 0.5 * beta * x);
    const double rx = std::sqrt(x);
    const double hn = rx * (1.0 + beta * x) * sq;
    const double hP = (2.0 / 3.0) * x * rx * sq * sq * sq;
    const double he = x * hn;
    const FermiFactor fe = fermi_factor(u);
    accumulate(se, w, hn, hP, he, u, fe);
    if (pairs) {
      const double up = u + 2.0 * psi;  // x + eta + 2/beta
      const FermiFactor fp = fermi_factor(up);
      accumulate(sp, w, hn, hP, he, up, fp);
      Nnet += w * hn * fermi_difference(fe, fp, 2.0 * psi);
    } else {
      Nnet += w * hn * fe.f;
    }
  });

  const double Cn = kK * beta * std::sqrt(beta);  // n prefactor
  const double Cp = Cn * c::me_c2_erg * beta;     // P, e prefactor
  const double mc2 = c::me_c2_erg;
  ElectronPositronGas g;
  g.eta = eta;
  g.beta = beta;
  g.n_ele = Cn * se.N0;
  g.n_pos = Cn * sp.N0;
  g.n.v = Cn * Nnet;
  g.n.mu = Cn * (se.N1 + sp.N1) / kT;
  g.n.T = Cn * (se.N2 - sp.N2) / T_K;
  auto& P = g.term.P;
  P.v = Cp * (se.P0 + sp.P0);
  P.mu = g.n.v;
  P.T = Cp * (se.S2 + sp.S2) / T_K;
  auto& s = g.term.s;
  s.v = P.T;
  s.mu = g.n.T;  // d2P/dmu dT, computed once (the h_P (1-2f) u kernel would cancel to 1/eta^2)
  s.T = Cp * (se.S4 + sp.S4) / (T_K * T_K);
  auto& e = g.term.e;
  e.v = Cp * (se.E0 + sp.E0) + 2.0 * mc2 * g.n_pos;
  e.mu = Cp * (se.E1 - sp.E1) / kT - 2.0 * mc2 * Cn * sp.N1 / kT;
  e.T = Cp * (se.E2 + sp.E2) / T_K + 2.0 * mc2 * Cn * sp.N2 / T_K;
  return g;
}

ElectronNumber electron_number(double eta, double psi, double T_K) {
  const double beta = c::kB_cgs * T_K / c::me_c2_erg;
  const bool pairs = eta + 2.0 / beta < kNoPositrons;
  double N = 0, N1 = 0;
  for_each_fermi_node(eta, beta, pairs, [&](double x, double u, double w) {
    const double hn = std::sqrt(x) * (1.0 + beta * x) * std::sqrt(1.0 + 0.5 * beta * x);
    const FermiFactor fe = fermi_factor(u);
    N1 += w * hn * fe.f * fe.fc;
    if (pairs) {
      const FermiFactor fp = fermi_factor(u + 2.0 * psi);
      N1 += w * hn * fp.f * fp.fc;
      N += w * hn * fermi_difference(fe, fp, 2.0 * psi);
    } else {
      N += w * hn * fe.f;
    }
  });
  const double Cn = kK * beta * std::sqrt(beta);
  return {Cn * N, Cn * N1};
}

}  // namespace nuflash
