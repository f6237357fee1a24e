// Electron-nucleus bremsstrahlung neutrinos: the composition dependence of the liquid-metal fits of
// Itoh et al. 1996 (ApJS 102, 411, Sect. 5) for 4He, 12C and 16O and their mixture rule.
#include <gtest/gtest.h>

#include <cmath>

#include "composition.hpp"
#include "neutrino/autodiff.hpp"
#include "neutrino/bremsstrahlung_neutrinos.hpp"

namespace nu = nuflash::neutrino;
using nuflash::Composition;
using nuflash::Species;
using nu::ad_value;

namespace {

Composition pure(Species s) {
  Composition c;
  c[s] = 1.0;
  return c;
}

}  // namespace

TEST(Bremsstrahlung, LiquidWeightsJoinGammaOneAndGamma160) {
  // Itoh et al. 1996, Sect. 5: each element's liquid-metal F and G are fitted at Gamma = 1 and
  // Gamma = 160 and joined by v(Gamma) = sum alpha_k Gamma^(-k/3), w(Gamma) = sum beta_k Gamma^(-k/3) with
  // v = w = 1 at Gamma = 1 and 0 at Gamma = 160. The published five-digit alpha_k, beta_k meet this to
  // 1.4e-3 for all three elements: a transcription check of the weights.
  for (auto e : {nu::BremsElement::he4, nu::BremsElement::c12, nu::BremsElement::o16}) {
    const auto one = nu::liquid_metal_weights(e, 1.0);
    const auto strong = nu::liquid_metal_weights(e, 160.0);
    EXPECT_NEAR(one.v, 1.0, 2e-4);
    EXPECT_NEAR(one.w, 1.0, 2e-4);
    EXPECT_NEAR(strong.v, 0.0, 1.4e-3);
    EXPECT_NEAR(strong.w, 0.0, 1.4e-3);
  }
}

TEST(Bremsstrahlung, PureCompositionsUseTheirOwnCoefficients) {
  // A pure 4He, 12C or 16O liquid gives the paper's fit for that element (Itoh et al. 1996, Sect. 5) with
  // Gamma = 0.2275 Z^2 (rho_6/A)^(1/3)/T_8. Red-giant core, rho = 1e6, T = 1e8 (T = 0.06 T_F, pure
  // liquid-metal regime): the helium coefficients give 0.80 times the rate of the carbon ones applied to
  // helium (what the code did before).
  const auto rho = ad_value(1e6, 0, 1), T = ad_value(1e8, 1, 0);
  const struct {
    Species s;
    nu::BremsElement e;
    double Z, A;
  } cases[] = {{Species::he4, nu::BremsElement::he4, 2, 4},
               {Species::c12, nu::BremsElement::c12, 6, 12},
               {Species::o16, nu::BremsElement::o16, 8, 16}};
  for (const auto& k : cases) {
    const double q = nu::bremsstrahlung_neutrino_rate(T, rho, nu::brems_composition(pure(k.s))).value();
    EXPECT_NEAR(q / nu::bremsstrahlung_liquid_metal_element(T, rho, k.e, k.Z, k.A).value(), 1.0, 1e-12);
  }
  const double he = nu::bremsstrahlung_liquid_metal_element(T, rho, nu::BremsElement::he4, 2, 4).value();
  const double he_with_c = nu::bremsstrahlung_liquid_metal_element(T, rho, nu::BremsElement::c12, 2, 4).value();
  EXPECT_NEAR(he / he_with_c, 0.80, 0.01);
}

TEST(Bremsstrahlung, MixtureIsTheMassFractionWeightedSum) {
  // Mixture rule: Q = sum_i X_i Z_i^2/A_i (...) with each species' own F_i, G_i at its own Gamma_i. For
  // Z/A = 1/2 species Gamma_i equals the pure-species value at the same rho, so the mixture rate is the
  // mass-fraction-weighted sum of the pure rates, in the liquid-metal regime.
  Composition mix;
  mix[Species::he4] = 0.5;
  mix[Species::c12] = 0.3;
  mix[Species::o16] = 0.2;
  for (double rho_v : {1e5, 1e6, 1e8}) {
    const auto rho = ad_value(rho_v, 0, 1), T = ad_value(3e7, 1, 0);
    ASSERT_LT(3e7 / nu::fermi_temperature(rho, 0.5).value(), 0.2);
    double sum = 0;
    for (auto s : {Species::he4, Species::c12, Species::o16})
      sum += mix[s] * nu::bremsstrahlung_neutrino_rate(T, rho, nu::brems_composition(pure(s))).value();
    EXPECT_NEAR(nu::bremsstrahlung_neutrino_rate(T, rho, nu::brems_composition(mix)).value() / sum, 1.0, 1e-12)
        << "rho = " << rho_v;
  }
}

TEST(Bremsstrahlung, NitrogenLiesBetweenCarbonAndOxygen) {
  // 14N has no coefficients of its own here: F and G are interpolated linearly in Z between 12C and 16O,
  // so per unit Z^2/A its rate lies between theirs.
  const auto rho = ad_value(1e6, 0, 1), T = ad_value(5e7, 1, 0);
  auto per_z2a = [&](Species s, double z2a) {
    return nu::bremsstrahlung_neutrino_rate(T, rho, nu::brems_composition(pure(s))).value() / z2a;
  };
  const double c = per_z2a(Species::c12, 3.0), n = per_z2a(Species::n14, 3.5), o = per_z2a(Species::o16, 4.0);
  EXPECT_GT(n, std::min(c, o));
  EXPECT_LT(n, std::max(c, o));
}
