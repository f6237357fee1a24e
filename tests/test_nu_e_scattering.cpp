// Tests of microphysics/scattering/nu_e_scattering against hand-computed values of the Vogel & Engel
// 1989 (PRD 39, 3378) formulas, their analytic limits, and published total cross sections.
#include <gtest/gtest.h>

#include <cmath>

#include "constants.hpp"
#include "error.hpp"
#include "scattering/nu_e_scattering.hpp"

namespace c = nuflash::constants;
namespace s = nuflash::scattering;
using s::Flavor;

namespace {
constexpr double MeV = c::MeV_erg;
constexpr double sw = 0.23121;  // PDG 2020 MS-bar sin^2(theta_W)(M_Z), the documented default
// G_F^2 m_e / (2 pi) (hbar c)^2 with G_F = 1.1663787e-5 GeV^-2, m_e = 0.51099895 MeV,
// hbar c = 197.3269804 MeV fm (CODATA 2018): 4.30816e-45 cm^2 / MeV, by hand.
constexpr double sigma0_cm2_per_MeV = 4.30816e-45;
}  // namespace

TEST(NuEScattering, Couplings) {
  // Vogel & Engel 1989 below Eq. 1: nu_mu: gV = -1/2 + 2 sin^2, gA = -1/2; nu_e: gV + 1, gA + 1;
  // antineutrinos gA -> -gA.
  auto nm = s::couplings(Flavor::numu, sw);
  EXPECT_DOUBLE_EQ(nm.gV, -0.5 + 2 * sw);
  EXPECT_DOUBLE_EQ(nm.gA, -0.5);
  auto ne = s::couplings(Flavor::nue, sw);
  EXPECT_DOUBLE_EQ(ne.gV, 0.5 + 2 * sw);
  EXPECT_DOUBLE_EQ(ne.gA, 0.5);
  auto neb = s::couplings(Flavor::nuebar, sw);
  EXPECT_DOUBLE_EQ(neb.gA, -0.5);
  auto ntb = s::couplings(Flavor::nutaubar, sw);
  EXPECT_DOUBLE_EQ(ntb.gV, nm.gV);
  EXPECT_DOUBLE_EQ(ntb.gA, 0.5);
  EXPECT_THROW(s::couplings(Flavor::nue, 1.2), nuflash::InputError);
}

TEST(NuEScattering, Kinematics) {
  // T_max = 2E^2/(m_e + 2E): E = 1 MeV -> 2/(0.51099895 + 2) = 0.796495 MeV;
  // E >> m_e: T_max = E - m_e/2 + m_e^2/(4E) - O(m_e^3/E^2).
  EXPECT_NEAR(s::T_max_erg(1.0 * MeV) / MeV, 2.0 / 2.51099895, 1e-12);
  const double me = 0.51099895;
  EXPECT_NEAR(s::T_max_erg(1e4 * MeV) / MeV, 1e4 - 0.5 * me + me * me / 4e4, 1e-8);
  // E << m_e: T_max = 2E^2/m_e
  EXPECT_NEAR(s::T_max_erg(1e-3 * MeV) / MeV / (2e-6 / me), 1.0, 5e-3);
}

TEST(NuEScattering, WeakHandComputedValues) {
  // Eq. 1 of Vogel & Engel evaluated by hand (sin^2 = 0.23121):
  // nu_mu, E = 1 MeV, T = 0.3 MeV: gV = -0.03758, gA = -0.5:
  //   [0.28899 + 0.21383 * 0.49 + (0.25 - 0.00141) * 0.51099895 * 0.3] * sigma0 = 1.86060e-45 cm^2/MeV
  EXPECT_NEAR(s::dsigma_dT_weak(Flavor::numu, 1.0 * MeV, 0.3 * MeV, sw) * MeV / 1.86060e-45, 1.0, 1e-5);
  // nuebar, E = 2 MeV, T = 0.1 MeV: gV = 0.96242, gA = -0.5: 9.19942e-45 cm^2/MeV
  EXPECT_NEAR(s::dsigma_dT_weak(Flavor::nuebar, 2.0 * MeV, 0.1 * MeV, sw) * MeV / 9.19942e-45, 1.0, 1e-5);
  // nue, 7Be line E = 0.862 MeV, T = 0.5 MeV: 8.37443e-45 cm^2/MeV
  EXPECT_NEAR(s::dsigma_dT_weak(Flavor::nue, 0.862 * MeV, 0.5 * MeV, sw) * MeV / 8.37443e-45, 1.0, 1e-5);
}

TEST(NuEScattering, WeakLimits) {
  for (Flavor f : {Flavor::nue, Flavor::nuebar, Flavor::numu, Flavor::numubar}) {
    const auto [gV, gA] = s::couplings(f, sw);
    const double E = 3.0 * MeV;
    // T -> 0: dsigma/dT -> sigma0 [(gV+gA)^2 + (gV-gA)^2] = 2 sigma0 (gV^2 + gA^2), the same for
    // nu and nubar.
    EXPECT_NEAR(s::dsigma_dT_weak(f, E, 0.0, sw) * MeV / (2 * sigma0_cm2_per_MeV * (gV * gV + gA * gA)), 1.0,
                2e-6);
    // T -> T_max: 1 - T/E = m_e/(m_e + 2E), m_e T/E^2 = 2 m_e/(m_e + 2E).
    const double me = c::me_c2_MeV, r = me / (me + 6.0);
    const double at_max = (gV + gA) * (gV + gA) + (gV - gA) * (gV - gA) * r * r + (gA * gA - gV * gV) * 2 * r;
    const double tmax = s::T_max_erg(E);
    EXPECT_NEAR(s::dsigma_dT_weak(f, E, tmax, sw) * MeV / (sigma0_cm2_per_MeV * at_max), 1.0, 2e-6);
    EXPECT_EQ(s::dsigma_dT_weak(f, E, tmax * (1 + 1e-9), sw), 0.0);
  }
  EXPECT_THROW(s::dsigma_dT_weak(Flavor::nue, -1.0, 0.0), nuflash::InputError);
  EXPECT_THROW(s::dsigma_dT_weak(Flavor::nue, 1.0 * MeV, -1e-9), nuflash::InputError);
}

TEST(NuEScattering, MagneticPrefactorAndLimits) {
  // pi alpha^2 / m_e^2 = pi r_e^2 = 2.4947e-25 cm^2 (Vogel & Engel 1989 quote 2.495e-25 cm^2;
  // r_e = 2.8179403262e-13 cm, CODATA 2018).
  const double E = 1.0 * MeV, T = 10e-3 * MeV;
  const double mu12 = 10.0;  // mu_nu = 1e-11 mu_B
  const double expected = 2.494672e-25 * 1e-22 * (1.0 / T - 1.0 / E);
  EXPECT_NEAR(s::dsigma_dT_mag(E, T, mu12) / expected, 1.0, 1e-6);
  // T -> T_max: (1/T_max - 1/E) = m_e / (2 E^2)
  const double tmax = s::T_max_erg(E);
  EXPECT_NEAR(s::dsigma_dT_mag(E, tmax, mu12) / (2.494672e-25 * 1e-22 * c::me_c2_erg / (2 * E * E)), 1.0, 1e-6);
  EXPECT_EQ(s::dsigma_dT_mag(E, 1.01 * tmax, mu12), 0.0);
  // scales as mu^2
  EXPECT_NEAR(s::dsigma_dT_mag(E, T, 2 * mu12) / s::dsigma_dT_mag(E, T, mu12), 4.0, 1e-12);
}

TEST(NuEScattering, TotalsMatchClosedForms) {
  // Integral of Eq. 1 over [0, T_max] done by hand:
  //   sigma0 [ a T_max + b E/3 (1 - (1 - T_max/E)^3) + c m_e T_max^2 / (2E^2) ]
  for (double E_MeV : {0.3, 0.862, 5.0, 30.0}) {
    for (Flavor f : {Flavor::nue, Flavor::nuebar, Flavor::numu}) {
      const auto [gV, gA] = s::couplings(f, sw);
      const double tm = s::T_max_erg(E_MeV * MeV) / MeV, me = c::me_c2_MeV;
      const double a = (gV + gA) * (gV + gA), b = (gV - gA) * (gV - gA), cc = gA * gA - gV * gV;
      const double closed = sigma0_cm2_per_MeV * (a * tm + b * E_MeV / 3 * (1 - std::pow(1 - tm / E_MeV, 3)) +
                                                  cc * me * tm * tm / (2 * E_MeV * E_MeV));
      EXPECT_NEAR(s::sigma_weak(f, E_MeV * MeV, sw) / closed, 1.0, 1e-5) << E_MeV;
    }
    // magnetic: pi r_e^2 mu^2 [ln(T_max/T_min) - (T_max - T_min)/E]
    const double tmin = 1e-3 * MeV, tmax = s::T_max_erg(E_MeV * MeV);
    const double closed = 2.494672e-25 * c::mu12_muB * c::mu12_muB * (std::log(tmax / tmin) - (tmax - tmin) / (E_MeV * MeV));
    EXPECT_NEAR(s::sigma_mag(E_MeV * MeV, 1.0, tmin) / closed, 1.0, 1e-6) << E_MeV;
  }
  EXPECT_THROW(s::sigma_mag(1.0 * MeV, 1.0, 0.0), nuflash::InputError);
}

TEST(NuEScattering, PublishedTotalCrossSections) {
  // sigma(nu_mu e) = 1.6e-42 cm^2 (E/GeV) (Formaggio & Zeller 2012, RMP 84, 1307, Sec. II.B).
  EXPECT_NEAR(s::sigma_weak(Flavor::numu, 1e3 * MeV) / 1.6e-42, 1.0, 0.04);
  EXPECT_NEAR(s::sigma_weak(Flavor::numu, 1e4 * MeV) / 1.6e-41, 1.0, 0.04);
  // LSND measured sigma(nu_e e) = (10.1 +- 1.1 stat +- 1.0 syst) x 1e-45 cm^2 E/MeV with a mu+ decay
  // at rest nu_e beam (Auerbach et al. 2001, PRD 63, 112001) "in good agreement with the standard
  // model": the tree-level sigma/E, which is energy independent for E >> m_e (so its value at 30 MeV
  // stands for the Michel-spectrum average), must lie within the measurement's 1 sigma (1.5e-45).
  const double per_MeV = s::sigma_weak(Flavor::nue, 30.0 * MeV) / 30.0;
  EXPECT_NEAR(per_MeV, 10.1e-45, 1.5e-45);
  // Ratios for E >> m_e are sigma ~ sigma0 E [(gV+gA)^2 + (gV-gA)^2/3]: nue : numu = 6.13 (hand).
  EXPECT_NEAR(s::sigma_weak(Flavor::nue, 1e3 * MeV) / s::sigma_weak(Flavor::numu, 1e3 * MeV), 6.134, 0.01);
}

TEST(NuEScattering, BindingStepping) {
  using s::Target;
  const double keV = c::keV_erg;
  // Xe (Z = 54), Bearden & Burr binding energies: at T = 1 keV the M3..O3 shells
  // (4+4+6+18+8 = 40 electrons) are active, M2 (1002.1 eV) and below are not: 40/54.
  EXPECT_NEAR(s::binding_step_factor(Target::xenon, 1.0 * keV), 40.0 / 54.0, 1e-15);
  // above the K edge (34.56 keV) everything scatters as free
  EXPECT_DOUBLE_EQ(s::binding_step_factor(Target::xenon, 40.0 * keV), 1.0);
  // between L1 (5.453 keV) and K: 52/54
  EXPECT_NEAR(s::binding_step_factor(Target::xenon, 10.0 * keV), 52.0 / 54.0, 1e-15);
  // Ge at the GEMMA threshold 2.8 keV: all but the two K electrons (11.10 keV): 30/32
  EXPECT_NEAR(s::binding_step_factor(Target::germanium, 2.8 * keV), 30.0 / 32.0, 1e-15);
  EXPECT_DOUBLE_EQ(s::binding_step_factor(Target::free_electron, 0.0), 1.0);
  EXPECT_THROW(s::parse_target("argon"), nuflash::InputError);
}

TEST(NuEScattering, FlavorNames) {
  for (auto name : {"nue", "nuebar", "numu", "numubar", "nutau", "nutaubar"})
    EXPECT_EQ(s::flavor_name(s::parse_flavor(name)), name);
  EXPECT_THROW(s::parse_flavor("nu_e"), nuflash::InputError);
}
