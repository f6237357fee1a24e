// Plasmon dispersion relations and residues (Braaten & Segel 1993, PRD 48, 1478) against their analytic
// limits and the definition of the residue.
#include <gtest/gtest.h>

#include <cmath>

#include "error.hpp"
#include "neutrino/plasmon_dispersion.hpp"

namespace nu = nuflash::neutrino;

namespace {
// Braaten & Segel 1993: asymptotic transverse mass^2 (3 w_P^2 / 2 v^2) [1 - (1 - v^2)/(2v) ln((1+v)/(1-v))]
double mass_inf2(double v) { return 1.5 / (v * v) * (1 - (1 - v * v) / (2 * v) * std::log((1 + v) / (1 - v))); }
// Braaten & Segel 1993: k_max = (sqrt(3) w_P / v) [ln((1+v)/(1-v)) / (2v) - 1]^(1/2)
double kmax(double v) { return std::sqrt(3.0) / v * std::sqrt(std::log((1 + v) / (1 - v)) / (2 * v) - 1); }
}  // namespace

TEST(PlasmonDispersion, BothBranchesStartAtThePlasmaFrequency) {
  for (double v : {0.0, 0.3, 0.9, 0.999}) {
    EXPECT_NEAR(nu::transverse_omega(0.0, v), 1.0, 1e-14);
    EXPECT_NEAR(nu::longitudinal_omega(0.0, v), 1.0, 1e-14);
  }
}

TEST(PlasmonDispersion, SmallMomentumExpansions) {
  // k << omega_P: omega_T^2 = omega_P^2 + k^2 (1 + v^2/5), omega_L^2 = omega_P^2 + (3/5) v^2 k^2
  // (Braaten & Segel 1993; Raffelt 1996 ch. 6); the next terms are O(k^4).
  const double k = 1e-3;
  for (double v : {0.1, 0.5, 0.95}) {
    const double wT = nu::transverse_omega(k, v), wL = nu::longitudinal_omega(k, v);
    EXPECT_NEAR((wT * wT - 1) / (k * k), 1 + v * v / 5, 1e-5);
    EXPECT_NEAR((wL * wL - 1) / (k * k), 0.6 * v * v, 1e-5);
  }
}

TEST(PlasmonDispersion, NonRelativisticLimit) {
  // v* -> 0: omega_T^2 = omega_P^2 + k^2 and omega_L = omega_P up to k_max = omega_P (classical plasma)
  for (double k : {0.1, 1.0, 10.0}) EXPECT_NEAR(nu::transverse_omega(k, 0.0), std::sqrt(1 + k * k), 1e-12);
  EXPECT_NEAR(nu::longitudinal_kmax(0.0), 1.0, 1e-14);
  EXPECT_NEAR(nu::longitudinal_omega(0.7, 0.0), 1.0, 1e-14);
}

TEST(PlasmonDispersion, TransverseAsymptoticMass) {
  for (double v : {0.2, 0.6, 0.9, 0.99}) {
    EXPECT_NEAR(nu::transverse_asymptotic_mass2(v), mass_inf2(v), 1e-12);
    const double k = 1e4, w = nu::transverse_omega(k, v);
    EXPECT_NEAR((w - k) * (w + k), mass_inf2(v), 1e-5);
  }
  // ultrarelativistic plasma: m_inf^2 = 3/2 omega_P^2
  EXPECT_NEAR(nu::transverse_asymptotic_mass2(1 - 1e-12), 1.5, 1e-9);
}

TEST(PlasmonDispersion, LongitudinalEndPoint) {
  for (double v : {0.2, 0.6, 0.9, 0.99}) {
    EXPECT_NEAR(nu::longitudinal_kmax(v), kmax(v), 1e-10);
    EXPECT_NEAR(nu::longitudinal_omega(kmax(v), v), kmax(v), 1e-6);
  }
  EXPECT_THROW(nu::longitudinal_omega(1.2 * kmax(0.5), 0.5), nuflash::InputError);
}

TEST(PlasmonDispersion, ResiduesFollowTheirDefinition) {
  // Z_T = 1 / (1 - dPi_T/d omega^2) on the branch; for the longitudinal mode the Braaten-Segel residue is
  // Z_L = (K^2 / omega^2) / (1 - dPi_L/d omega^2) with the covariant Pi_L = (K^2 / k^2) Pi_00, K^2 = omega^2 - k^2.
  for (double v : {0.0, 0.4, 0.9, 0.99}) {
    for (double sigma : {0.05, 0.7, 3.0, 30.0}) {
      const auto m = nu::transverse_mode(sigma, v);
      EXPECT_NEAR(m.omega * m.omega - m.k * m.k, nu::pi_transverse(m.omega, m.k, v), 1e-12 * m.omega * m.omega);
      const double h = 1e-6 * m.omega * m.omega;
      const double dPi = (nu::pi_transverse(std::sqrt(m.omega * m.omega + h), m.k, v) -
                          nu::pi_transverse(std::sqrt(m.omega * m.omega - h), m.k, v)) /
                         (2 * h);
      EXPECT_NEAR(m.Z, 1 / (1 - dPi), 1e-7);
    }
    for (double s : {0.05, 0.5, 0.9, 0.99}) {
      const auto m = nu::longitudinal_mode(s, v);
      const double k = m.k, w = m.omega;
      EXPECT_NEAR(k * k, nu::pi_longitudinal_00(w, k, v), 1e-12);
      auto piL = [&](double ww) { return (ww * ww - k * k) / (k * k) * nu::pi_longitudinal_00(ww, k, v); };
      const double h = 1e-6 * w * w;
      const double dPi = (piL(std::sqrt(w * w + h)) - piL(std::sqrt(w * w - h))) / (2 * h);
      EXPECT_NEAR(m.Z, (w * w - k * k) / (w * w) / (1 - dPi), 1e-6);
    }
  }
  // Z -> 1 at k -> 0 for both modes
  EXPECT_NEAR(nu::transverse_mode(1e-6, 0.8).Z, 1.0, 1e-10);
  EXPECT_NEAR(nu::longitudinal_mode(1e-6, 0.8).Z, 1.0, 1e-10);
}

TEST(PlasmonDispersion, RejectsVelocityOutsideUnitInterval) {
  EXPECT_THROW(nu::transverse_omega(1.0, 1.0), nuflash::InputError);
  EXPECT_THROW(nu::longitudinal_kmax(-0.1), nuflash::InputError);
}
