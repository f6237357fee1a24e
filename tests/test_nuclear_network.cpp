// The network right-hand side, its Jacobian and the energy generation: conservation laws, exact
// derivatives, and the triple-alpha energy generation against its analytic approximation.
#include <gtest/gtest.h>

#include <cmath>

#include "constants.hpp"
#include "error.hpp"
#include "nuclear/energy_generation.hpp"
#include "nuclear/nuclear_data.hpp"
#include "state.hpp"

using namespace nuflash;
using namespace nuflash::nuclear;

namespace {

// States spanning hydrogen burning, a hydrogen-helium mixture with CNO out of equilibrium, and
// helium burning. Every species is present (a trace of 1e-10 where absent), so that every rate law
// is differentiable at the state.
Composition with_traces(Composition c) {
  for (double& x : c.X) x += 1e-10;
  double sum = 0;
  for (double x : c.X) sum += x;
  for (double& x : c.X) x /= sum;
  return c;
}

std::vector<State> states() {
  auto mixed = composition_from_XZ(0.34, 0.02);
  mixed[Species::he3] = 1e-4;
  mixed[Species::he4] -= 1e-4;
  Composition he_burn;
  he_burn[Species::he4] = 0.9;
  he_burn[Species::c12] = 0.05;
  he_burn[Species::o16] = 0.03;
  he_burn[Species::n14] = 0.01;
  he_burn[Species::ne20] = 0.01;
  return {make_state(150, 1.57e7, with_traces(mixed)), make_state(50, 3e7, with_traces(composition_from_XZ(0.7, 0.02))),
          make_state(1e4, 2e8, with_traces(he_burn)), make_state(1e6, 1e8, with_traces(he_burn))};
}

}  // namespace

TEST(NuclearNetwork, ConservesBaryonNumber) {
  // Every reaction conserves nucleons: sum_i A_i dY_i/dt = d(sum X_i)/dt = 0 (to round-off), and so
  // does every column of A^T J.
  for (const auto& s : states()) {
    const auto n = nuclear_burning(s);
    double sum = 0, scale = 0;
    for (int i = 0; i < kNumSpecies; ++i) {
      sum += nuclides()[i].A * n.dYdt[i];
      scale = std::max(scale, std::abs(nuclides()[i].A * n.dYdt[i]));
    }
    ASSERT_GT(scale, 0.0);
    EXPECT_LT(std::abs(sum), 1e-13 * scale) << "T = " << s.T_K;
    for (int j = 0; j < kNumSpecies; ++j) {
      double col = 0, cscale = 0;
      for (int i = 0; i < kNumSpecies; ++i) {
        col += nuclides()[i].A * n.jacobian(i, j);
        cscale = std::max(cscale, std::abs(nuclides()[i].A * n.jacobian(i, j)));
      }
      EXPECT_LE(std::abs(col), 1e-13 * cscale) << "column " << j;
    }
  }
}

TEST(NuclearNetwork, EnergyPartsAddUp) {
  for (const auto& s : states()) {
    const auto n = nuclear_burning(s);
    EXPECT_NEAR(n.eps_pp + n.eps_cno + n.eps_3a + n.eps_CaO + n.eps_alpha, n.eps_nuc, 1e-12 * std::abs(n.eps_nuc));
    EXPECT_GE(n.eps_nu, 0.0);
    // Energy conservation: eps_nuc + eps_nu equals the rate of change of the nuclear rest mass,
    // -N_A sum_i Delta_i dY_i/dt with Delta_i the AME2020 mass excesses (reaclib_rates.dat).
    double mass_rate = 0;
    for (int i = 0; i < kNumSpecies - 1; ++i) {
      mass_rate -= nuclear_data().mass_excess(nuclides()[i].name) * n.dYdt[i];
    }
    const double from_masses = mass_rate * constants::NA * constants::MeV_erg;
    EXPECT_NEAR((n.eps_nuc + n.eps_nu) / from_masses, 1.0, 1e-12);
  }
}

TEST(NuclearNetwork, JacobianMatchesFiniteDifferences) {
  // d rate_k/dY_j against centred differences of each reaction rate (monomials in Y, so the
  // differences are exact up to round-off), and d(dY_i/dt)/dY_j against differences of the
  // right-hand side, within round-off of the largest reaction term contributing to it.
  for (const auto& s : states()) {
    const auto Y = abundances_from(s.comp);
    const auto r = network_rates(s.rho_cgs, s.T_K, Y);
    const auto J = network_jacobian(r, Y);
    const auto dR = reaction_rate_jacobian(r, Y);
    for (int j = 0; j < kNumSpecies; ++j) {
      const double h = 1e-4 * std::max(Y[j], 1e-8);
      auto up = Y, dn = Y;
      up[j] += h;
      dn[j] -= h;
      const auto ru = reaction_rates(r, up);
      const auto rd = reaction_rates(r, dn);
      for (int k = 0; k < kNumReactions; ++k) {
        EXPECT_NEAR(dR(k, j), (ru[k] - rd[k]) / (2 * h), 1e-7 * std::abs(dR(k, j)) + 1e-300) << "k = " << k << " j = " << j;
      }
      const auto fu = network_dYdt(r, up);
      const auto fd = network_dYdt(r, dn);
      const auto rate = reaction_rates(r, Y);
      for (int i = 0; i < kNumSpecies; ++i) {
        // Round-off scale: the derivative terms, and the whole row (which the difference cancels).
        double terms = 0, row = 0;
        for (int k = 0; k < kNumReactions; ++k) {
          for (int c = 0; c < reactions()[k].n_change; ++c) {
            if (static_cast<int>(reactions()[k].change[c].first) == i) {
              terms += std::abs(reactions()[k].change[c].second * dR(k, j));
              row += std::abs(reactions()[k].change[c].second * rate[k]);
            }
          }
        }
        EXPECT_NEAR(J(i, j), (fu[i] - fd[i]) / (2 * h), 1e-7 * terms + 1e-14 * row / h + 1e-300)
            << "i = " << i << " j = " << j;
      }
    }
  }
}

TEST(NuclearNetwork, TemperatureAndDensityDerivatives) {
  // d eps/d ln T and d eps/d ln rho (including screening and the 7Be branching) against centred
  // differences of eps_nuc; the same for dY/dt.
  for (const auto& s : states()) {
    const auto n = nuclear_burning(s);
    const double h = 1e-6;
    const auto hot = nuclear_burning(make_state(s.rho_cgs, s.T_K * std::exp(h), s.comp));
    const auto cold = nuclear_burning(make_state(s.rho_cgs, s.T_K * std::exp(-h), s.comp));
    const auto dense = nuclear_burning(make_state(s.rho_cgs * std::exp(h), s.T_K, s.comp));
    const auto thin = nuclear_burning(make_state(s.rho_cgs * std::exp(-h), s.T_K, s.comp));
    EXPECT_NEAR(n.deps_dlnT, (hot.eps_nuc - cold.eps_nuc) / (2 * h), 1e-5 * std::abs(n.deps_dlnT)) << s.T_K;
    EXPECT_NEAR(n.deps_dlnrho, (dense.eps_nuc - thin.eps_nuc) / (2 * h), 1e-5 * std::abs(n.deps_dlnrho)) << s.T_K;
    for (int i = 0; i < kNumSpecies; ++i) {
      const double scale = 1e-5 * std::max(std::abs(n.dYdt_dlnT[i]), 1e-40);
      EXPECT_NEAR(n.dYdt_dlnT[i], (hot.dYdt[i] - cold.dYdt[i]) / (2 * h), scale) << "species " << i;
      EXPECT_NEAR(n.dYdt_dlnrho[i], (dense.dYdt[i] - thin.dYdt[i]) / (2 * h),
                  1e-5 * std::max(std::abs(n.dYdt_dlnrho[i]), 1e-40))
          << "species " << i;
    }
  }
}

TEST(NuclearNetwork, StructureDetailGivesTheSameRatesWithoutTheCompositionJacobian) {
  // NetworkDetail::structure computes the same energies, T and rho derivatives and dY/dt as the full
  // evaluation, and marks what it leaves out (composition Jacobian, d eps/dY) as NaN.
  for (const auto& s : states()) {
    const auto full = nuclear_burning(s);
    const auto lean = nuclear_burning(s, NetworkDetail::structure);
    EXPECT_EQ(lean.eps_nuc, full.eps_nuc) << s.T_K;
    EXPECT_EQ(lean.deps_dlnT, full.deps_dlnT) << s.T_K;
    EXPECT_EQ(lean.deps_dlnrho, full.deps_dlnrho) << s.T_K;
    EXPECT_EQ(lean.eps_pp + lean.eps_cno, full.eps_pp + full.eps_cno) << s.T_K;
    EXPECT_EQ(lean.dYdt, full.dYdt) << s.T_K;
    EXPECT_TRUE(std::isnan(lean.deps_dY[0]));
    EXPECT_TRUE(std::isnan(lean.jacobian(0, 0)));
  }
}

TEST(NuclearNetwork, EnergyCompositionDerivatives) {
  // d eps/d Y_j at fixed rate coefficients (the composition dependence of screening is not
  // differentiated), including the Y_p dependence of the 7Be branching, against centred differences.
  for (const auto& s : states()) {
    const auto n = nuclear_burning(s);
    const auto Y = abundances_from(s.comp);
    const auto r = network_rates(s.rho_cgs, s.T_K, Y);
    for (int j = 0; j < kNumSpecies; ++j) {
      const double h = 1e-4 * std::max(Y[j], 1e-8);
      auto up = Y, dn = Y;
      up[j] += h;
      dn[j] -= h;
      const double fdiff = (energy_release(r, up).eps_nuc - energy_release(r, dn).eps_nuc) / (2 * h);
      EXPECT_NEAR(n.deps_dY[j], fdiff, 1e-6 * std::abs(n.deps_dY[j]) + 1e-14 * std::abs(n.eps_nuc) / h)
          << "species " << j;
    }
  }
}

TEST(NuclearNetwork, TripleAlphaAgainstAnalyticApproximation) {
  // Kippenhahn, Weigert & Weiss 2012, Sect. 18.5.2: eps_3a = 5.09e11 rho^2 Y^3 T8^-3
  // exp(-44.027/T8) f_3a erg/g/s, the Hoyle-resonance approximation (Q = 7.275 MeV, E_R = 379.4 keV).
  // At rho = 1e5, T = 1e8, Y = 1 it gives 385.5 erg/g/s unscreened. The network uses Fynbo et al.
  // (2005) and gives 372.9 erg/g/s, 3.3 % less: their normalisation (the radiative width of the Hoyle
  // state) differs from the older value in the KWW prefactor: accept 3.5 %.
  Composition he;
  he[Species::he4] = 1.0;
  const auto n = nuclear_burning(make_state(1e5, 1e8, he));
  const double kww = 5.09e11 * 1e10 * std::exp(-44.027);
  const double unscreened = n.eps_3a / n.screening[13];
  EXPECT_NEAR(unscreened / kww, 1.0, 0.035);
  EXPECT_DOUBLE_EQ(n.eps_3a, n.eps_nuc);  // pure helium: nothing else burns
  EXPECT_GT(n.screening[13], 1.0);
}

TEST(NuclearNetwork, RejectsTemperaturesBeyondTheFits) {
  const auto s = make_state(1e5, 2e10, composition_from_XZ(0.7, 0.02));
  EXPECT_THROW(nuclear_burning(s), InputError);
}

TEST(NuclearNetwork, NothingBurnsWithoutFuel) {
  Composition metals;
  metals[Species::metals] = 1.0;
  const auto n = nuclear_burning(make_state(1e5, 1e8, metals));
  EXPECT_EQ(n.eps_nuc, 0.0);
  for (double d : n.dYdt) EXPECT_EQ(d, 0.0);
}
