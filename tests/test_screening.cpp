// Plasma screening of reaction rates against published values: the Debye-Hueckel (Salpeter) weak
// limit, the electron degeneracy factor at eta = 0, the Chugunov, DeWitt & Yakovlev (2007) mean-field
// potential at the helium-flash conditions, and the strong-coupling limit given by the Monte-Carlo
// free energy of the one-component plasma (linear mixing).
#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

#include "composition.hpp"
#include "constants.hpp"
#include "nuclear/network.hpp"
#include "nuclear/screening.hpp"

using namespace nuflash;
using namespace nuflash::nuclear;
namespace c = nuflash::constants;

namespace {

ScreeningPlasma plasma(double rho, double T, const Composition& comp) {
  return screening_plasma(rho, T, abundances_from(comp));
}

Composition solar_centre() { return composition_from_XZ(0.34, 0.02); }

Composition helium() {
  Composition comp;
  comp[Species::he4] = 1.0;
  return comp;
}

// Coupling parameter of the helium one-component plasma, Gamma = Z^2 e^2/(a kT),
// a = (3/(4 pi n_He))^(1/3).
double gamma_helium(double rho, double T) {
  const double n = rho / (4.0 * c::mu_g);
  const double a = std::cbrt(3.0 / (4.0 * c::pi * n));
  return 4.0 * c::e_esu * c::e_esu / (a * c::kB_cgs * T);
}

// Chugunov, DeWitt & Yakovlev 2007 (PRD 76, 025028), eq. 19 and the parameters below it.
double cdy07_h(double g) {
  const double A1 = 2.7822, A2 = 98.34, A3 = std::sqrt(3.0) - A1 / std::sqrt(A2);
  const double B1 = -1.7476, B2 = 66.07, B3 = 1.12, B4 = 65.0;
  return std::pow(g, 1.5) * (A1 / std::sqrt(A2 + g) + A3 / (1.0 + g)) + B1 * g * g / (B2 + g) +
         B3 * g * g / (B4 + g * g);
}

// Excess free energy per ion of the classical one-component plasma in kT: the fit of Potekhin &
// Chabrier 2000 (PRE 62, 8554, eq. 16 with the parameters of their Table 1 / eq. 17) to the
// Monte-Carlo internal energies of DeWitt & Slattery and the hypernetted-chain results at weak
// coupling.
double pc00_f(double g) {
  const double A1 = -0.9070, A2 = 0.62954, A3 = -std::sqrt(3.0) / 2.0 - A1 / std::sqrt(A2);
  const double B1 = 0.00456, B2 = 211.6, B3 = -1e-4, B4 = 0.00462;
  return A1 * (std::sqrt(g * (A2 + g)) - A2 * std::log(std::sqrt(g / A2) + std::sqrt(1.0 + g / A2))) +
         2.0 * A3 * (std::sqrt(g) - std::atan(std::sqrt(g))) + B1 * (g - B2 * std::log(1.0 + g / B2)) +
         B3 / 2.0 * std::log(1.0 + g * g / B4);
}

}  // namespace

TEST(Screening, WeakLimitIsSalpeter) {
  // Salpeter (1954); Kippenhahn, Weigert & Weiss 2012, eq. (18.56): for Gamma << 1 and non-degenerate
  // electrons H = 0.188 Z1 Z2 zeta rho^(1/2) T6^(-3/2), zeta = [sum (Z_i^2 + Z_i) X_i/A_i]^(1/2),
  // the Debye-Hueckel limit. The coefficient 0.188 is given to three digits: agreement to 0.2 % where
  // Gamma < 1e-3 (the next order in Gamma changes H by less than 0.1 % there).
  const auto comp = solar_centre();
  double zeta2 = 0;
  for (int i = 0; i < kNumSpecies; ++i) {
    const auto& n = nuclides()[i];
    zeta2 += (n.Z * n.Z + n.Z) * comp.X[i] / n.A;
  }
  const double zeta = std::sqrt(zeta2);
  struct Point {
    double rho, T, Z1, A1, Z2, A2;
  };
  const Point points[] = {{1e-6, 1.57e7, 1, 1, 1, 1},
                          {1e-6, 1.57e7, 6, 12, 1, 1},
                          {1e-5, 3e7, 7, 14, 1, 1},
                          {1e-6, 1e7, 2, 3, 2, 4},
                          {1e-4, 1e8, 4, 8, 2, 4}};
  for (const auto& q : points) {
    const auto s = screening(plasma(q.rho, q.T, comp), q.Z1, q.A1, q.Z2, q.A2);
    ASSERT_LT(s.gamma12, 1e-3) << "point must be weakly coupled";
    const double T6 = q.T / 1e6;
    const double salpeter = 0.188 * q.Z1 * q.Z2 * zeta * std::sqrt(q.rho) * std::pow(T6, -1.5);
    EXPECT_NEAR(s.H / salpeter, 1.0, 2e-3) << "rho = " << q.rho << " Z1 = " << q.Z1;
    // H ~ rho^(1/2) T^(-3/2) in this limit.
    EXPECT_NEAR(s.dH_dlnrho / s.H, 0.5, 1e-3);
    EXPECT_NEAR(s.dH_dlnT / s.H, -1.5, 1e-3);
  }
}

TEST(Screening, ElectronDegeneracyFactor) {
  // theta_e = (kT/n_e) dn_e/dmu = F_-1/2(eta)/(2 F_1/2(eta)) for non-relativistic electrons
  // (Graboske et al. 1973, ApJ 181, 457). At eta = 0 the integrals are Dirichlet eta functions:
  // F_1/2(0) = Gamma(3/2)(1 - 2^-1/2) zeta(3/2) = 0.678094, F_-1/2(0) = Gamma(1/2)(1 - 2^1/2) zeta(1/2)
  // = 1.072154 (zeta(3/2) = 2.6123753, zeta(1/2) = -1.4603545), theta_e = 0.790560. The header states
  // the interpolation's accuracy, 2.2 % for all eta.
  const double sqrt_pi = std::sqrt(c::pi);
  const double F_half = 0.5 * sqrt_pi * (1.0 - 1.0 / std::sqrt(2.0)) * 2.6123753486854883;
  const double F_mhalf = sqrt_pi * (1.0 - std::sqrt(2.0)) * -1.4603545088095868;
  const double T = 1e6;
  // n_e = (2 m_e kT)^(3/2)/(2 pi^2 hbar^3) F_1/2(eta) for non-relativistic electrons.
  const double n_e = std::pow(2.0 * c::me_g * c::kB_cgs * T, 1.5) / (2.0 * c::pi * c::pi * std::pow(c::hbar_cgs, 3)) * F_half;
  Composition h;
  h[Species::h1] = 1.0;
  const double rho = n_e / c::NA;  // Ye = 1
  EXPECT_NEAR(plasma(rho, T, h).theta_e / (F_mhalf / (2.0 * F_half)), 1.0, 0.022);
  // Limits: non-degenerate theta_e -> 1; degenerate theta_e -> 3 kT/(p_F v_F) (Thomas-Fermi).
  EXPECT_NEAR(plasma(1e-6, 1e7, h).theta_e, 1.0, 1e-4);
  const double rho_d = 1e6, T_d = 1e7;
  const double n_d = rho_d * c::NA;
  const double p_F = c::hbar_cgs * std::cbrt(3.0 * c::pi * c::pi * n_d);
  const double E = std::sqrt(p_F * p_F * c::c_cgs * c::c_cgs + c::me_c2_erg * c::me_c2_erg);
  const double v_F = p_F * c::c_cgs * c::c_cgs / E;
  EXPECT_NEAR(plasma(rho_d, T_d, h).theta_e / (3.0 * c::kB_cgs * T_d / (p_F * v_F)), 1.0, 0.01);
}

TEST(Screening, HeliumFlashConditionsMatchChugunovDeWittYakovlev) {
  // Red-giant core, pure helium, T = 1e8 K: Gamma(He) = 0.27, 0.38, 0.57 at rho = 1e5, 3e5, 1e6.
  // The ion part of alpha + alpha is the mean-field potential of Chugunov, DeWitt & Yakovlev 2007
  // (eq. 19): h = 0.1951, 0.3145, 0.5188 (f = 1.215, 1.370, 1.680). The quantum correction (eq. 21)
  // is below 1e-4 here (T/T_p = 81, 47, 26). The fit reproduces their mean-field calculations, which
  // agree with the path-integral Monte Carlo of Militzer & Pollock 2005, to a few per cent; here the
  // code must reproduce the fit to 1e-3.
  for (double rho : {1e5, 3e5, 1e6}) {
    const auto s = screening(plasma(rho, 1e8, helium()), 2, 4, 2, 4);
    const double g = gamma_helium(rho, 1e8);
    EXPECT_NEAR(s.gamma12 / g, 1.0, 1e-4) << "rho = " << rho;
    EXPECT_NEAR(s.H_ion / cdy07_h(g), 1.0, 1e-3) << "rho = " << rho;
    // Partially degenerate electrons (theta_e = 0.40, 0.22, 0.10) add H_e = 0.020 at each density.
    EXPECT_GT(s.H_e, 0.0);
  }
  // The published values themselves at rho = 1e6 (Gamma = 0.5732).
  EXPECT_NEAR(screening(plasma(1e6, 1e8, helium()), 2, 4, 2, 4).H_ion, 0.5188, 1e-3);
}

TEST(Screening, StrongCouplingIsLinearMixingOfTheMonteCarloFreeEnergy) {
  // For Gamma >= 1 the zero-separation potential of a pair of plasma ions is the free-energy difference
  // of the linear mixing rule, h = 2 f(Gamma) - f(2^(5/3) Gamma) (Jancovici 1977, J. Stat. Phys. 17,
  // 357; DeWitt, Graboske & Cooper 1973, ApJ 181, 439), with f the Monte-Carlo-based OCP free energy
  // of Potekhin & Chabrier 2000. CDY07 state agreement with Monte-Carlo-based h to ~1 %; against this
  // independent free energy it is 0.25 % or better for 1 <= Gamma <= 170. Tested in the classical
  // limit (T = 1000 T_p, quantum correction < 1e-5) for a helium plasma.
  for (double g : {1.0, 3.0, 10.0, 30.0, 100.0, 170.0}) {
    // Gamma = C_g rho^(1/3)/T and T_p = C_p rho^(1/2): choose rho so that T = 1000 T_p.
    const double n_per_rho = 1.0 / (4.0 * c::mu_g);
    const double C_g = 4.0 * c::e_esu * c::e_esu / c::kB_cgs * std::cbrt(4.0 * c::pi * n_per_rho / 3.0);
    const double m = 4.0 * c::mu_g;
    const double C_p = c::hbar_cgs / c::kB_cgs * std::sqrt(4.0 * c::pi * 4.0 * c::e_esu * c::e_esu * n_per_rho / m);
    const double t = 1000.0;
    const double rho = std::pow(C_g / (t * C_p * g), 6.0);
    const double T = t * C_p * std::sqrt(rho);
    const auto s = screening(plasma(rho, T, helium()), 2, 4, 2, 4);
    ASSERT_NEAR(s.gamma12 / g, 1.0, 1e-3);
    const double lm = 2.0 * pc00_f(g) - pc00_f(std::pow(2.0, 5.0 / 3.0) * g);
    EXPECT_NEAR(s.H_ion / lm, 1.0, 2.5e-3) << "Gamma = " << g;
  }
}

TEST(Screening, DerivativesAreExact) {
  // The analytic d H/d ln rho and d H/d ln T match centred differences from weak to strong coupling
  // and into the quantum regime (T < T_p at rho >~ 1e9 for alpha + alpha at 1e7 K).
  for (double T : {1e7, 1e8}) {
    for (const auto& pair : {ScreeningPair{2, 4, 2, 4}, ScreeningPair{4, 8, 2, 4}, ScreeningPair{6, 12, 2, 4}}) {
      for (double lg = 0.0; lg <= 10.0; lg += 0.25) {
        const double rho = std::pow(10.0, lg);
        const auto s = screening(plasma(rho, T, helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
        const double h = 1e-5;
        const auto up = screening(plasma(rho * std::exp(h), T, helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
        const auto dn = screening(plasma(rho * std::exp(-h), T, helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
        EXPECT_NEAR(s.dH_dlnrho, (up.H - dn.H) / (2 * h), 1e-6 * std::max(1.0, std::abs(s.H))) << "rho = " << rho;
        const auto hot = screening(plasma(rho, T * std::exp(h), helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
        const auto cold = screening(plasma(rho, T * std::exp(-h), helium()), pair.Z1, pair.A1, pair.Z2, pair.A2);
        EXPECT_NEAR(s.dH_dlnT, (hot.H - cold.H) / (2 * h), 1e-6 * std::max(1.0, std::abs(s.H))) << "rho = " << rho;
      }
    }
  }
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

TEST(Screening, ValueOnlyPathGivesTheSameCoefficients) {
  // network_rates without derivatives (used by the burn) evaluates the same screening, so the same rate
  // coefficients, from weak screening in a hydrogen shell to strong coupling in a helium core; the derivative
  // fields it does not compute are NaN, not stale numbers.
  const Composition shell = composition_from_XZ(0.35, 2e-4);
  for (const auto& [rho, T, comp] : {std::tuple{1e2, 4.8e7, shell}, std::tuple{1e6, 9e7, helium()},
                                     std::tuple{1e9, 1e7, helium()}}) {
    const auto Y = abundances_from(comp);
    const auto all = network_rates(rho, T, Y);
    const auto values = network_rates(rho, T, Y, RateDerivatives::none);
    for (int k = 0; k < kNumReactions; ++k) {
      EXPECT_NEAR(values.c[k], all.c[k], 1e-14 * all.c[k]) << reactions()[k].name << " rho = " << rho;
      EXPECT_TRUE(std::isnan(values.dlnc_dlnT[k]));
    }
    EXPECT_NEAR(values.be7_pg_coeff, all.be7_pg_coeff, 1e-14 * all.be7_pg_coeff);
    const auto p = screening_plasma(rho, T, Y);
    EXPECT_NEAR(screening_exponent(p, 6, 12, 1, 1), screening(p, 6, 12, 1, 1).H, 1e-14);
  }
}
