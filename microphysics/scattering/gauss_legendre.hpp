// Composite Gauss-Legendre quadrature (20 points per panel), written once for the laboratory
// analysis: spectrum folding, total cross sections, recoil-rate integrals. Nodes and weights are
// computed at first use by Newton iteration on the Legendre recurrence (Abramowitz & Stegun 25.4.29).
#pragma once

#include <array>
#include <cmath>
#include <string>

#include "error.hpp"

namespace nuflash::quadrature {

inline constexpr int kGaussPoints = 20;

struct GaussLegendreRule {
  std::array<double, kGaussPoints> x;  // nodes on [-1, 1]
  std::array<double, kGaussPoints> w;  // weights, summing to 2
};

// The 20-point rule; built once, thread-safe (function-local static).
const GaussLegendreRule& gauss_legendre_rule();

// Integral of f over [a, b] split into `panels` equal panels.
template <class F>
double integrate(F&& f, double a, double b, int panels = 4) {
  if (!(panels >= 1)) throw InputError("quadrature: panels = " + std::to_string(panels) + ", must be >= 1");
  if (b == a) return 0.0;
  const auto& rule = gauss_legendre_rule();
  const double h = (b - a) / panels;
  double sum = 0.0;
  for (int p = 0; p < panels; ++p) {
    const double mid = a + (p + 0.5) * h;
    for (int i = 0; i < kGaussPoints; ++i) sum += rule.w[i] * f(mid + 0.5 * h * rule.x[i]);
  }
  return 0.5 * h * sum;
}

// Integral of f over [a, b] with 0 < a < b, in the variable u = ln x (for integrands that vary
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
