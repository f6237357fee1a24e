// Tests of the shared Gauss rules (microphysics/quadrature) against analytic integrals: an n-point
// Gauss rule integrates polynomials of degree <= 2n - 1 (times its weight function) exactly
// (Abramowitz & Stegun 25.4.29 and 25.4.45).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>

#include "error.hpp"
#include "quadrature.hpp"

namespace q = nuflash::quadrature;

TEST(Quadrature, GaussLegendreExactness) {
  // A 20-point Gauss-Legendre rule integrates polynomials of degree <= 39 exactly (analytic).
  EXPECT_NEAR(q::integrate([](double x) { return std::pow(x, 39) + std::pow(x, 38); }, 0.0, 1.0, 1),
              1.0 / 40 + 1.0 / 39, 1e-14);
  // int_1^e 1/x dx = 1 in ln-variable
  EXPECT_NEAR(q::integrate_log([](double x) { return 1.0 / x; }, 1.0, std::exp(1.0), 1), 1.0, 1e-14);
  double wsum = 0;
  for (double w : q::gauss_legendre(q::kPanelPoints).w) wsum += w;
  EXPECT_NEAR(wsum, 2.0, 1e-14);
}

TEST(Quadrature, GaussLegendreOfEveryOrderIsExactToDegreeTwoNMinusOne) {
  // int_0^1 (x^(2n-1) + x^(2n-2)) dx = 1/(2n) + 1/(2n-1), and the weights sum to 2. Rounding a node to
  // double changes x^(2n-1) by up to (2n-1) eps / 2 relative, so the sum is good to ~ n eps, not eps.
  for (int n = 1; n <= 64; ++n) {
    const q::Rule& r = q::gauss_legendre(n);
    ASSERT_EQ(r.x.size(), static_cast<std::size_t>(n));
    double s = 0.0, wsum = 0.0;
    for (int i = 0; i < n; ++i) {
      const double x = 0.5 * (1.0 + r.x[i]);
      s += 0.5 * r.w[i] * (std::pow(x, 2 * n - 1) + std::pow(x, 2 * n - 2));
      wsum += r.w[i];
      EXPECT_EQ(r.w[i], r.w[n - 1 - i]) << n;
      if (2 * i + 1 == n) {
        EXPECT_LT(std::fabs(r.x[i]), 1e-15) << n;
      } else {
        EXPECT_EQ(r.x[i], -r.x[n - 1 - i]) << n;
      }
      if (i > 0) {
        EXPECT_LT(r.x[i - 1], r.x[i]) << n;
      }
    }
    const double exact = 1.0 / (2 * n) + 1.0 / (2 * n - 1);
    EXPECT_NEAR(s / exact, 1.0, 4 * n * std::numeric_limits<double>::epsilon()) << n;
    EXPECT_NEAR(wsum, 2.0, 1e-14) << n;
  }
}

TEST(Quadrature, PanelIntegralOfSine) {
  // int_0^pi sin x dx = 2
  EXPECT_NEAR(q::integrate([](double x) { return std::sin(x); }, 0.0, std::numbers::pi), 2.0, 1e-14);
}

TEST(Quadrature, GaussLaguerreIsExactForPolynomialsTimesExponential) {
  // int_0^inf x^k e^-x dx = k!; the rule's weights carry e^x, so the integrand is x^k e^-x itself
  // (evaluated as exp(k ln x - x), since x^127 overflows at the largest nodes of the 64-point rule).
  for (int n = 1; n <= 64; ++n) {
    const q::Rule& r = q::gauss_laguerre(n);
    for (int k = 0; k <= 2 * n - 1; ++k) {
      double s = 0.0;
      for (int i = 0; i < n; ++i) s += r.w[i] * std::exp(k * std::log(r.x[i]) - r.x[i]);
      EXPECT_NEAR(s / std::tgamma(k + 1.0), 1.0, 1e-12) << "n = " << n << ", k = " << k;
    }
  }
}

TEST(Quadrature, OrderOutOfRangeIsAnInputError) {
  EXPECT_THROW(q::gauss_legendre(0), nuflash::InputError);
  EXPECT_THROW(q::gauss_legendre(65), nuflash::InputError);
  EXPECT_THROW(q::gauss_laguerre(0), nuflash::InputError);
  EXPECT_THROW(q::gauss_laguerre(65), nuflash::InputError);
  EXPECT_THROW(q::integrate([](double x) { return x; }, 0.0, 1.0, 0), nuflash::InputError);
  EXPECT_THROW(q::integrate_log([](double x) { return x; }, 0.0, 1.0), nuflash::InputError);
}
