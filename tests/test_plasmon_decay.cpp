// Plasmon-decay emission (Haft, Raffelt & Weiss 1994, ApJ 425, 222; Braaten & Segel 1993) and its table.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "constants.hpp"
#include "error.hpp"
#include "neutrino/plasma_frequency.hpp"
#include "neutrino/plasmon_decay.hpp"
#include "neutrino/plasmon_dispersion.hpp"
#include "neutrino/plasmon_table.hpp"

namespace nu = nuflash::neutrino;
namespace c = nuflash::constants;

namespace {
constexpr double kZeta3 = 1.2020569031595942;
double lnI_direct(double g, double v) {
  const auto I = nu::plasmon_integrals(g, v);
  return std::log(I.T_mu + 0.5 * I.L_mu);
}
}  // namespace

TEST(PlasmonDecay, ClassicalPlasmaIntegralsInClosedForm) {
  // v* = 0: omega_T^2 = 1 + k^2, Z_T = 1, omega_L = 1 (k < 1), Z_L = 1 (units omega_P), so
  //   Int k^2 f_B(g sqrt(1 + k^2)) dk = sum_n K_2(n g) / (n g)   (expand f_B; Gradshteyn & Ryzhik 3.914),
  //   Int_0^1 k^2 (1 - k^2)^2 dk f_B(g) = (8/105) f_B(g),  Int_0^1 k^2 (1 - k^2) dk f_B(g) = (2/15) f_B(g).
  for (double g : {0.3, 1.0, 5.0, 40.0}) {
    double sum = 0;
    for (int n = 1; n < 400; ++n) sum += std::cyl_bessel_k(2.0, n * g) / (n * g);
    const auto I = nu::plasmon_integrals(g, 0.0);
    const double fB = 1.0 / std::expm1(g);
    EXPECT_NEAR(std::exp(-g) * I.T_sm / sum, 1.0, 1e-8) << "g = " << g;
    EXPECT_NEAR(std::exp(-g) * I.T_mu / sum, 1.0, 1e-8) << "g = " << g;
    EXPECT_NEAR(std::exp(-g) * I.L_sm / (8.0 / 105.0 * fB), 1.0, 1e-8) << "g = " << g;
    EXPECT_NEAR(std::exp(-g) * I.L_mu / (2.0 / 15.0 * fB), 1.0, 1e-8) << "g = " << g;
  }
}

TEST(PlasmonDecay, HighTemperatureLimit) {
  // kT >> omega_P: plasmons with k >> omega_P dominate, Z_T -> 1 and omega^2 - k^2 -> m_inf^2 (Braaten & Segel
  // 1993), so Int k^2 Z (omega^2 - k^2)^n f_B dk -> m_inf^(2n) 2 zeta(3) / g^3; corrections O(g^2 ln g).
  const double g = 1e-3;
  for (double v : {0.2, 0.5, 0.9}) {
    const double m2 = nu::transverse_asymptotic_mass2(v);
    const auto I = nu::plasmon_integrals(g, v);
    const double base = std::exp(g) * 2 * kZeta3 / (g * g * g);
    EXPECT_NEAR(I.T_sm / (m2 * m2 * m2 * base), 1.0, 2e-4) << "v = " << v;
    EXPECT_NEAR(I.T_mu / (m2 * m2 * base), 1.0, 2e-4) << "v = " << v;
  }
}

TEST(PlasmonDecay, MagneticMomentRateScalesAsMu12Squared) {
  const double wp = 15 * c::keV_erg;
  const double q1 = nu::plasmon_mu_rate(1.0, wp, 0.5, 1e8);
  EXPECT_GT(q1, 0.0);
  EXPECT_DOUBLE_EQ(nu::plasmon_mu_rate(3.0, wp, 0.5, 1e8), 9.0 * q1);
  EXPECT_DOUBLE_EQ(nu::plasmon_mu_rate(0.1, wp, 0.5, 1e8), 0.01 * q1);
  EXPECT_EQ(nu::plasmon_mu_rate(0.0, wp, 0.5, 1e8), 0.0);
}

TEST(PlasmonDecay, RaffeltCoefficient) {
  // Raffelt 1996 (ch. 6) and Raffelt & Weiss 1992 (A&A 264, 536): Q_mu / Q_nu = 0.318 mu12^2 (10 keV/omega_pl)^2;
  // 0.318 = 2 pi alpha mu_B^2 1e-24 / (G_F^2 sum C_V^2 (10 keV)^2) with the published couplings.
  EXPECT_NEAR(nu::raffelt_ratio_coefficient(), 0.318, 0.0005);
}

TEST(PlasmonDecay, RatioReachesRaffeltsFormulaInTheClassicalTransverseLimit) {
  // The approximation assumes omega^2 - k^2 = omega_pl^2 for the emitting (transverse) plasmons, which holds
  // for a non-relativistic plasma (v* -> 0) with kT >> omega_pl (longitudinal plasmons negligible). A
  // hydrogen-free low-density gas at 10^7 K: v* = 0.09, omega_P / kT = 0.03.
  const double T = 1e7;
  const auto m = nu::electron_moments(-8.0, T);
  ASSERT_LT(m.v_star, 0.1);
  ASSERT_LT(m.omega_p_erg / (c::kB_cgs * T), 0.1);
  const double ratio = nu::plasmon_mu_rate(1.0, m.omega_p_erg, m.v_star, T) /
                       nu::plasmon_sm_rate(m.omega_p_erg, m.v_star, T);
  const double w10 = 10 * c::keV_erg / m.omega_p_erg;
  // v*^2 = 0.008 shifts <omega^2 - k^2> by ~ v*^2/5 over the thermal spectrum
  EXPECT_NEAR(ratio / (0.318 * w10 * w10), 1.0, 0.01);
  // and exactly in the limit v* = 0, g -> 0
  const auto I = nu::plasmon_integrals(1e-3, 0.0);
  EXPECT_NEAR((I.T_mu + 0.5 * I.L_mu) / (I.T_sm + 0.5 * I.L_sm), 1.0, 1e-6);
}

TEST(PlasmonTable, AgreesWithTheDirectIntegral) {
  // Numerics: the table (bicubic Hermite in ln g, atanh v*) against the direct quadrature at random points.
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> U(0.0, 1.0);
  double worst = 0, worst_slope = 0;
  for (int i = 0; i < 300; ++i) {
    const double g = std::exp(-9.2 + 13.8 * U(rng)), v = std::tanh(3.79 * U(rng));
    const auto t = nu::plasmon_mu_table(g, v);
    worst = std::max(worst, std::fabs(t.ln_I - lnI_direct(g, v)));
    const double h = 1e-4;
    const double slope = (lnI_direct(g * std::exp(h), v) - lnI_direct(g * std::exp(-h), v)) / (2 * h);
    worst_slope = std::max(worst_slope, std::fabs(t.dlnI_dlng - slope));
  }
  EXPECT_LT(worst, 3e-4);
  EXPECT_LT(worst_slope, 2e-3);
}

TEST(PlasmonTable, VelocityDerivativeInTheRedGiantRange) {
  // Numerics: d ln I / d v* of the table against differences of the direct integral for 0.5 <= g <= 20
  for (double g : {0.5, 2.0, 8.0, 20.0})
    for (double v : {0.2, 0.5, 0.8}) {
      const double h = 1e-5;
      const double d = (lnI_direct(g, v + h) - lnI_direct(g, v - h)) / (2 * h);
      EXPECT_NEAR(nu::plasmon_mu_table(g, v).dlnI_dv, d, 2e-3 * std::max(1.0, std::fabs(d))) << g << " " << v;
    }
}

TEST(PlasmonTable, ContinuesSmoothlyOutsideTheGrid) {
  // beyond g = 1e-4 and g = 490 the table is continued linearly in ln g; it stays close to the direct integral
  for (double g : {1e-5, 700.0}) EXPECT_NEAR(nu::plasmon_mu_table(g, 0.5).ln_I, lnI_direct(g, 0.5), 2e-3);
  EXPECT_THROW(nu::plasmon_mu_table(-1.0, 0.5), nuflash::InputError);
  EXPECT_THROW(nu::plasmon_integrals(1.0, 1.0), nuflash::InputError);
}
