// Lane-Emden polytropes integrated with CVODE, against the published constants of
// Chandrasekhar (1939), An Introduction to the Study of Stellar Structure, ch. IV, Table 4
// (xi_1, -xi_1^2 theta'(xi_1), rho_c/<rho>; 6 significant digits), and the analytic solutions
// n = 0: theta = 1 - xi^2/6; n = 1: theta = sin(xi)/xi; n = 5: theta = (1 + xi^2/3)^(-1/2).
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "error.hpp"
#include "lane_emden.hpp"

using nuflash::stellar::solve_lane_emden;

namespace {

struct Published {
  double n, xi1, omega, concentration;
};

// Chandrasekhar (1939), Table 4.
constexpr Published kTable4[] = {
    {1.5, 3.65375, 2.71406, 5.99071},
    {2.0, 4.35287, 2.41105, 11.40254},
    {3.0, 6.89685, 2.01824, 54.1825},
    {4.0, 14.97155, 1.79723, 622.408},
};

}  // namespace

TEST(LaneEmden, MatchesChandrasekharTable4) {
  for (const auto& p : kTable4) {
    const auto s = solve_lane_emden(p.n);
    ASSERT_TRUE(s.has_surface) << "n = " << p.n;
    // The table gives 6 significant digits: agreement to within half a unit of the last digit.
    EXPECT_NEAR(s.xi1, p.xi1, 5e-6 * p.xi1) << "n = " << p.n;
    EXPECT_NEAR(s.mass_constant, p.omega, 5e-6 * p.omega) << "n = " << p.n;
    EXPECT_NEAR(s.central_concentration, p.concentration, 5e-6 * p.concentration) << "n = " << p.n;
  }
}

TEST(LaneEmden, AnalyticN0AndN1) {
  const double pi = std::numbers::pi;
  const auto s0 = solve_lane_emden(0.0);
  EXPECT_NEAR(s0.xi1, std::sqrt(6.0), 1e-10);
  EXPECT_NEAR(s0.mass_constant, 2.0 * std::sqrt(6.0), 1e-9);
  EXPECT_NEAR(s0.central_concentration, 1.0, 1e-10);

  const auto s1 = solve_lane_emden(1.0);
  EXPECT_NEAR(s1.xi1, pi, 1e-10);
  EXPECT_NEAR(s1.mass_constant, pi, 1e-9);
  EXPECT_NEAR(s1.central_concentration, pi * pi / 3.0, 1e-9);
  // Interpolation of the CVODE step table by cubic Hermite polynomials: error <= h^4 |theta''''| / 384,
  // about 1e-9 for the steps CVODE takes at rtol = 1e-12.
  for (double x : {0.001, 0.3, 1.0, 2.0, 3.0}) {
    EXPECT_NEAR(s1.theta_at(x), std::sin(x) / x, 1e-8) << "xi = " << x;
    EXPECT_NEAR(s1.dtheta_at(x), std::cos(x) / x - std::sin(x) / (x * x), 1e-8) << "xi = " << x;
  }
}

TEST(LaneEmden, AnalyticN5HasNoSurfaceAndFiniteMass) {
  const double xi_max = 1.0e4;
  const auto s = solve_lane_emden(5.0, xi_max);
  EXPECT_FALSE(s.has_surface);
  EXPECT_NEAR(s.xi1, xi_max, 1e-9 * xi_max);
  for (double x : {0.5, 2.0, 10.0, 100.0, 1000.0}) {
    const double exact = 1.0 / std::sqrt(1.0 + x * x / 3.0);
    EXPECT_NEAR(s.theta_at(x), exact, 1e-8 * exact) << "xi = " << x;
  }
  // Mass function -xi^2 theta' = (xi^3/3) (1 + xi^2/3)^(-3/2) -> sqrt(3) as xi -> infinity
  // (Chandrasekhar 1939, Table 4: 1.73205); at xi = 1e4 it is sqrt(3) (1 - 4.5e-8).
  const double x = xi_max;
  const double exact_mass = x * x * x / 3.0 * std::pow(1.0 + x * x / 3.0, -1.5);
  EXPECT_NEAR(s.mass_constant, exact_mass, 1e-8 * exact_mass);
  EXPECT_NEAR(s.mass_constant, std::sqrt(3.0), 5e-6);
}

TEST(LaneEmden, MassFractionInversion) {
  const auto s = solve_lane_emden(1.0);
  // n = 1: mass function -xi^2 theta' = sin(xi) - xi cos(xi), total pi.
  for (double q : {1e-6, 0.01, 0.3, 0.5, 0.9, 1.0}) {
    const double x = s.xi_at_mass_fraction(q);
    EXPECT_NEAR((std::sin(x) - x * std::cos(x)) / std::numbers::pi, q, 1e-8 * q + 1e-12) << "q = " << q;
  }
}

TEST(LaneEmden, RejectsBadInput) {
  EXPECT_THROW(solve_lane_emden(-1.0), nuflash::InputError);
  EXPECT_THROW(solve_lane_emden(1.0, 0.5), nuflash::InputError);
  const auto s = solve_lane_emden(1.0);
  EXPECT_THROW(s.xi_at_mass_fraction(1.5), nuflash::InputError);
}
