// Gauss-Legendre rules on [-1, 1], computed once (Newton iteration on P_n) and shared read-only.
#pragma once

#include <vector>

namespace nuflash::neutrino {

struct GaussRule {
  std::vector<double> x;  // nodes in (-1, 1), ascending
  std::vector<double> w;  // weights, sum 2
};

// The n-point rule, 1 <= n <= 64 (InputError otherwise). Thread-safe; built at first use.
const GaussRule& gauss_legendre(int n);

// Sum of f over the n-point rule mapped to [a, b].
template <class F>
double integrate_gauss(const GaussRule& r, double a, double b, F&& f) {
  const double h = 0.5 * (b - a), c = 0.5 * (b + a);
  double s = 0.0;
  for (std::size_t i = 0; i < r.x.size(); ++i) s += r.w[i] * f(c + h * r.x[i]);
  return h * s;
}

}  // namespace nuflash::neutrino
