#include "dense_matter/fermi_dirac.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "eos/fermi_dirac.hpp"
#include "error.hpp"

namespace nuflash::dense {
namespace {

constexpr double pi = std::numbers::pi;
constexpr double pi2 = pi * pi;
constexpr double pi4 = pi2 * pi2;

// Weights of the Cohen-Rodriguez Villegas-Zagier algorithm 1 for sum_k (-1)^k a_k with n terms;
// relative error about 5.8^-n for totally monotone a_k.
constexpr int kCvzTerms = 24;
const std::array<double, kCvzTerms>& cvz_weights() {
  static const std::array<double, kCvzTerms> w = [] {
    std::array<double, kCvzTerms> out{};
    const int n = kCvzTerms;
    double d = std::pow(3 + std::sqrt(8.0), n);
    d = 0.5 * (d + 1 / d);
    double b = -1, c = -d;
    for (int k = 0; k < n; ++k) {
      c = b - c;
      out[k] = c / d;
      b = (k + n) * (k - n) * b / ((k + 0.5) * (k + 1));
    }
    return out;
  }();
  return w;
}

// Phi_s(y) for y <= 0: sum_{k>=0} (-1)^k z^(k+1) / (k+1)^s with z = e^y.
std::array<double, 5> phi_nonpositive(double y) {
  std::array<double, 5> out{};
  const double z = std::exp(y);
  if (z < 1e-300) return out;
  const auto& w = cvz_weights();
  double zk = z;
  for (int k = 0; k < kCvzTerms; ++k) {
    const double inv = 1.0 / (k + 1);
    double term = w[k] * zk;
    for (int s = 0; s < 5; ++s) {
      term *= inv;
      out[s] += term;
    }
    zk *= z;
    if (zk < 1e-300) break;
  }
  return out;
}

// ---- half-integer table ----
constexpr double kEtaLo = -40.0, kEtaHi = 400.0, kStep = 0.02;
constexpr int kNodes = static_cast<int>((kEtaHi - kEtaLo) / kStep + 0.5) + 1;

// Table node: F_{-1/2}, F_{1/2}, F_{3/2} at eta, and dF_{-1/2}/deta (the slope the Hermite table
// needs), as the generalised integrals F_k(eta, beta = 0) of eos/fermi_dirac.hpp: the same quadrature
// nodes, summed in one pass for the three orders.
struct HalfNode {
  FdHalf f;
  double dfm12 = 0;
};

HalfNode half_node(double eta) {
  HalfNode r;
  for_each_fermi_node(eta, 0.0, false, [&](double x, double u, double w) {
    const auto [f, fc] = fermi_factor(u);
    const double wf = w / std::sqrt(x) * f;  // x > 0 at every node
    r.f.fm12 += wf;
    r.f.f12 += wf * x;
    r.f.f32 += wf * x * x;
    r.dfm12 += wf * fc;
  });
  return r;
}

const std::vector<HalfNode>& half_table() {
  static const std::vector<HalfNode> t = [] {
    std::vector<HalfNode> tab(kNodes);
    for (int i = 0; i < kNodes; ++i) tab[i] = half_node(kEtaLo + i * kStep);
    return tab;
  }();
  return t;
}

double hermite(double f0, double f1, double d0, double d1, double h, double u) {
  const double u2 = u * u, u3 = u2 * u;
  return (2 * u3 - 3 * u2 + 1) * f0 + (u3 - 2 * u2 + u) * h * d0 + (-2 * u3 + 3 * u2) * f1 +
         (u3 - u2) * h * d1;
}

}  // namespace

std::array<double, 5> polylog_phi(double y) {
  if (!std::isfinite(y)) throw InputError("polylog_phi: argument " + std::to_string(y) + " is not finite");
  if (y <= 0) return phi_nonpositive(y);
  const std::array<double, 5> m = phi_nonpositive(-y);
  const double y2 = y * y, y3 = y2 * y, y4 = y3 * y, y5 = y4 * y;
  std::array<double, 5> out;
  out[0] = y + std::log1p(std::exp(-y));
  out[1] = pi2 / 6 + y2 / 2 - m[1];
  out[2] = m[2] + pi2 * y / 6 + y3 / 6;
  out[3] = 7 * pi4 / 360 + pi2 * y2 / 12 + y4 / 24 - m[3];
  out[4] = m[4] + 7 * pi4 * y / 360 + pi2 * y3 / 36 + y5 / 120;
  return out;
}

std::array<double, 4> fd_incomplete(double A, double eta) {
  if (!(A >= 0)) throw InputError("fd_incomplete: lower limit " + std::to_string(A) + " must be >= 0");
  const std::array<double, 5> p = polylog_phi(eta - A);
  // int_A^inf x^n f dx = sum_k n!/(n-k)! A^(n-k) Phi_{k+1}(eta - A)
  std::array<double, 4> out;
  out[0] = p[0];
  out[1] = A * p[0] + p[1];
  out[2] = A * A * p[0] + 2 * A * p[1] + 2 * p[2];
  out[3] = A * A * A * p[0] + 3 * A * A * p[1] + 6 * A * p[2] + 6 * p[3];
  return out;
}

FdHalf fd_half(double eta) {
  if (!std::isfinite(eta)) throw InputError("fd_half: eta = " + std::to_string(eta) + " is not finite");
  constexpr double sqrt_pi = 1.7724538509055160273;
  if (eta < kEtaLo) {
    // F_k = Gamma(k+1) sum_j (-1)^(j+1) e^(j eta) / j^(k+1); two terms reach double precision here.
    const double z = std::exp(eta);
    return {sqrt_pi * (z - z * z / std::sqrt(2.0)), 0.5 * sqrt_pi * (z - z * z / std::pow(2.0, 1.5)),
            0.75 * sqrt_pi * (z - z * z / std::pow(2.0, 2.5))};
  }
  if (eta > kEtaHi) {
    // Sommerfeld: F_k = eta^(k+1)/(k+1) [1 + pi^2/6 k(k+1)/eta^2 + 7 pi^4/360 k(k+1)(k-1)(k-2)/eta^4]
    auto somm = [&](double k) {
      return std::pow(eta, k + 1) / (k + 1) *
             (1 + pi2 / 6 * k * (k + 1) / (eta * eta) +
              7 * pi4 / 360 * k * (k + 1) * (k - 1) * (k - 2) / std::pow(eta, 4));
    };
    return {somm(-0.5), somm(0.5), somm(1.5)};
  }
  const std::vector<HalfNode>& t = half_table();
  const double x = (eta - kEtaLo) / kStep;
  const int i = std::min(static_cast<int>(x), kNodes - 2);
  const double u = x - i;
  const FdHalf& a = t[i].f;
  const FdHalf& b = t[i + 1].f;
  FdHalf r;
  r.fm12 = hermite(a.fm12, b.fm12, t[i].dfm12, t[i + 1].dfm12, kStep, u);
  r.f12 = hermite(a.f12, b.f12, 0.5 * a.fm12, 0.5 * b.fm12, kStep, u);
  r.f32 = hermite(a.f32, b.f32, 1.5 * a.f12, 1.5 * b.f12, kStep, u);
  return r;
}

double fd_half_inverse(double F12) {
  if (!(F12 > 0) || !std::isfinite(F12))
    throw InputError("fd_half_inverse: F_1/2 = " + std::to_string(F12) + " must be finite and > 0");
  // Start from the non-degenerate or degenerate limit, then Newton with dF_{1/2}/deta = F_{-1/2}/2.
  constexpr double sqrt_pi = 1.7724538509055160273;
  double eta = F12 < 1 ? std::log(2 * F12 / sqrt_pi) : std::pow(1.5 * F12, 2.0 / 3.0);
  for (int it = 0; it < 60; ++it) {
    const FdHalf f = fd_half(eta);
    const double step = (f.f12 - F12) / (0.5 * f.fm12);
    // damp steps in the non-degenerate regime where F is exponential in eta
    const double lim = std::max(1.0, 0.5 * std::abs(eta));
    eta -= std::clamp(step, -lim, lim);
    if (std::abs(step) < 1e-13 * std::max(1.0, std::abs(eta))) return eta;
  }
  throw ComputeError("fd_half_inverse: no convergence for F_1/2 = " + std::to_string(F12));
}

}  // namespace nuflash::dense
