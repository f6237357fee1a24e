// Mixing-length convection (Böhm-Vitense 1958) in the form of Kippenhahn, Weigert & Weiss (2012), §7.2,
// eq. (7.18): (xi - U)^3 + (8U/9)(xi^2 - U^2 - W) = 0, xi^2 = grad - grad_ad + U^2, W = grad_rad - grad_ad.
// Checks: the cubic itself, the limits of KWW §7.3 (U -> 0: grad - grad_ad = (8 U W / 9)^(2/3), adiabatic;
// U -> infinity: grad -> grad_rad, radiative), grad_ad < grad < grad_rad, and the derivatives.
#include <gtest/gtest.h>

#include <cmath>

#include "mlt.hpp"

using nuflash::stellar::mlt_gradient;

TEST(Mlt, SolvesTheCubic) {
  const double grad_ad = 0.4;
  for (double U : {1e-6, 1e-3, 0.1, 1.0, 30.0}) {
    for (double W : {1e-4, 0.1, 2.0, 50.0}) {
      const auto g = mlt_gradient(grad_ad + W, grad_ad, U);
      // z = xi - U without cancellation: xi^2 - U^2 = grad - grad_ad = x
      const double x = g.grad - grad_ad;
      const double z = x / (std::sqrt(x + U * U) + U);
      const double cubic = z * z * z + 8.0 * U / 9.0 * (x - W);
      const double scale = z * z * z + 8.0 * U / 9.0 * W;  // size of the terms
      // grad is stored as grad_ad + x: rounding of grad limits x to 1e-16 grad_ad / x relative (3e-10 for
      // U = 1e-6, W = 1e-4, where x = 2e-7).
      EXPECT_NEAR(cubic / scale, 0.0, 1e-9) << "U " << U << " W " << W;
      EXPECT_GT(g.grad, grad_ad);
      EXPECT_LE(g.grad, grad_ad + W);
    }
  }
}

TEST(Mlt, EfficientConvectionIsAdiabatic) {
  const double grad_ad = 0.4, W = 1.0, U = 1e-9;
  const auto g = mlt_gradient(grad_ad + W, grad_ad, U);
  const double excess = std::pow(8.0 * U * W / 9.0, 2.0 / 3.0);
  EXPECT_NEAR((g.grad - grad_ad) / excess, 1.0, 1e-4);
}

TEST(Mlt, InefficientConvectionIsRadiative) {
  const double grad_ad = 0.4, W = 0.5, U = 1e6;
  const auto g = mlt_gradient(grad_ad + W, grad_ad, U);
  // xi - U -> W / (2U): the convective flux fraction vanishes like 1/U.
  EXPECT_NEAR(g.grad, grad_ad + W, 1e-5 * W);
}

TEST(Mlt, DerivativesMatchFiniteDifferences) {
  const double grad_ad = 0.35, grad_rad = 1.7;
  for (double U : {1e-4, 0.05, 2.0}) {
    const auto g = mlt_gradient(grad_rad, grad_ad, U);
    const double h = 1e-6;
    const double d_rad = (mlt_gradient(grad_rad + h, grad_ad, U).grad - mlt_gradient(grad_rad - h, grad_ad, U).grad) / (2 * h);
    const double d_ad = (mlt_gradient(grad_rad, grad_ad + h, U).grad - mlt_gradient(grad_rad, grad_ad - h, U).grad) / (2 * h);
    const double d_lnU = (mlt_gradient(grad_rad, grad_ad, U * std::exp(h)).grad -
                          mlt_gradient(grad_rad, grad_ad, U * std::exp(-h)).grad) / (2 * h);
    EXPECT_NEAR(g.dgrad_dgrad_rad, d_rad, 1e-6) << "U " << U;
    EXPECT_NEAR(g.dgrad_dgrad_ad, d_ad, 1e-6) << "U " << U;
    EXPECT_NEAR(g.dgrad_dlnU, d_lnU, 1e-6) << "U " << U;
  }
}
