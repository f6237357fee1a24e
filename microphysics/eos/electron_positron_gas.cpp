#include "eos/electron_positron_gas.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "constants.hpp"
#include "eos/fermi_dirac.hpp"
#include "eos/safeguarded_newton.hpp"

namespace nuflash {
namespace {

namespace c = constants;

// Positrons are dropped when exp(-(eta + 2/beta)) is below 4e-44 relative to the electrons.
constexpr double kNoPositrons = 100.0;

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

namespace {

// A term c u^m F^(r)(u) of a derivative of the Fermi factor F(u) = 1/(e^u + 1), u = (eps -+ mu)/kT.
struct Term {
  double c;
  int m, r;
};
using Terms = std::vector<Term>;

void add_term(Terms& out, double c, int m, int r) {
  for (auto& t : out)
    if (t.m == m && t.r == r) {
      t.c += c;
      return;
    }
  out.push_back({c, m, r});
}

// d/dmu and d/dT of sum c T^-alpha u^m F^(r)(u), with du/dmu = sigma/kT (sigma = -1 for electrons,
// +1 for positrons) and du/dT = -u/T; the factors 1/k and 1/T are collected outside.
Terms d_mu(const Terms& in, double sigma) {
  Terms out;
  for (const auto& t : in) {
    if (t.m > 0) add_term(out, sigma * t.c * t.m, t.m - 1, t.r);
    add_term(out, sigma * t.c, t.m, t.r + 1);
  }
  return out;
}
Terms d_T(const Terms& in, int alpha) {
  Terms out;
  for (const auto& t : in) {
    add_term(out, -(alpha + t.m) * t.c, t.m, t.r);
    add_term(out, -t.c, t.m + 1, t.r + 1);
  }
  return out;
}

// Electron terms of d^(i+j)/dmu^i dT^j of F, times k^i T^(i+j), flattened. The positron terms are the
// same times (-1)^i (one factor sigma per mu derivative).
struct FlatTerm {
  double c;
  int m, r, ij;  // ij = 5 i + j
};
const std::vector<FlatTerm>& derivative_terms() {
  static const std::vector<FlatTerm> table = [] {
    std::vector<FlatTerm> flat;
    for (int i = 0; i <= 4; ++i) {
      Terms cur{{1.0, 0, 0}};
      for (int a = 0; a < i; ++a) cur = d_mu(cur, -1.0);
      for (int j = 0; i + j <= 4; ++j) {
        // the table needs j <= 2 (F up to d^4 / dn^2 dT^2)
        if (j <= 2)
          for (const auto& t : cur) flat.push_back({t.c, t.m, t.r, 5 * i + j});
        cur = d_T(cur, i + j);
      }
    }
    return flat;
  }();
  return table;
}

// F^(r)(u), r = 0..4, from f and 1 - f: F' = -g, F'' = g d, F''' = g (2g - d^2), F'''' = g d (d^2 - 8g)
// with g = f(1-f), d = 1 - 2f.
void fermi_derivatives(const FermiFactor& ff, double F[5]) {
  const double g = ff.f * ff.fc, d = ff.fc - ff.f;
  F[0] = ff.f;
  F[1] = -g;
  F[2] = g * d;
  F[3] = g * (2.0 * g - d * d);
  F[4] = g * d * (d * d - 8.0 * g);
}

constexpr double kPsiModeInvBeta = 50.0;

// Initial eta: the largest of the degenerate estimate E_F / kT, the non-degenerate, non-relativistic
// ln(n lambda^3 / 2) and, with pairs, asinh(n / 2 n_0) - 1/beta with n_0 the Boltzmann pair density
// (m_e c / hbar)^3 beta K_2(1/beta) / pi^2.
double eta_guess(double n, double T) {
  const double kT = c::kB_cgs * T, beta = kT / c::me_c2_erg;
  const double x = c::lambda_C_cgs * std::cbrt(3.0 * c::pi * c::pi * n);
  const double EF = c::me_c2_erg * x * x / (std::sqrt(1.0 + x * x) + 1.0);
  const double lambda = c::h_cgs / std::sqrt(2.0 * c::pi * c::me_g * kT);
  double eta = std::max(EF / kT, std::log(0.5 * n * lambda * lambda * lambda));
  if (1.0 / beta < kPsiModeInvBeta) {
    const double lc = c::lambda_C_cgs;
    const double n0 = beta * std::cyl_bessel_k(2.0, 1.0 / beta) / (c::pi * c::pi * lc * lc * lc);
    eta = std::max(eta, std::asinh(0.5 * n / n0) - 1.0 / beta);
  }
  return eta;
}

}  // namespace

PressureDerivatives pressure_derivatives(double eta, double psi, double T) {
  const double kT = c::kB_cgs * T, beta = kT / c::me_c2_erg;
  const bool pairs = eta + 2.0 / beta < kNoPositrons;
  const auto& terms = derivative_terms();
  double sum[25] = {};
  for_each_fermi_node(eta, beta, pairs, [&](double x, double u, double w) {
    const double sq = std::sqrt(1.0 + 0.5 * beta * x);
    const double wh = w * (2.0 / 3.0) * x * std::sqrt(x) * sq * sq * sq;
    // M[m][r] = u^m F^(r)(u) for the electrons, plus (-1)^i times the same at u+ for the positrons.
    double Me[5][5], Mp[5][5] = {};
    auto fill = [](double uu, double M[5][5]) {
      double F[5];
      fermi_derivatives(fermi_factor(uu), F);
      double um = 1;
      for (int m = 0; m < 5; ++m, um *= uu)
        for (int r = 0; r < 5; ++r) M[m][r] = um * F[r];
    };
    fill(u, Me);
    if (pairs) fill(u + 2.0 * psi, Mp);
    for (const auto& t : terms) {
      const double sign = (t.ij / 5) % 2 == 0 ? 1.0 : -1.0;
      sum[t.ij] += wh * t.c * (Me[t.m][t.r] + sign * Mp[t.m][t.r]);
    }
  });
  const double Cp = kK * beta * std::sqrt(beta) * c::me_c2_erg * beta;
  PressureDerivatives out;
  for (int i = 0; i <= 4; ++i)
    for (int j = 0; i + j <= 4; ++j) out.d[i][j] = Cp * sum[5 * i + j] / (std::pow(c::kB_cgs, i) * std::pow(T, i + j));
  return out;
}

double positron_density(double eta, double T) {
  const double beta = c::kB_cgs * T / c::me_c2_erg;
  if (!(eta + 2.0 / beta < kNoPositrons)) return 0.0;
  double N = 0;
  for_each_fermi_node(-eta - 2.0 / beta, beta, false, [&](double x, double u, double w) {
    N += w * std::sqrt(x) * (1.0 + beta * x) * std::sqrt(1.0 + 0.5 * beta * x) * fermi_factor(u).f;
  });
  return kK * beta * std::sqrt(beta) * N;
}

std::optional<ChemicalPotential> solve_chemical_potential(
    double T, double n_guess, const std::function<FreeElectronTarget(double eta, const ElectronNumber&)>& target,
    std::optional<double> eta_start) {
  const double inv_beta = c::me_c2_erg / (c::kB_cgs * T);
  const bool psi_mode = inv_beta < kPsiModeInvBeta;
  auto at = [&](double z) {
    return psi_mode ? ChemicalPotential{z - inv_beta, z} : ChemicalPotential{z, z + inv_beta};
  };
  auto residual = [&](double z) {
    const auto cp = at(z);
    const auto ne = electron_number(cp.eta, cp.psi, T);
    if (!(ne.n > 0)) return NewtonEval{-std::numeric_limits<double>::infinity(), 0};
    const auto q = target(cp.eta, ne);
    return NewtonEval{std::log(ne.n / q.n), ne.dn_deta / ne.n - q.dn_deta / q.n};
  };
  const double guess = eta_start ? *eta_start : eta_guess(n_guess, T);
  const auto z = safeguarded_newton(psi_mode ? guess + inv_beta : guess, residual, 1e-15, 1e-14, psi_mode);
  if (!z) return std::nullopt;
  return at(*z);
}

}  // namespace nuflash
