#include "gauss_legendre.hpp"

#include <array>
#include <cmath>
#include <numbers>
#include <string>

#include "error.hpp"

namespace nuflash::neutrino {

namespace {

constexpr int kMaxNodes = 64;

GaussRule build_rule(int n) {
  GaussRule r;
  r.x.resize(n);
  r.w.resize(n);
  for (int i = 0; i < (n + 1) / 2; ++i) {
    // Tricomi's initial guess for the i-th root of P_n, refined by Newton's method.
    double z = std::cos(std::numbers::pi * (i + 0.75) / (n + 0.5));
    double dp = 0.0;
    for (int it = 0; it < 100; ++it) {
      double p0 = 1.0, p1 = z;
      for (int k = 2; k <= n; ++k) {
        const double p2 = ((2.0 * k - 1.0) * z * p1 - (k - 1.0) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      const double pn = (n == 1) ? z : p1;
      const double pnm1 = (n == 1) ? 1.0 : p0;
      dp = n * (z * pn - pnm1) / (z * z - 1.0);
      const double dz = pn / dp;
      z -= dz;
      if (std::fabs(dz) < 1e-16) break;
    }
    // recompute the derivative at the converged root for the weight
    double p0 = 1.0, p1 = z;
    for (int k = 2; k <= n; ++k) {
      const double p2 = ((2.0 * k - 1.0) * z * p1 - (k - 1.0) * p0) / k;
      p0 = p1;
      p1 = p2;
    }
    dp = (n == 1) ? 1.0 : n * (z * p1 - p0) / (z * z - 1.0);
    const double w = 2.0 / ((1.0 - z * z) * dp * dp);
    r.x[i] = -z;
    r.x[n - 1 - i] = z;
    r.w[i] = w;
    r.w[n - 1 - i] = w;
  }
  return r;
}

}  // namespace

const GaussRule& gauss_legendre(int n) {
  if (n < 1 || n > kMaxNodes)
    throw InputError("gauss_legendre: n = " + std::to_string(n) + " outside the allowed range [1, 64]");
  static const std::array<GaussRule, kMaxNodes + 1> rules = [] {
    std::array<GaussRule, kMaxNodes + 1> a;
    for (int k = 1; k <= kMaxNodes; ++k) a[k] = build_rule(k);
    return a;
  }();
  return rules[n];
}

}  // namespace nuflash::neutrino
