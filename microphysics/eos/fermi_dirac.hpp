// Generalized (relativistic) Fermi-Dirac integrals
//   F_k(eta, beta) = int_0^inf x^k sqrt(1 + beta x / 2) / (exp(x - eta) + 1) dx
// by composite Gauss quadrature in the spirit of Aparicio (1998, ApJS 117, 627) and Gong, Zejda,
// Daeppen & Aparicio (2001, CPC 136, 294): the half line is cut into panels adapted to the origin
// (substitution x = t^2, removing the x^k branch point), to the branch point of sqrt(1 + beta x/2) at
// x = -2/beta (panels growing geometrically from the origin), and to the Fermi edge at x = eta (panels
// of width 9 between the grid points eta + 9 j over eta +- 36, where 1/(e^u+1) differs from 0 or 1 by more than e^-36); each panel gets
// 20-point Gauss-Legendre and the tail beyond eta + 36 gets 20-point Gauss-Laguerre. All kernels of a
// calculation share the same nodes, so derivatives are the quadrature of the differentiated integrand.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "scattering/gauss_legendre.hpp"

namespace nuflash {

// 20-point Gauss-Legendre on [-1, 1] (shared with the scattering code) and Gauss-Laguerre on [0, inf)
// with weight e^-x (Golub-Welsch; weights already multiplied by e^x).
inline constexpr int kGaussOrder = quadrature::kGaussPoints;
struct GaussRule {
  std::array<double, kGaussOrder> x;
  std::array<double, kGaussOrder> w;
};
const GaussRule& gauss_laguerre_rule();

// Calls visit(x, u, w) for every node x (weight w) of the composite rule for integrands carrying the
// Fermi factor 1/(e^u + 1), u = x - eta, and sqrt(1 + beta x/2). u is computed from offsets to eta,
// so that it keeps full precision when eta is large. With resolve_origin, panels near x = 0 are kept
// short (<= 16) even when eta is large, so that a second, non-degenerate Fermi factor (positrons)
// decaying from the origin is integrated accurately on the same nodes.
template <class Visit>
void for_each_fermi_node(double eta, double beta, bool resolve_origin, Visit&& visit) {
  constexpr double edge = 36.0;   // half width of the Fermi edge region
  constexpr double width = 9.0;   // panel width inside the edge region
  constexpr double growth = 4.0;  // largest ratio b/a of a panel [a, b] away from the origin
  const double inf = std::numeric_limits<double>::infinity();
  const double xa = std::max(0.0, eta - edge);
  const double xb = std::max(eta, 0.0) + edge;
  const double xb_u = eta >= 0 ? edge : xb - eta;
  const auto& gl = quadrature::gauss_legendre_rule();
  // Inside the edge region, panel ends lie on the grid u = width * j, so that the poles of the Fermi
  // factor at u = +- i pi sit at panel ends rather than above a panel's centre.
  auto next_grid = [&](double u) {
    double g = width * (std::floor(u / width) + 1.0);
    if (g - u < 1e-9 * width) g += width;
    return g;
  };

  // First panel [0, b] in t = sqrt(x).
  double b = beta > 0 ? 16.0 / beta : inf;
  b = xa > 0 ? std::min(b, xa) : std::min({b, 4.0, eta + next_grid(-eta)});
  if (resolve_origin) b = std::min(b, 16.0);
  b = std::min(b, xb);
  {
    const double th = 0.5 * std::sqrt(b);
    for (int i = 0; i < kGaussOrder; ++i) {
      const double t = th * (1.0 + gl.x[i]);
      visit(t * t, t * t - eta, 2.0 * t * th * gl.w[i]);
    }
  }
  double a = b, au = b == xa ? -edge : b - eta;
  while (a < xb) {
    double bu;
    if (a < xa) {
      b = std::min(growth * a, xa);
      bu = b == xa ? -edge : b - eta;
    } else {
      bu = std::min(next_grid(au), xb_u);
      b = bu == xb_u ? xb : eta + bu;
      if (growth * a < b) {
        b = growth * a;
        bu = b - eta;
      }
    }
    const double h = 0.5 * (bu - au), cu = 0.5 * (bu + au), c = 0.5 * (a + b);
    for (int i = 0; i < kGaussOrder; ++i) visit(c + h * gl.x[i], cu + h * gl.x[i], h * gl.w[i]);
    a = b;
    au = bu;
  }
  const auto& lg = gauss_laguerre_rule();
  for (int i = 0; i < kGaussOrder; ++i) visit(xb + lg.x[i], xb_u + lg.x[i], lg.w[i]);
}

// Fermi function 1/(e^u + 1) and its complement 1 - f, both without cancellation.
struct FermiFactor {
  double f, fc;
};
inline FermiFactor fermi_factor(double u) {
  if (u >= 0) {
    const double e = std::exp(-u);
    return {e / (1.0 + e), 1.0 / (1.0 + e)};
  }
  const double e = std::exp(u);
  return {1.0 / (1.0 + e), e / (1.0 + e)};
}

// F_k and its first and second derivatives in eta and beta.
struct FermiDirac {
  double F = 0;
  double dF_deta = 0;
  double dF_dbeta = 0;
  double d2F_deta2 = 0;
  double d2F_deta_dbeta = 0;
  double d2F_dbeta2 = 0;
};

// k > -1 (the EOS uses 1/2, 3/2, 5/2), beta >= 0, eta finite. Throws InputError otherwise.
FermiDirac fermi_dirac(double k, double eta, double beta);

}  // namespace nuflash
