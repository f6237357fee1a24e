// Cross-checks of microphysics/constants.hpp against published CODATA 2018 and IAU 2015 values
// (Tiesinga et al. 2021, RMP 93, 025010; IAU 2015 Resolutions B2, B3).
#include <gtest/gtest.h>

#include <cmath>

#include "constants.hpp"

namespace c = nuflash::constants;

TEST(Constants, DerivedValuesMatchCodata2018) {
  // CODATA 2018: hbar = 1.054571817e-34 J s
  EXPECT_NEAR(c::hbar_cgs / 1.054571817e-27, 1.0, 1e-9);
  // CODATA 2018: radiation constant a = 7.565733e-16 J m^-3 K^-4 = 7.565733e-15 erg cm^-3 K^-4
  EXPECT_NEAR(c::a_rad_cgs / 7.565733e-15, 1.0, 2e-7);
  // CODATA 2018: elementary charge 4.803204712570263e-10 statC (exact from e and c)
  EXPECT_NEAR(c::e_esu / 4.803204712570263e-10, 1.0, 1e-14);
  // Consistency: alpha = e^2 / (hbar c)
  EXPECT_NEAR(c::e_esu * c::e_esu / (c::hbar_cgs * c::c_cgs) / c::alpha_fs, 1.0, 1e-9);
  // Consistency: m_e c^2 from the mass and c equals the tabulated 0.51099895000 MeV
  EXPECT_NEAR(c::me_g * c::c_cgs * c::c_cgs / c::MeV_erg / c::me_c2_MeV, 1.0, 1e-9);
  // Consistency: mu_B = e hbar / (2 m_e c)
  EXPECT_NEAR(c::e_esu * c::hbar_cgs / (2 * c::me_g * c::c_cgs) / c::muB_cgs, 1.0, 1e-9);
  // Consistency: Thomson cross section 8 pi r_e^2 / 3
  EXPECT_NEAR(8 * c::pi * c::r_e_cgs * c::r_e_cgs / 3 / c::sigma_T_cgs, 1.0, 1e-9);
  // CODATA 2018: hbar c = 197.3269804 MeV fm
  EXPECT_NEAR(c::hbar_cgs * c::c_cgs / c::MeV_erg * 1e13 / c::hbar_c_MeV_fm, 1.0, 1e-9);
  // Avogadro consistency: m_u N_A = 1 g/mol to 1e-9 (CODATA 2018 M_u = 0.99999999965 g/mol)
  EXPECT_NEAR(c::mu_g * c::NA, 1.0, 1e-9);
}

TEST(Constants, FermiConstantInCgs) {
  // G_F = 1.1663787e-5 GeV^-2 (hbar c)^3 = 1.43585e-62 J m^3 = 1.43585e-49 erg cm^3 (PDG 2020,
  // Physical Constants table, with CODATA 2018 hbar c)
  EXPECT_NEAR(c::GF_erg_cm3 / 1.43585e-49, 1.0, 1e-5);
}

TEST(Constants, SolarNominalValues) {
  // IAU 2015 B3: M_sun = GM_sun / G = 1.98841e33 g with CODATA 2018 G
  EXPECT_NEAR(c::Msun_g / 1.98841e33, 1.0, 1e-5);
  EXPECT_DOUBLE_EQ(c::Rsun_cm, 6.957e10);
  EXPECT_DOUBLE_EQ(c::Lsun_cgs, 3.828e33);
  // IAU 2015 B2: M_bol = -2.5 log10(L / 3.0128e28 W), so M_bol,sun = 4.74 (to two decimals)
  EXPECT_NEAR(-2.5 * std::log10(c::Lsun_cgs / 3.0128e35), c::Mbol_sun, 5e-3);
}
