#include "dense_matter/gauss_legendre.hpp"

#include <cmath>
#include <numbers>

#include "error.hpp"

namespace nuflash::dense {

GaussLegendre gauss_legendre(int n) {
  if (n < 1) throw InputError("gauss_legendre: n = " + std::to_string(n) + " must be >= 1");
  GaussLegendre g;
  g.x.resize(n);
  g.w.resize(n);
  for (int i = 0; i < (n + 1) / 2; ++i) {
    double x = std::cos(std::numbers::pi * (i + 0.75) / (n + 0.5));
    double dp = 1;
    for (int it = 0; it < 100; ++it) {
      double p0 = 1, p1 = x;
      for (int k = 2; k <= n; ++k) {
        const double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = n * (x * p1 - p0) / (x * x - 1);
      const double dx = p1 / dp;
      x -= dx;
      if (std::abs(dx) < 1e-16) break;
    }
    g.x[i] = -x;
    g.x[n - 1 - i] = x;
    g.w[i] = g.w[n - 1 - i] = 2 / ((1 - x * x) * dp * dp);
  }
  return g;
}

}  // namespace nuflash::dense
