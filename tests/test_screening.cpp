// Electron screening: the weak-screening limit, the vanishing of screening at low density, and the
// smoothness of the joins between the weak, intermediate and strong regimes.
#include <gtest/gtest.h>

#include <cmath>

#include "composition.hpp"
#include "nuclear/network.hpp"
#include "nuclear/screening.hpp"

using namespace nuflash;
using namespace nuflash::nuclear;

namespace {

ScreeningPlasma plasma(double rho, double T, const Composition& c) {
  return screening_plasma(rho, T, abundances_from(c));
}

Composition solar_centre() { return composition_from_XZ(0.34, 0.02); }

Composition helium() {
  Composition c;
  c[Species::he4] = 1.0;
  return c;
}

}  // namespace

TEST(Screening, VanishesAtLowDensity) {
  // f = exp(H) -> 1 as rho -> 0, with H proportional to rho^(1/2) (Salpeter 1954).
  for (double T : {1e6, 1e7, 1e8}) {
    for (const auto& pair : {ScreeningPair{1, 1, 1, 1}, ScreeningPair{6, 12, 1, 1}, ScreeningPair{2, 4, 2, 4}}) {
      const auto s = screening(plasma(1e-10, T, solar_centre()), pair.Z1, pair.A1, pair.Z2, pair.A2);
      const auto s4 = screening(plasma(0.25e-10, T, solar_centre()), pair.Z1, pair.A1, pair.Z2, pair.A2);
      EXPECT_GT(s.H, 0.0);
      EXPECT_LT(std::exp(s.H) - 1.0, 2e-5) << "T = " << T << " Z1 = " << pair.Z1;
      EXPECT_NEAR(s4.H / s.H, 0.5, 1e-12);
    }
  }
}

TEST(Screening, WeakLimitIsSalpeter) {
  // Salpeter (1954); Kippenhahn, Weigert & Weiss 2012, eq. (18.56):
  // f = exp(0.188 Z1 Z2 zeta rho^(1/2) T6^(-3/2)), zeta = [sum (Z_i^2 + Z_i) X_i/A_i]^(1/2).
  // The coefficient 0.188 is given to three digits: agreement to 0.2 %.
  const auto c = solar_centre();
  double zeta2 = 0;
  for (int i = 0; i < kNumSpecies; ++i) {
    const auto& n = nuclides()[i];
    zeta2 += (n.Z * n.Z + n.Z) * c.X[i] / n.A;
  }
  const double zeta = std::sqrt(zeta2);
  struct Point {
    double rho, T, Z1, A1, Z2, A2;
  };
  const Point points[] = {{150, 1.57e7, 1, 1, 1, 1},  // pp at the solar centre: H = 0.048
                          {1, 1.57e7, 6, 12, 1, 1},
                          {10, 3e7, 7, 14, 1, 1},
                          {1e-2, 1e7, 2, 3, 2, 4}};
  for (const auto& q : points) {
    const auto s = screening(plasma(q.rho, q.T, c), q.Z1, q.A1, q.Z2, q.A2);
    ASSERT_LT(s.lambda12, 0.1) << "point must be in the weak regime";
    const double T6 = q.T / 1e6;
    const double salpeter = 0.188 * q.Z1 * q.Z2 * zeta * std::sqrt(q.rho) * std::pow(T6, -1.5);
    EXPECT_NEAR(s.H / salpeter, 1.0, 2e-3) << "rho = " << q.rho << " Z1 = " << q.Z1;
    // H ~ rho^(1/2) T^(-3/2) in this limit.
    EXPECT_NEAR(s.dH_dlnrho, 0.5 * s.H, 1e-12);
    EXPECT_NEAR(s.dH_dlnT, -1.5 * s.H, 1e-12);
  }
}

TEST(Screening, RegimesJoinSmoothly) {
  // Scan density through the regime boundaries (Lambda12 = 0.1, 0.5, 2, 5) for alpha + alpha and
  // 8Be + alpha in helium at T = 1e8 K: H must be continuous and its analytic derivative must
  // match a centred finite difference (a continuous first derivative).
  const double T = 1e8;
  for (const auto& pair : {ScreeningPair{2, 4, 2, 4}, ScreeningPair{4, 8, 2, 4}, ScreeningPair{6, 12, 2, 4}}) {
    double previous = -1;
    for (double lg = 2.0; lg <= 9.0; lg += 0.01) {
      const double rho = std::pow(10.0, lg);
      const auto s = screening(plasma(rho, T, helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
      if (previous >= 0) {
        EXPECT_LT(std::abs(s.H - previous), 0.05 * std::max(s.H, 0.02)) << "jump at rho = " << rho;
      }
      previous = s.H;
      const double h = 1e-5;
      const auto up = screening(plasma(rho * std::exp(h), T, helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
      const auto dn = screening(plasma(rho * std::exp(-h), T, helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
      EXPECT_NEAR(s.dH_dlnrho, (up.H - dn.H) / (2 * h), 1e-5 * std::max(1.0, std::abs(s.H))) << "rho = " << rho;
      const auto hot = screening(screening_plasma(rho, T * std::exp(h), abundances_from(helium())), pair.Z1, pair.A1, pair.Z2, pair.A2);
      const auto cold = screening(screening_plasma(rho, T * std::exp(-h), abundances_from(helium())), pair.Z1, pair.A1, pair.Z2, pair.A2);
      EXPECT_NEAR(s.dH_dlnT, (hot.H - cold.H) / (2 * h), 1e-5 * std::max(1.0, std::abs(s.H))) << "rho = " << rho;
    }
  }
}

TEST(Screening, PureRegimesAtTheirEnds) {
  // Below Lambda12 = 0.1 the result is the weak formula, above 5 the strong one (Graboske et al. 1973).
  const auto weak_p = plasma(1.0, 1e8, helium());
  EXPECT_DOUBLE_EQ(screening(weak_p, 2, 4, 2, 4).H, screening_weak(weak_p, 2, 2));
  const auto strong_p = plasma(1e9, 1e8, helium());
  const auto s = screening(strong_p, 2, 4, 2, 4);
  ASSERT_GT(s.lambda12, 5.0);
  EXPECT_DOUBLE_EQ(s.H, screening_strong(strong_p, 2, 4, 2, 4));
  const auto mid_p = plasma(1e6, 1e8, helium());
  const auto m = screening(mid_p, 2, 4, 2, 4);
  ASSERT_GT(m.lambda12, 0.5);
  ASSERT_LT(m.lambda12, 2.0);
  EXPECT_DOUBLE_EQ(m.H, screening_intermediate(mid_p, 2, 2));
}

TEST(Screening, TripleAlphaScreensBothSteps) {
  // 3-alpha proceeds through 4He + 4He -> 8Be and 8Be + 4He -> 12C*: the enhancement is the product.
  Composition he = helium();
  const auto Y = abundances_from(he);
  for (double rho : {1e3, 1e5, 1e6}) {
    const auto r = network_rates(rho, 1e8, Y);
    const auto p = screening_plasma(rho, 1e8, Y);
    const double expected = std::exp(screening(p, 2, 4, 2, 4).H + screening(p, 4, 8, 2, 4).H);
    EXPECT_NEAR(r.screening[13] / expected, 1.0, 1e-12) << "rho = " << rho;
  }
}
