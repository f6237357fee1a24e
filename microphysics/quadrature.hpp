// Gauss quadrature shared by the whole code: Gauss-Legendre and Gauss-Laguerre rules of any order up to
// 64 (nodes by Newton iteration on the three-term recurrences, weights from the derivative at the node:
// Abramowitz & Stegun 25.4.29 and 25.4.45), built once and shared read-only; the composite
// Gauss-Legendre integrator and its log-spaced variant.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "error.hpp"

namespace nuflash::quadrature {

struct Rule {
  std::vector<double> x;  // nodes, ascending
  std::vector<double> w;  // weights
};

// The n-point Gauss-Legendre rule on [-1, 1] (weights sum to 2), 1 <= n <= 64 (InputError otherwise).
// Nodes and weights are symmetric about 0. Thread-safe; all orders are built at first use.
const Rule& gauss_legendre(int n);

// The n-point Gauss-Laguerre rule on [0, inf) with the weights multiplied by e^x at their node, so that
// sum_i w_i f(x_i) approximates int_0^inf f(x) dx for f ~ e^-x times a polynomial. 1 <= n <= 64
// (InputError otherwise). Thread-safe; all orders are built at first use.
const Rule& gauss_laguerre(int n);

// Points per panel of the composite integrators.
inline constexpr int kPanelPoints = 20;

// Integral of f over [a, b] split into `panels` equal panels, kPanelPoints points each.
template <class F>
double integrate(F&& f, double a, double b, int panels = 4) {
  if (!(panels >= 1)) throw InputError("quadrature: panels = " + std::to_string(panels) + ", must be >= 1");
  if (b == a) return 0.0;
  const Rule& rule = gauss_legendre(kPanelPoints);
  const double h = (b - a) / panels;
  double sum = 0.0;
  for (int p = 0; p < panels; ++p) {
    const double mid = a + (p + 0.5) * h;
    for (std::size_t i = 0; i < rule.x.size(); ++i) sum += rule.w[i] * f(mid + 0.5 * h * rule.x[i]);
  }
  return 0.5 * h * sum;
}

// Integral of f over [a, b] with 0 < a <= b, in the variable u = ln x (for integrands that vary
// like powers of x over decades, e.g. the 1/T magnetic cross section or a falling spectrum).
template <class F>
double integrate_log(F&& f, double a, double b, int panels = 4) {
  if (!(a > 0.0 && b >= a))
    throw InputError("quadrature: log-spaced integral needs 0 < a <= b, got a = " + std::to_string(a) +
                     ", b = " + std::to_string(b));
  return integrate([&](double u) { const double x = std::exp(u); return x * f(x); }, std::log(a),
                   std::log(b), panels);
}

}  // namespace nuflash::quadrature
