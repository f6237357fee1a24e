#include "gauss_legendre.hpp"

#include <numbers>

namespace nuflash::quadrature {

namespace {

GaussLegendreRule build_rule() {
  GaussLegendreRule rule{};
  constexpr int n = kGaussPoints;
  for (int i = 0; i < n; ++i) {
    // Tricomi's initial guess for the i-th root of P_n, refined by Newton.
    double x = std::cos(std::numbers::pi * (i + 0.75) / (n + 0.5));
    double dp = 1.0;
    for (int iter = 0; iter < 100; ++iter) {
      double p0 = 1.0, p1 = x;
      for (int k = 2; k <= n; ++k) {
        const double p2 = ((2.0 * k - 1.0) * x * p1 - (k - 1.0) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = n * (x * p1 - p0) / (x * x - 1.0);
      const double dx = p1 / dp;
      x -= dx;
      if (std::abs(dx) < 1e-16) break;
    }
    rule.x[i] = x;
    rule.w[i] = 2.0 / ((1.0 - x * x) * dp * dp);
  }
  return rule;
}

}  // namespace

const GaussLegendreRule& gauss_legendre_rule() {
  static const GaussLegendreRule rule = build_rule();
  return rule;
}

}  // namespace nuflash::quadrature
