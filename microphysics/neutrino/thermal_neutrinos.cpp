#include "thermal_neutrinos.hpp"

#include <cmath>
#include <sstream>
#include <string>

#include "autodiff.hpp"
#include "bremsstrahlung_neutrinos.hpp"
#include "constants.hpp"
#include "error.hpp"
#include "itoh_fit_range.hpp"
#include "pair_neutrinos.hpp"
#include "photo_neutrinos.hpp"
#include "plasma_frequency.hpp"
#include "plasma_neutrinos.hpp"
#include "plasmon_decay.hpp"
#include "plasmon_table.hpp"
#include "recombination_neutrinos.hpp"

namespace nuflash {

namespace {

namespace c = nuflash::constants;
using neutrino::Ad2;

void validate(const State& s, const EosResult& e, const NeutrinoOptions& opt) {
  auto fail = [](const char* what, double value, const char* rule) {
    std::ostringstream os;
    os << "neutrino_losses: " << what << " = " << value << " " << rule;
    throw InputError(os.str());
  };
  if (!std::isfinite(s.rho_cgs) || s.rho_cgs <= 0.0) fail("rho", s.rho_cgs, "must be finite and > 0 [g/cm^3]");
  if (!std::isfinite(s.T_K) || s.T_K <= 0.0) fail("T", s.T_K, "must be finite and > 0 [K]");
  if (!std::isfinite(e.eta)) fail("EOS eta", e.eta, "must be finite");
  if (!std::isfinite(e.n_e) || e.n_e <= 0.0) fail("EOS n_e", e.n_e, "must be finite and > 0 [cm^-3]");
  if (!std::isfinite(opt.mu12) || opt.mu12 < 0.0) fail("mu12", opt.mu12, "must be finite and >= 0");
}

// specific rate and its (T, rho) derivatives from a volume rate Q(T, rho)
struct Specific {
  double eps, deps_dT, deps_drho;
};
Specific per_gram(const Ad2& Q, double rho) {
  return {Q.value() / rho, Q.derivatives()[0] / rho, Q.derivatives()[1] / rho - Q.value() / (rho * rho)};
}

}  // namespace

PlasmonMuModel parse_plasmon_mu_model(std::string_view text) {
  if (text == "exact") return PlasmonMuModel::exact;
  if (text == "ratio") return PlasmonMuModel::ratio;
  throw InputError("plasmon_mu_model = \"" + std::string(text) + "\": allowed values are \"exact\", \"ratio\"");
}

std::string_view to_string(PlasmonMuModel m) { return m == PlasmonMuModel::exact ? "exact" : "ratio"; }

NeutrinoResult neutrino_losses(const State& s, const EosResult& e, const NeutrinoOptions& opt) {
  validate(s, e, opt);
  const double rho = s.rho_cgs, T = s.T_K;

  // Plasma parameters from the EOS eta; d eta/dT and d eta/drho at fixed composition by implicit
  // differentiation of n_net(eta, T) = n_e(rho) with n_e proportional to rho.
  const neutrino::ElectronMoments m = neutrino::electron_moments(e.eta, T);
  const double deta_dT = -m.dn_dT / m.dn_deta;
  const double deta_drho = e.n_e / rho / m.dn_deta;

  const Ad2 T_ad = neutrino::ad_value(T, 1.0, 0.0);
  const Ad2 rho_ad = neutrino::ad_value(rho, 0.0, 1.0);
  const Ad2 eta_ad = neutrino::ad_value(e.eta, deta_dT, deta_drho);
  const Ad2 rho_ye = rho_ad * s.mom.Ye;
  const Ad2 cutoff = neutrino::itoh::low_temperature_cutoff(T_ad);

  const Ad2 q_pair = cutoff * neutrino::pair_neutrino_rate(T_ad, rho_ye);
  const Ad2 q_photo = cutoff * neutrino::photo_neutrino_rate(T_ad, rho_ye);
  const Ad2 q_plasma = cutoff * neutrino::plasma_neutrino_rate(T_ad, rho_ye);
  const Ad2 q_brems = cutoff * neutrino::bremsstrahlung_neutrino_rate(T_ad, rho_ad, neutrino::brems_composition(s.comp));
  const Ad2 q_recomb = cutoff * neutrino::recombination_neutrino_rate(T_ad, rho_ad, eta_ad, s.comp);
  const Ad2 q_sm = q_pair + q_photo + q_plasma + q_brems + q_recomb;

  NeutrinoResult r;
  r.eps_pair = q_pair.value() / rho;
  r.eps_photo = q_photo.value() / rho;
  r.eps_plasma = q_plasma.value() / rho;
  r.eps_brems = q_brems.value() / rho;
  r.eps_recomb = q_recomb.value() / rho;
  const Specific sm = per_gram(q_sm, rho);
  r.eps_nu_sm = sm.eps;
  r.deps_nu_sm_dT = sm.deps_dT;
  r.deps_nu_sm_drho = sm.deps_drho;

  r.omega_pl_erg = m.omega_p_erg;
  r.omega_pl_keV = m.omega_p_erg / c::keV_erg;
  r.v_star = m.v_star;
  // d ln omega_P and d v* along (T, rho)
  const double dlnwp_dT = m.dlnwp_dT + m.dlnwp_deta * deta_dT;
  const double dlnwp_drho = m.dlnwp_deta * deta_drho;
  if (opt.mu12 == 0.0) return r;

  if (opt.plasmon_mu_model == PlasmonMuModel::ratio) {
    // Q_mu = k mu12^2 (10 keV / omega_P)^2 Q_plasma
    const double w10 = 10.0 * c::keV_erg / m.omega_p_erg;
    const double k = neutrino::raffelt_ratio_coefficient() * opt.mu12 * opt.mu12 * w10 * w10;
    const Specific pl = per_gram(q_plasma, rho);
    r.eps_nu_mu = k * pl.eps;
    r.deps_nu_mu_dT = k * (pl.deps_dT - 2.0 * dlnwp_dT * pl.eps);
    r.deps_nu_mu_drho = k * (pl.deps_drho - 2.0 * dlnwp_drho * pl.eps);
    return r;
  }

  // exact: Q_mu = P(mu12) omega_P^7 exp(-g + ln I(g, v*)), g = omega_P / kT
  const double g = m.omega_p_erg / (c::kB_cgs * T);
  const neutrino::PlasmonTableValue tab = neutrino::plasmon_mu_table(g, m.v_star);
  const double Q = neutrino::plasmon_mu_prefactor(opt.mu12, m.omega_p_erg) * std::exp(tab.ln_I - g);
  // d ln Q = (7 - g + dlnI/dlng) d ln omega_P + (g - dlnI/dlng) d ln T + dlnI/dv dv
  const double a_w = 7.0 - g + tab.dlnI_dlng;
  const double a_T = g - tab.dlnI_dlng;
  const double dlnQ_dT = a_w * dlnwp_dT + a_T / T + tab.dlnI_dv * (m.dv_dT + m.dv_deta * deta_dT);
  const double dlnQ_drho = a_w * dlnwp_drho + tab.dlnI_dv * m.dv_deta * deta_drho;
  r.eps_nu_mu = Q / rho;
  r.deps_nu_mu_dT = r.eps_nu_mu * dlnQ_dT;
  r.deps_nu_mu_drho = r.eps_nu_mu * (dlnQ_drho - 1.0 / rho);
  return r;
}

}  // namespace nuflash
