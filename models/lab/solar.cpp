#include "solar.hpp"

#include <cmath>
#include <functional>
#include <string>

#include "b8_spectrum.hpp"
#include "beta_spectrum.hpp"
#include "constants.hpp"
#include "error.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;

namespace {

FluxComponent continuum_component(std::string name, double E_max_erg, std::function<double(double)> pdf,
                                  double flux) {
  FluxComponent comp;
  comp.name = std::move(name);
  comp.flavor = scattering::Flavor::nue;
  comp.E_min_erg = 0.0;
  comp.E_max_erg = E_max_erg;
  comp.continuum_flux_cm2_s = flux;
  comp.continuum_pdf = std::move(pdf);
  return comp;
}

// Allowed beta+ continuum with the daughter charge (pp -> d: Z = 1; 13N -> 13C: 6; 15O -> 15N: 7).
FluxComponent beta_component(std::string name, double Q_MeV, int Z, double flux) {
  const BetaSpectrum b = make_beta_spectrum(Q_MeV * c::MeV_erg, Z, true);
  return continuum_component(std::move(name), Q_MeV * c::MeV_erg,
                             [b](double E) { return beta_neutrino_pdf(b, E); }, flux);
}

}  // namespace

double solar_survival_probability(double E_erg, const OscillationParameters& osc) {
  if (!(osc.sin2_theta12 > 0 && osc.sin2_theta12 < 1 && osc.sin2_theta13 >= 0 && osc.sin2_theta13 < 1 &&
        osc.dm2_21_eV2 > 0 && osc.n_e_cm3 >= 0))
    throw InputError("solar oscillation parameters out of range (need 0 < sin2_theta12 < 1, 0 <= sin2_theta13 < 1, "
                     "dm2_21 > 0, n_e >= 0)");
  const double c13sq = 1.0 - osc.sin2_theta13;
  const double cos2t12 = 1.0 - 2.0 * osc.sin2_theta12;
  const double sin2_2t12 = 4.0 * osc.sin2_theta12 * (1.0 - osc.sin2_theta12);
  // sqrt(2) G_F n_e [erg], G_F in erg cm^3
  const double V_cc_erg = std::sqrt(2.0) * c::GF_erg_cm3 * osc.n_e_cm3;
  const double dm2_erg2 = osc.dm2_21_eV2 * c::eV_erg * c::eV_erg;
  const double beta = 2.0 * V_cc_erg * c13sq * E_erg / dm2_erg2;
  const double cos2m = (cos2t12 - beta) / std::sqrt((cos2t12 - beta) * (cos2t12 - beta) + sin2_2t12);
  return c13sq * c13sq * (0.5 + 0.5 * cos2m * cos2t12) + osc.sin2_theta13 * osc.sin2_theta13;
}

SolarSource parse_solar_source(std::string_view name) {
  if (name == "pp") return SolarSource::pp;
  if (name == "pep") return SolarSource::pep;
  if (name == "7Be") return SolarSource::Be7;
  if (name == "8B") return SolarSource::B8;
  if (name == "13N") return SolarSource::N13;
  if (name == "15O") return SolarSource::O15;
  throw InputError("solar source '" + std::string(name) + "' unknown; allowed: pp, pep, 7Be, 8B, 13N, 15O");
}

double solar_flux_ssm(SolarSource s) {
  switch (s) {
    case SolarSource::pp: return 5.98e10;
    case SolarSource::pep: return 1.44e8;
    case SolarSource::Be7: return 4.93e9;
    case SolarSource::B8: return 5.46e6;
    case SolarSource::N13: return 2.78e8;
    case SolarSource::O15: return 2.05e8;
  }
  return 0.0;
}

FluxComponent solar_component(SolarSource s, const OscillationParameters& osc, double flux_scale) {
  if (!(flux_scale >= 0.0)) throw InputError("solar flux scale " + std::to_string(flux_scale) + " must be >= 0");
  const double flux = flux_scale * solar_flux_ssm(s);
  FluxComponent comp;
  switch (s) {
    case SolarSource::pp: comp = beta_component("pp", 0.420, 1, flux); break;
    case SolarSource::N13: comp = beta_component("13N", 1.199, 6, flux); break;
    case SolarSource::O15: comp = beta_component("15O", 1.732, 7, flux); break;
    case SolarSource::B8: comp = continuum_component("8B", b8_neutrino_endpoint_erg(), b8_neutrino_pdf, flux); break;
    case SolarSource::Be7:
      comp.name = "7Be";
      comp.lines = {{0.8613 * c::MeV_erg, 0.897 * flux}, {0.3843 * c::MeV_erg, 0.103 * flux}};
      break;
    case SolarSource::pep:
      comp.name = "pep";
      comp.lines = {{1.442 * c::MeV_erg, flux}};
      break;
  }
  comp.flavor = scattering::Flavor::nue;
  comp.survival = [osc](double E) { return solar_survival_probability(E, osc); };
  return comp;
}

NeutrinoFlux solar_flux(const OscillationParameters& osc) {
  NeutrinoFlux flux;
  for (auto s : {SolarSource::pp, SolarSource::Be7, SolarSource::pep, SolarSource::B8, SolarSource::N13,
                 SolarSource::O15})
    flux.push_back(solar_component(s, osc));
  return flux;
}

double solar_mu_eff_sq(double E_erg, double mu_e, double mu_mu, double mu_tau, const OscillationParameters& osc) {
  const double p = solar_survival_probability(E_erg, osc);
  const double s23 = osc.sin2_theta23;
  return p * mu_e * mu_e + (1.0 - p) * ((1.0 - s23) * mu_mu * mu_mu + s23 * mu_tau * mu_tau);
}

}  // namespace nuflash::lab
