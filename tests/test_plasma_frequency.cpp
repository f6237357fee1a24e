// Plasma frequency and typical electron velocity of a relativistic e-e+ gas (Braaten & Segel 1993, PRD 48,
// 1478) against analytic limits.
#include <gtest/gtest.h>

#include <cmath>

#include "constants.hpp"
#include "error.hpp"
#include "neutrino/plasma_frequency.hpp"

namespace nu = nuflash::neutrino;
namespace c = nuflash::constants;

TEST(PlasmaFrequency, ClassicalLimitOfANondegenerateGas) {
  // omega_pl^2 = 4 pi alpha n_e / m_e (hbar, c restored: (hbar omega)^2 = 4 pi e^2 hbar^2 n_e / m_e) in the
  // non-degenerate, non-relativistic limit. The thermal correction follows from Braaten & Segel's integral over
  // a Maxwell-Juettner gas expanded in theta = kT / m_e c^2: with E = 1 + eps, <eps^k> from Gamma functions,
  //   <(1 - v^2/3) m/E> = 1 - 5 theta/2 + 55 theta^2/8 + O(theta^3).
  for (double T : {3e6, 1e7, 3e7}) {
    const double theta = c::kB_cgs * T / c::me_c2_erg;
    const nu::ElectronMoments m = nu::electron_moments(-20.0, T);
    const double classical2 = 4 * c::pi * c::e_esu * c::e_esu * c::hbar_cgs * c::hbar_cgs * m.n_net_cgs / c::me_g;
    const double ratio2 = m.omega_p_erg * m.omega_p_erg / classical2;
    // remainder: O(theta^3) (|coefficient| < 30) plus the quadrature's ~1e-9
    EXPECT_NEAR(ratio2, 1.0 - 2.5 * theta + 55.0 / 8.0 * theta * theta, 30 * std::pow(theta, 3) + 2e-9) << "T = " << T;
    // v*^2 = <5v^2/3 - v^4> / <1 - v^2/3> -> 5 theta for a Maxwellian
    EXPECT_NEAR(m.v_star * m.v_star / (5 * theta), 1.0, 20 * theta) << "T = " << T;
  }
}

TEST(PlasmaFrequency, DegenerateLimit) {
  // T -> 0: omega_P^2 = (4 alpha / 3 pi) p_F^3 / E_F and v* = v_F = p_F / E_F (Braaten & Segel 1993), with
  // n_e = p_F^3 / (3 pi^2 lambda_C^3); here mu - m_e c^2 = eta kT = E_F - m_e c^2 (corrections O((kT/E_F)^2)).
  for (double eta : {2e3, 2e5}) {
    const double T = 1e5;
    const double theta = c::kB_cgs * T / c::me_c2_erg;
    const double EF = 1 + theta * eta, pF = std::sqrt(EF * EF - 1);
    const nu::ElectronMoments m = nu::electron_moments(eta, T);
    const double wp = c::me_c2_erg * std::sqrt(4 * c::alpha_fs / (3 * c::pi) * pF * pF * pF / EF);
    EXPECT_NEAR(m.omega_p_erg / wp, 1.0, 1e-6) << "eta = " << eta;
    EXPECT_NEAR(m.v_star / (pF / EF), 1.0, 1e-6) << "eta = " << eta;
    const double ne = pF * pF * pF / (3 * c::pi * c::pi * std::pow(c::lambda_C_cgs, 3));
    EXPECT_NEAR(m.n_net_cgs / ne, 1.0, 1e-6) << "eta = " << eta;
  }
}

TEST(PlasmaFrequency, UltrarelativisticPairPlasma) {
  // mu_e = 0 and kT >> m_e c^2: omega_P^2 = 4 pi alpha T^2 / 9 (e.g. Braaten & Segel 1993; Raffelt 1996 ch. 6),
  // and no net charge. Corrections O((m_e c^2 / kT)^2).
  const double T = 5e12;
  const double theta = c::kB_cgs * T / c::me_c2_erg;
  const nu::ElectronMoments m = nu::electron_moments(-1.0 / theta, T);
  const double kT = c::kB_cgs * T;
  EXPECT_NEAR(m.omega_p_erg / std::sqrt(4 * c::pi * c::alpha_fs * kT * kT / 9), 1.0, 1e-3);
  EXPECT_LT(std::fabs(m.n_net_cgs) * std::pow(c::hbar_cgs * c::c_cgs / kT, 3), 1e-8);
}

TEST(PlasmaFrequency, PartialDerivativesMatchFiniteDifferences) {
  // numerics: the eta- and T-derivatives from the quadrature
  for (double eta : {-5.0, 0.5, 12.0, 300.0})
    for (double T : {3e7, 1e9, 5e9}) {
      const nu::ElectronMoments m = nu::electron_moments(eta, T);
      const double he = 1e-5 * std::max(1.0, std::fabs(eta)), hT = 1e-6 * T;
      const auto pe = nu::electron_moments(eta + he, T), me = nu::electron_moments(eta - he, T);
      const auto pT = nu::electron_moments(eta, T + hT), mT = nu::electron_moments(eta, T - hT);
      EXPECT_NEAR(m.dn_deta, (pe.n_net_cgs - me.n_net_cgs) / (2 * he), 1e-6 * std::fabs(m.dn_deta));
      EXPECT_NEAR(m.dn_dT, (pT.n_net_cgs - mT.n_net_cgs) / (2 * hT), 1e-6 * std::fabs(m.dn_dT) + 1e-9 * m.n_net_cgs / T);
      EXPECT_NEAR(m.dlnwp_deta, (std::log(pe.omega_p_erg) - std::log(me.omega_p_erg)) / (2 * he), 1e-7);
      EXPECT_NEAR(m.dlnwp_dT * T, (std::log(pT.omega_p_erg) - std::log(mT.omega_p_erg)) / (2e-6), 1e-7);
      EXPECT_NEAR(m.dv_deta, (pe.v_star - me.v_star) / (2 * he), 1e-7);
      EXPECT_NEAR(m.dv_dT * T, (pT.v_star - mT.v_star) / (2e-6), 1e-7);
    }
}

TEST(PlasmaFrequency, RejectsBadInput) {
  EXPECT_THROW(nu::electron_moments(std::nan(""), 1e8), nuflash::InputError);
  EXPECT_THROW(nu::electron_moments(1.0, -1.0), nuflash::InputError);
}
