// The neutrino_losses entry point: Standard-Model sum, the mu_nu plasmon term in both models, input checks.
#include <gtest/gtest.h>

#include <cmath>

#include "composition.hpp"
#include "constants.hpp"
#include "eos/eos.hpp"
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

namespace {

struct Evaluated {
  State s;
  EosResult e;
  nuflash::NeutrinoResult r;
};

Evaluated at(double rho, double T, const NeutrinoOptions& opt = {}) {
  Evaluated x{nuflash::make_state(rho, T, helium()), {}, {}};
  x.e = nuflash::eos(x.s);
  x.r = nuflash::neutrino_losses(x.s, x.e, opt);
  return x;
}

}  // namespace

TEST(ThermalNeutrinos, EosElectronDensityMatchesTheFermiDiracIntegralsAtItsEta) {
  // eta is taken from the EOS, never re-solved; the implicit derivatives assume n_e(eta, T) of the same gas
  for (double rho : {1e2, 1e4, 1e6, 1e8})
    for (double T : {2e7, 1e8, 1e9}) {
      const auto s = nuflash::make_state(rho, T, helium());
      const auto e = nuflash::eos(s);
      EXPECT_NEAR(nu::electron_moments(e.eta, T).n_net_cgs / e.n_e, 1.0, 1e-6) << rho << " " << T;
    }
}

TEST(ThermalNeutrinos, PlasmonIntegralAgreesWithItohPlasmaFitInRedGiantCores) {
  // The SM plasmon rate from the same Braaten-Segel integral that gives the mu_nu term, against the Itoh et
  // al. 1996 plasma fit over the red-giant-core region log rho 4-6.5, log T 7.3-8.3 (helium), where the
  // plasma process dominates (>= half of the SM losses). Itoh's fit is accurate to a few per cent there;
  // Haft, Raffelt & Weiss (1994) quote 4% for their own analytic fit to the same rates. Points with
  // g = omega_P/kT > 10 are left out: there the rate ~ exp(-g) magnifies the 0.4% by which Itoh's gamma
  // (1.1095e11 rho/mu_e / T^2) differs from hbar omega_pl/kT with CODATA constants (1.1182e11) into 4-9%.
  double worst_core = 0, worst_all = 0;
  int n = 0;
  for (double lr = 4.0; lr <= 6.501; lr += 0.25)
    for (double lt = 7.3; lt <= 8.301; lt += 0.1) {
      const double T = std::pow(10, lt);
      const auto x = at(std::pow(10, lr), T);
      if (x.r.eps_plasma < 0.5 * x.r.eps_nu_sm) continue;
      if (x.r.omega_pl_erg / (c::kB_cgs * T) > 10) continue;
      const double q = nu::plasmon_sm_rate(x.r.omega_pl_erg, x.r.v_star, T) / x.s.rho_cgs;
      const double dev = std::fabs(q / x.r.eps_plasma - 1);
      worst_all = std::max(worst_all, dev);
      if (lt <= 8.1) worst_core = std::max(worst_core, dev);
      ++n;
    }
  EXPECT_GT(n, 50);
  EXPECT_LT(worst_core, 0.05);  // T <= 1.3e8 K, the cores up to the helium flash
  EXPECT_LT(worst_all, 0.06);   // whole box: 5.4% at log rho >= 6.25, log T >= 8.2 (docs/neutrino.md)
}

TEST(ThermalNeutrinos, DerivativesMatchFiniteDifferencesThroughTheEos) {
  // Numerics: d/dT and d/drho of eps_nu_sm and eps_nu_mu (both models) against centred differences in which
  // the EOS is re-solved for eta at the displaced (rho, T).
  const double points[][2] = {{2e4, 3e7}, {3e5, 8e7}, {1e6, 1.2e8}, {3e7, 6e8}, {1e3, 2e9}};
  for (auto model : {PlasmonMuModel::exact, PlasmonMuModel::ratio})
    for (const auto& p : points) {
      const double rho = p[0], T = p[1];
      const NeutrinoOptions opt{2.0, model};
      const auto r = at(rho, T, opt).r;
      const double hT = 1e-5 * T, hr = 1e-5 * rho;
      const auto Tp = at(rho, T + hT, opt).r, Tm = at(rho, T - hT, opt).r;
      const auto rp = at(rho + hr, T, opt).r, rm = at(rho - hr, T, opt).r;
      auto check = [&](double analytic, double plus, double minus, double h, double scale, const char* what) {
        EXPECT_NEAR(analytic * h / scale, (plus - minus) / 2 / scale, 2e-6 * (1 + std::fabs(analytic * h / scale)))
            << what << " rho " << rho << " T " << T << " model " << nuflash::to_string(model);
      };
      check(r.deps_nu_sm_dT, Tp.eps_nu_sm, Tm.eps_nu_sm, hT, r.eps_nu_sm * 1e-5, "d eps_sm/dT");
      check(r.deps_nu_sm_drho, rp.eps_nu_sm, rm.eps_nu_sm, hr, r.eps_nu_sm * 1e-5, "d eps_sm/drho");
      check(r.deps_nu_mu_dT, Tp.eps_nu_mu, Tm.eps_nu_mu, hT, r.eps_nu_mu * 1e-5, "d eps_mu/dT");
      check(r.deps_nu_mu_drho, rp.eps_nu_mu, rm.eps_nu_mu, hr, r.eps_nu_mu * 1e-5, "d eps_mu/drho");
    }
}
