// Gauss-Legendre nodes and weights on [-1, 1] (Newton iteration on P_n; Abramowitz & Stegun 25.4.29),
// and a helper that integrates over a list of panels.
#pragma once

#include <cstddef>
#include <vector>

namespace nuflash::dense {

struct GaussLegendre {
  std::vector<double> x;  // nodes in (-1, 1)
  std::vector<double> w;  // weights, sum 2
};

// n-point rule, n >= 1.
GaussLegendre gauss_legendre(int n);

// Calls visit(x, weight) for every node of the rule mapped onto each panel [edges[i], edges[i+1]].
template <class V>
void for_each_node(const GaussLegendre& g, const std::vector<double>& edges, V&& visit) {
  for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
    const double half = 0.5 * (edges[i + 1] - edges[i]);
    const double mid = 0.5 * (edges[i + 1] + edges[i]);
    if (half <= 0) continue;
    for (std::size_t j = 0; j < g.x.size(); ++j) visit(mid + half * g.x[j], half * g.w[j]);
  }
}

// Integral of f over the panels.
template <class F>
double integrate_panels(const GaussLegendre& g, const std::vector<double>& edges, F&& f) {
  double sum = 0;
  for_each_node(g, edges, [&](double x, double w) { sum += w * f(x); });
  return sum;
}

}  // namespace nuflash::dense
