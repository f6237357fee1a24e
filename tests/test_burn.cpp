// Nuclear burning of a zone with CVODE: conservation laws, the approach to CNO and 3He
// equilibrium, and the pp-chain energy generation at the centre of the Sun.
#include <gtest/gtest.h>

#include <cmath>

#include "burn.hpp"
#include "constants.hpp"
#include "error.hpp"
#include "nuclear/energy_generation.hpp"
#include "nuclear/nuclear_data.hpp"
#include "state.hpp"

using namespace nuflash;
using nuclear::Chain;

namespace {

constexpr double kYear = constants::year_s;

double number_ratio(const Composition& c, Species a, Species b) {
  return c[a] / nuclide(a).A / (c[b] / nuclide(b).A);
}

// Nuclear rest-mass energy released per gram between two compositions [erg/g] (AME2020 masses).
double mass_energy_released(const Composition& before, const Composition& after) {
  double e = 0;
  for (int i = 0; i < kNumSpecies - 1; ++i) {
    const auto& n = nuclides()[i];
    e += nuclear::nuclear_data().mass_excess(n.name) * (before.X[i] - after.X[i]) / n.A;
  }
  return e * constants::NA * constants::MeV_erg;
}

}  // namespace

TEST(Burn, ConservesBaryonNumber) {
  // Nucleons are conserved by every reaction, and BDF steps conserve linear invariants: sum X
  // stays 1 to 1e-12 through long burns of hydrogen (CNO cycling many times) and of helium to
  // exhaustion (baryon_defect is sum X - 1 before the final clipping and renormalisation, so it is
  // the check; the returned composition sums to 1 by construction). Mass fractions that end slightly
  // negative are at the level of the absolute tolerance (1e-12 by default).
  const auto h = burn(composition_from_XZ(0.7, 0.02), 100, 2.5e7, 1e9 * kYear);
  Composition he;
  he[Species::he4] = 0.98;
  he[Species::n14] = 0.02;
  const auto a = burn(he, 1e4, 2e8, 1e5 * kYear);
  EXPECT_LT(a.comp[Species::he4], 1e-6);
  EXPECT_GT(a.comp[Species::c12] + a.comp[Species::o16], 0.95);
  for (const auto& b : {h, a}) {
    EXPECT_LT(std::abs(b.baryon_defect), 1e-12);
    EXPECT_LT(b.max_clipped, 1e-9);
  }
}

TEST(Burn, EnergyReleaseEqualsMassDefect) {
  // Energy conservation: the time-integrated eps_nuc + eps_nu equals the nuclear rest-mass energy
  // released, -N_A sum_i Delta_i dY_i, for a step that changes the composition appreciably.
  const auto start = composition_from_XZ(0.7, 0.02);
  const double dt = 1e9 * kYear;
  const auto b = burn(start, 100, 2.5e7, dt);
  const double released = mass_energy_released(start, b.comp);
  EXPECT_GT(start[Species::h1] - b.comp[Species::h1], 0.01);
  EXPECT_NEAR((b.eps_nuc + b.eps_nu) * dt / released, 1.0, 1e-4);
  double parts = 0;
  for (double e : b.eps_chain) parts += e;
  EXPECT_NEAR(parts, b.eps_nuc, 1e-12 * b.eps_nuc);
}

TEST(Burn, CnoEquilibrium) {
  // Hydrogen burning at T = 2e7 K brings the CN cycle to equilibrium within ~1e7 yr. Then
  // 12C/13C (by number) is the ratio of the 13C and 12C proton-capture rates: Skowronski et al.
  // 2023 (PRL 131, 162701, LUNA) give 3.6 +- 0.4 for 20-140 MK; and 14N, the slowest step, holds
  // most of the CN nuclei (Kippenhahn, Weigert & Weiss 2012, Sect. 18.5.1).
  const auto b = burn(composition_from_XZ(0.7, 0.02), 100, 2e7, 1e8 * kYear);
  const double c12_c13 = number_ratio(b.comp, Species::c12, Species::c13);
  EXPECT_GT(c12_c13, 3.6 - 0.4);
  EXPECT_LT(c12_c13, 3.6 + 0.4);
  const double cn = b.comp[Species::c12] / 12 + b.comp[Species::c13] / 13 + b.comp[Species::n14] / 14 +
                    b.comp[Species::n15] / 15;
  EXPECT_GT(b.comp[Species::n14] / 14 / cn, 0.95);
  // The equilibrium ratio does not depend on how long one waits once reached.
  const auto later = burn(b.comp, 100, 2e7, 1e8 * kYear);
  EXPECT_NEAR(number_ratio(later.comp, Species::c12, Species::c13), c12_c13, 1e-3 * c12_c13);
}

TEST(Burn, StellarTolerancesKeepTheCnoEquilibrium) {
  // The stellar solver burns at rtol 1e-4 with an absolute tolerance of 1e-5 Z on C and heavier
  // (models/rgb/stellar_physics.cpp). In a metal-poor red giant's hydrogen shell (Z = 2e-4, T = 4.7e7 K,
  // rho = 170 g/cm^3; a step of 1e4 yr burns a third of the hydrogen) the CN cycle must still reach
  // 12C/13C = 3.6 +- 0.4 (Skowronski et al. 2023, as above), and the energy and the hydrogen burnt must
  // agree with an absolute tolerance of 1e-12 on every species to within the global error of a burn at
  // rtol 1e-4 (a few times rtol: 1.8e-4 measured here; bound 5 rtol).
  const auto start = composition_from_XZ(0.7, 2e-4);
  const double dt = 1e4 * kYear;
  BurnOptions tight;
  tight.rtol = 1e-4;
  BurnOptions stellar = tight;
  stellar.atol_metals = 1e-5 * 2e-4;
  const auto a = burn(start, 170, 4.7e7, dt, stellar);
  const auto b = burn(start, 170, 4.7e7, dt, tight);
  const double ratio = number_ratio(a.comp, Species::c12, Species::c13);
  EXPECT_GT(ratio, 3.6 - 0.4);
  EXPECT_LT(ratio, 3.6 + 0.4);
  EXPECT_NEAR(ratio / number_ratio(b.comp, Species::c12, Species::c13), 1.0, 1e-3);
  EXPECT_NEAR(a.eps_nuc / b.eps_nuc, 1.0, 5e-4);
  const double burnt = start[Species::h1] - b.comp[Species::h1];
  EXPECT_GT(burnt, 0.1);
  EXPECT_NEAR(a.comp[Species::h1], b.comp[Species::h1], 5e-4 * burnt);
  EXPECT_LT(a.steps, b.steps);
}

TEST(Burn, PpChainAtTheSolarCentre) {
  // Centre of the standard solar model: rho = 150 g/cm^3, T = 1.57e7 K, X = 0.34. After 1e6 yr
  // 3He has reached equilibrium (its lifetime there is ~1e5 yr) while X has changed by < 0.3 %. The pp
  // chains then release about 17 erg/g/s: this is the figure quoted in nuflash issue 5 (no published
  // standard-solar-model table of the central eps was found to cite); accept 15 % (eps_pp = 15.7).
  // Only eps_pp is compared: the zone starts from fresh solar 12C, which is not yet CN-processed
  // after 1e6 yr, so here eps_CNO = 39.6 erg/g/s exceeds eps_pp (in the Sun, whose core has burnt its
  // 12C to 14N long ago, CNO supplies only a per cent or so of the energy).
  const auto b = burn(composition_from_XZ(0.34, 0.02), 150, 1.57e7, 1e6 * kYear);
  EXPECT_NEAR(b.comp[Species::h1], 0.34, 1e-3);
  const auto n = nuclear::nuclear_burning(make_state(150, 1.57e7, b.comp));
  EXPECT_NEAR(n.eps_pp / 17.0, 1.0, 0.15);
  // 3He in equilibrium: its net production vanishes compared with its gross production.
  EXPECT_LT(std::abs(n.dYdt[static_cast<int>(Species::he3)]), 1e-3 * n.rate[0]);
}

TEST(Burn, TimeAveragedEnergyOfAShortStep) {
  // Over a step much shorter than every burning time the average is the instantaneous value.
  Composition he;
  he[Species::he4] = 1.0;
  const auto n = nuclear::nuclear_burning(make_state(1e5, 1e8, he));
  const auto b = burn(he, 1e5, 1e8, 10 * kYear);
  EXPECT_NEAR(b.eps_nuc / n.eps_nuc, 1.0, 1e-4);
  EXPECT_NEAR(b.eps_chain[static_cast<int>(Chain::triple_alpha)] / n.eps_3a, 1.0, 1e-4);
}

TEST(Burn, LinearTemperatureHistory) {
  // With T rising linearly, one step equals two half steps joined at the midpoint temperature.
  const auto start = composition_from_XZ(0.7, 0.02);
  const double dt = 1e7 * kYear;
  BurnOptions whole;
  whole.T_end_K = 3e7;
  whole.rtol = 1e-8;
  whole.atol = 1e-14;
  const auto one = burn(start, 100, 2e7, dt, whole);
  BurnOptions first = whole, second = whole;
  first.T_end_K = 2.5e7;
  const auto half = burn(start, 100, 2e7, dt / 2, first);
  const auto two = burn(half.comp, 100, 2.5e7, dt / 2, second);
  // Agreement to the integration tolerances (rtol 1e-8, atol 1e-14, accumulated over the steps).
  for (int i = 0; i < kNumSpecies; ++i) EXPECT_NEAR(one.comp.X[i], two.comp.X[i], 1e-5 * one.comp.X[i] + 1e-12) << i;
  EXPECT_NEAR((half.eps_nuc + two.eps_nuc) / 2 / one.eps_nuc, 1.0, 1e-5);
}

TEST(Burn, RejectsBadInput) {
  const auto c = composition_from_XZ(0.7, 0.02);
  EXPECT_THROW(burn(c, 100, 2e7, 0.0), InputError);
  EXPECT_THROW(burn(c, -1, 2e7, 1.0), InputError);
  EXPECT_THROW(burn(c, 100, 2e10, 1.0), InputError);
  BurnOptions o;
  o.T_end_K = 3e10;
  EXPECT_THROW(burn(c, 100, 2e7, 1.0, o), InputError);
}
