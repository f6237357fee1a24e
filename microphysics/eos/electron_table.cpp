#include "eos/electron_table.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <numbers>
#include <cmath>
#include <vector>

#include "constants.hpp"

namespace nuflash {
namespace {

namespace c = constants;

constexpr double kLogNMin = 7.0, kLogNMax = 34.0, kLogTMin = 3.0, kLogTMax = 10.0;
constexpr int kPerDecade = 20;
constexpr int kNn = static_cast<int>((kLogNMax - kLogNMin) * kPerDecade) + 1;
constexpr int kNT = static_cast<int>((kLogTMax - kLogTMin) * kPerDecade) + 1;
constexpr double kEtaMax = 1e3;

// Node data: d^(p+q) F / dn^p dT^q at index 3 q + p (p, q = 0..2).
using Node = std::array<double, 9>;

struct Table {
  std::vector<Node> node;       // kNn * kNT, n fastest
  std::vector<char> cell_ok;    // (kNn - 1) * (kNT - 1)
  std::vector<double> n, T;     // node coordinates
};

// Node data at (n, T); eta_prev starts the solve and is updated to a predictor for the next node in n. NaN marks
// nodes the table does not cover: eta > kEtaMax, or positrons above 1e-10 of the net electrons, where
// the odd mu-derivatives are differences of nearly equal electron and positron terms.
Node node_data(double n, double T, double& eta_prev) {
  const auto cp = solve_chemical_potential(T, n, [n](double, const ElectronNumber&) { return FreeElectronTarget{n, 0.0}; },
                                           std::isfinite(eta_prev) ? std::optional<double>(eta_prev) : std::nullopt);
  Node d{};
  d[0] = std::numeric_limits<double>::quiet_NaN();
  if (!cp) return d;
  eta_prev = cp->eta;
  if (cp->eta > kEtaMax || positron_density(cp->eta, T) > 1e-10 * n) return d;
  const PressureDerivatives pd = pressure_derivatives(cp->eta, cp->psi, T);
  const auto& D = pd.d;
  const double mu = cp->eta * c::kB_cgs * T;
  const double a = D[2][0], b = D[1][1], cc = D[0][2], ba = b / a;
  const double A = D[2][1] - D[3][0] * ba;            // d(P_mumu)/dT at fixed n
  const double B = D[1][2] - D[2][1] * ba;            // d(P_muT)/dT at fixed n
  const double f_nTT = -B / a + b * A / (a * a);
  const double dA = (D[2][2] - D[3][1] * ba) - (D[3][1] - D[4][0] * ba) * ba + D[3][0] * f_nTT;
  d[0] = mu * n - D[0][0];          // F
  d[1] = mu;                        // F_n
  d[2] = 1.0 / a;                   // F_nn
  d[3] = -D[0][1];                  // F_T = -s
  d[4] = -ba;                       // F_nT
  d[5] = -A / (a * a);              // F_nnT
  d[6] = -(cc - b * ba);            // F_TT
  d[7] = f_nTT;                     // F_nTT
  d[8] = -dA / (a * a) + 2.0 * A * A / (a * a * a);  // F_nnTT
  // first-order predictor for the next node in n: d eta / d ln n = n / (kT dn/dmu)
  eta_prev = cp->eta + std::numbers::ln10 / kPerDecade * n / (c::kB_cgs * T * a);
  return d;
}

// G = w(L) F_id: the non-degenerate, non-relativistic free energy F_id = n kT [L - 1],
// L = ln(n lambda^3 / 2), lambda = h / sqrt(2 pi m_e kT), switched off by the logistic
// w(L) = 1 / (1 + e^(a (L - L0))), a = 1, L0 = 2 (kSlope, kCentre), i.e. around n lambda^3 / 2 = e^2
// where the gas becomes degenerate (F_id is then far from F and would drown the small entropy).
// The table stores F - G, which is small and smooth where the gas is nearly
// ideal: there ionisation equilibria need eta to ~1e-9. G and its derivatives (Node layout) are exact.
Node subtracted_part(double n, double T) {
  constexpr double kSlope = 1.0, kCentre = 2.0;
  const double k = c::kB_cgs, kT = k * T;
  const double lambda = c::h_cgs / std::sqrt(2.0 * c::pi * c::me_g * kT);
  const double L = std::log(0.5 * n * lambda * lambda * lambda);
  // F_id derivatives [3 q + p] = d^(p+q) / dn^p dT^q
  const Node F = {n * kT * (L - 1.0), kT * L, kT / n, n * k * (L - 2.5), k * (L - 1.5), k / n, -1.5 * n * k / T,
                  -1.5 * k / T, 0.0};
  // logistic w(L) and its L-derivatives: w' = -a w (1 - w), and so on.
  const double e = std::exp(std::min(kSlope * (L - kCentre), 700.0));
  const double w = 1.0 / (1.0 + e), v = w * (1.0 - w);
  const double a = kSlope, a2 = a * a;
  const double w1 = -a * v, w2 = a2 * v * (1.0 - 2.0 * w), w3 = -a2 * a * v * (1.0 - 6.0 * v),
               w4 = a2 * a2 * v * (1.0 - 2.0 * w) * (1.0 - 12.0 * v);
  // L_n = 1/n, L_T = -3/(2T), L_nn = -1/n^2, L_TT = 3/(2T^2), L_nT and higher mixed = 0.
  const double Ln = 1.0 / n, LT = -1.5 / T, Lnn = -Ln * Ln, LTT = 1.5 / (T * T);
  Node W;
  W[0] = w;
  W[1] = w1 * Ln;
  W[3] = w1 * LT;
  W[2] = w2 * Ln * Ln + w1 * Lnn;
  W[4] = w2 * Ln * LT;
  W[6] = w2 * LT * LT + w1 * LTT;
  W[5] = w3 * LT * Ln * Ln + w2 * LT * Lnn;
  W[7] = w3 * Ln * LT * LT + w2 * Ln * LTT;
  W[8] = w4 * LT * LT * Ln * Ln + w3 * (LTT * Ln * Ln + LT * LT * Lnn) + w2 * LTT * Lnn;
  // Leibniz: G_pq = sum C(p,a) C(q,b) W_ab F_(p-a)(q-b)
  constexpr double C[3][3] = {{1, 0, 0}, {1, 1, 0}, {1, 2, 1}};
  Node G{};
  for (int q = 0; q < 3; ++q)
    for (int p = 0; p < 3; ++p)
      for (int b = 0; b <= q; ++b)
        for (int a = 0; a <= p; ++a) G[3 * q + p] += C[p][a] * C[q][b] * W[3 * b + a] * F[3 * (q - b) + (p - a)];
  return G;
}

Table build() {
  Table t;
  t.node.resize(static_cast<size_t>(kNn) * kNT);
  t.n.resize(kNn);
  t.T.resize(kNT);
  for (int i = 0; i < kNn; ++i) t.n[i] = std::pow(10.0, kLogNMin + static_cast<double>(i) / kPerDecade);
  for (int j = 0; j < kNT; ++j) t.T[j] = std::pow(10.0, kLogTMin + static_cast<double>(j) / kPerDecade);
  for (int j = 0; j < kNT; ++j) {
    double eta = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < kNn; ++i) {
      auto& d = t.node[static_cast<size_t>(j) * kNn + i];
      if (eta > kEtaMax) {  // eta grows with n: the rest of the row is uncovered
        d.fill(std::numeric_limits<double>::quiet_NaN());
        continue;
      }
      d = node_data(t.n[i], t.T[j], eta);
      const Node id = subtracted_part(t.n[i], t.T[j]);
      for (int k = 0; k < 9; ++k) d[k] -= id[k];
    }
  }
  t.cell_ok.resize(static_cast<size_t>(kNn - 1) * (kNT - 1));
  for (int j = 0; j + 1 < kNT; ++j)
    for (int i = 0; i + 1 < kNn; ++i) {
      bool ok = true;
      for (int dj = 0; dj < 2; ++dj)
        for (int di = 0; di < 2; ++di) ok = ok && std::isfinite(t.node[static_cast<size_t>(j + dj) * kNn + i + di][0]);
      t.cell_ok[static_cast<size_t>(j) * (kNn - 1) + i] = ok;
    }
  return t;
}

const Table& table() {
  static const Table t = build();
  return t;
}

// Quintic Hermite basis on [0, 1]: for the left end (value, slope, curvature) h0, h1, h2 and for the
// right end their mirror images; v[e][k][l] is the l-th t-derivative of the basis for end e,
// derivative order k.
struct Basis {
  double v[2][3][3];
};
Basis basis(double t) {
  auto psi = [](double x, double out[3][3]) {
    const double x2 = x * x, x3 = x2 * x, x4 = x3 * x, x5 = x4 * x;
    out[0][0] = 1 - 10 * x3 + 15 * x4 - 6 * x5;
    out[0][1] = -30 * x2 + 60 * x3 - 30 * x4;
    out[0][2] = -60 * x + 180 * x2 - 120 * x3;
    out[1][0] = x - 6 * x3 + 8 * x4 - 3 * x5;
    out[1][1] = 1 - 18 * x2 + 32 * x3 - 15 * x4;
    out[1][2] = -36 * x + 96 * x2 - 60 * x3;
    out[2][0] = 0.5 * (x2 - 3 * x3 + 3 * x4 - x5);
    out[2][1] = 0.5 * (2 * x - 9 * x2 + 12 * x3 - 5 * x4);
    out[2][2] = 0.5 * (2 - 18 * x + 36 * x2 - 20 * x3);
  };
  Basis b;
  double l[3][3], r[3][3];
  psi(t, l);
  psi(1 - t, r);
  for (int k = 0; k < 3; ++k) {
    const double sk = k == 1 ? -1.0 : 1.0;  // (-1)^k from the mirrored argument
    for (int m = 0; m < 3; ++m) {
      b.v[0][k][m] = l[k][m];
      b.v[1][k][m] = sk * r[k][m] * (m == 1 ? -1.0 : 1.0);
    }
  }
  return b;
}

}  // namespace

std::optional<ElectronPositronGas> electron_gas_from_table(double n, double T) {
  const double x = (std::log10(n) - kLogNMin) * kPerDecade, y = (std::log10(T) - kLogTMin) * kPerDecade;
  if (!(x >= 0 && x < kNn - 1 && y >= 0 && y < kNT - 1)) return std::nullopt;
  const auto& tb = table();
  const int i = static_cast<int>(x), j = static_cast<int>(y);
  if (!tb.cell_ok[static_cast<size_t>(j) * (kNn - 1) + i]) return std::nullopt;
  const double hn = tb.n[i + 1] - tb.n[i], hT = tb.T[j + 1] - tb.T[j];
  const Basis bn = basis((n - tb.n[i]) / hn), bT = basis((T - tb.T[j]) / hT);
  // F and its derivatives up to second order: out[l][m] = d^(l+m) F / dn^l dT^m.
  double out[3][3] = {};
  const double hpow_n[3] = {1, hn, hn * hn}, hpow_T[3] = {1, hT, hT * hT};
  for (int ej = 0; ej < 2; ++ej)
    for (int ei = 0; ei < 2; ++ei) {
      const Node& d = tb.node[static_cast<size_t>(j + ej) * kNn + i + ei];
      for (int q = 0; q < 3; ++q)
        for (int p = 0; p < 3; ++p) {
          const double coef = d[3 * q + p] * hpow_n[p] * hpow_T[q];
          for (int l = 0; l < 3; ++l)
            for (int m = 0; l + m < 3; ++m) out[l][m] += coef * bn.v[ei][p][l] * bT.v[ej][q][m];
        }
    }
  const Node id = subtracted_part(n, T);
  for (int l = 0; l < 3; ++l)
    for (int m = 0; l + m < 3; ++m) out[l][m] = out[l][m] / (hpow_n[l] * hpow_T[m]) + id[3 * m + l];

  const double F = out[0][0], mu = out[1][0], F_T = out[0][1];
  const double F_nn = out[2][0], F_nT = out[1][1], F_TT = out[0][2];
  const double kT = c::kB_cgs * T;
  ElectronPositronGas g;
  g.eta = mu / kT;
  g.beta = kT / c::me_c2_erg;
  g.n = {n, 1.0 / F_nn, -F_nT / F_nn, 0};
  g.n_pos = positron_density(g.eta, T);
  g.n_ele = n + g.n_pos;
  auto& t = g.term;
  t.P = {n * mu - F, n, -F_T, 0};
  t.s = {-F_T, g.n.T, -F_TT + F_nT * F_nT / F_nn, 0};
  t.e = {F - T * F_T, T * t.s.mu + mu * g.n.mu, T * t.s.T + mu * g.n.T, 0};
  return g;
}

}  // namespace nuflash
