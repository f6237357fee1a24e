// The neutrino_losses entry point: Standard-Model sum, the mu_nu plasmon term in both models, input checks.
#include <gtest/gtest.h>

#include <cmath>

#include "composition.hpp"
#include "constants.hpp"
#include "error.hpp"
#include "neutrino/plasma_frequency.hpp"
#include "neutrino/plasmon_decay.hpp"
#include "neutrino/thermal_neutrinos.hpp"

namespace nu = nuflash::neutrino;
namespace c = nuflash::constants;
using nuflash::EosResult;
using nuflash::NeutrinoOptions;
using nuflash::PlasmonMuModel;
using nuflash::State;

namespace {

nuflash::Composition helium() {
  nuflash::Composition x;
  x[nuflash::Species::he4] = 1.0;
  return x;
}

// A state labelled by its degeneracy parameter: n_e from the Fermi-Dirac integrals at (eta, T), rho from
// n_e = rho Ye / m_u. Used where only a consistent (rho, T, eta, n_e) is needed, not an EOS solve.
std::pair<State, EosResult> state_at_eta(double eta, double T) {
  const auto comp = helium();
  const double ne = nu::electron_moments(eta, T).n_net_cgs;
  const State s = nuflash::make_state(ne * c::mu_g / 0.5, T, comp);
  EosResult e;
  e.eta = eta;
  e.n_e = ne;
  return {s, e};
}

}  // namespace

TEST(ThermalNeutrinos, StandardModelSumAndNoMagneticMomentByDefault) {
  const auto [s, e] = state_at_eta(15.0, 1e8);  // rho ~ 1e6, a helium-flash core
  const auto r = nuflash::neutrino_losses(s, e, {});
  EXPECT_NEAR(r.eps_nu_sm, r.eps_pair + r.eps_photo + r.eps_plasma + r.eps_brems + r.eps_recomb, 1e-12 * r.eps_nu_sm);
  EXPECT_GT(r.eps_plasma, r.eps_photo);  // plasma process dominates the red-giant core (Haft et al. 1994, Fig. 1)
  EXPECT_EQ(r.eps_nu_mu, 0.0);
  EXPECT_EQ(r.deps_nu_mu_dT, 0.0);
  EXPECT_NEAR(r.omega_pl_keV * c::keV_erg, r.omega_pl_erg, 1e-12 * r.omega_pl_erg);
}

TEST(ThermalNeutrinos, MagneticMomentTermScalesAsMu12Squared) {
  // Q_mu is proportional to mu_nu^2 (Haft, Raffelt & Weiss 1994), in both models, with its derivatives
  const auto [s, e] = state_at_eta(15.0, 1e8);
  for (auto model : {PlasmonMuModel::exact, PlasmonMuModel::ratio}) {
    const auto r1 = nuflash::neutrino_losses(s, e, {1.0, model});
    const auto r3 = nuflash::neutrino_losses(s, e, {3.0, model});
    EXPECT_GT(r1.eps_nu_mu, 0.0);
    EXPECT_NEAR(r3.eps_nu_mu / r1.eps_nu_mu, 9.0, 1e-12);
    EXPECT_NEAR(r3.deps_nu_mu_dT / r1.deps_nu_mu_dT, 9.0, 1e-12);
    EXPECT_NEAR(r3.deps_nu_mu_drho / r1.deps_nu_mu_drho, 9.0, 1e-12);
    EXPECT_EQ(r3.eps_nu_sm, r1.eps_nu_sm);
  }
}

TEST(ThermalNeutrinos, ExactModelIsTheDirectPlasmonIntegral) {
  // Numerics: the tabulated exact model against the direct Braaten-Segel integral
  for (double eta : {3.0, 15.0, 60.0})
    for (double T : {3e7, 1e8, 3e8}) {
      const auto [s, e] = state_at_eta(eta, T);
      const auto r = nuflash::neutrino_losses(s, e, {2.0, PlasmonMuModel::exact});
      const double direct = nu::plasmon_mu_rate(2.0, r.omega_pl_erg, r.v_star, T) / s.rho_cgs;
      EXPECT_NEAR(r.eps_nu_mu / direct, 1.0, 3e-4) << "eta " << eta << " T " << T;
    }
}

TEST(ThermalNeutrinos, RatioModelFollowsRaffeltsFormula) {
  // Raffelt 1996 ch. 6: Q_mu = 0.318 mu12^2 (10 keV / omega_pl)^2 Q_plasma (coefficient from the constants)
  const auto [s, e] = state_at_eta(15.0, 1e8);
  const auto r = nuflash::neutrino_losses(s, e, {1.5, PlasmonMuModel::ratio});
  EXPECT_NEAR(r.eps_nu_mu / (0.318 * 1.5 * 1.5 * std::pow(10.0 / r.omega_pl_keV, 2) * r.eps_plasma), 1.0, 2e-3);
}

TEST(ThermalNeutrinos, SwitchedOffBelowTheFitsRange) {
  // Itoh et al. 1996 fits start at 10^7 K; below 10^6.8 K every SM term is zero, not extrapolated.
  const auto [s, e] = state_at_eta(5.0, 5e6);
  const auto r = nuflash::neutrino_losses(s, e, {});
  EXPECT_EQ(r.eps_nu_sm, 0.0);
  EXPECT_EQ(r.deps_nu_sm_dT, 0.0);
}

TEST(ThermalNeutrinos, RejectsBadInput) {
  auto [s, e] = state_at_eta(15.0, 1e8);
  EXPECT_THROW(nuflash::neutrino_losses(s, e, {-1.0, PlasmonMuModel::exact}), nuflash::InputError);
  EXPECT_THROW(nuflash::neutrino_losses(s, e, {std::nan(""), PlasmonMuModel::exact}), nuflash::InputError);
  EosResult bad = e;
  bad.eta = std::nan("");
  EXPECT_THROW(nuflash::neutrino_losses(s, bad, {}), nuflash::InputError);
  bad = e;
  bad.n_e = 0.0;
  EXPECT_THROW(nuflash::neutrino_losses(s, bad, {}), nuflash::InputError);
  EXPECT_EQ(nuflash::parse_plasmon_mu_model("ratio"), PlasmonMuModel::ratio);
  EXPECT_EQ(nuflash::to_string(PlasmonMuModel::exact), "exact");
  EXPECT_THROW(nuflash::parse_plasmon_mu_model("approx"), nuflash::InputError);
}
