// Solar neutrino sources at Earth (1 au), MSW survival probability and the flavour-mixed effective
// magnetic moment.
// Fluxes: standard solar model B16-GS98 (Vinyoles et al. 2017, ApJ 835, 202, Table 6) [cm^-2 s^-1]:
//   pp 5.98e10, pep 1.44e8, 7Be 4.93e9, 8B 5.46e6, 13N 2.78e8, 15O 2.05e8.
// Shapes: pp, 13N, 15O allowed beta+ spectra with endpoints 0.420, 1.199, 1.732 MeV; 7Be lines at
// 0.8613 MeV (89.7 %) and 0.3843 MeV (10.3 %), pep line at 1.442 MeV (Bahcall 1989, Neutrino
// Astrophysics, Tables 6.1-6.2). 8B: allowed beta+ spectra folded over the 8Be final-state
// distribution (b8_spectrum.hpp).
// MSW (adiabatic, large mixing angle, three flavours with theta13; e.g. Maltoni & Smirnov 2016,
// EPJA 52, 87, Eq. 28):
//   P_ee = cos^4(theta13) (1/2 + 1/2 cos 2theta12^m cos 2theta12) + sin^4(theta13),
//   cos 2theta12^m = (cos 2theta12 - beta) / sqrt((cos 2theta12 - beta)^2 + sin^2 2theta12),
//   beta = 2 sqrt(2) G_F n_e cos^2(theta13) E / Delta m^2_21,
// evaluated at a production electron density n_e (default: the solar-centre value 100 N_A cm^-3,
// rho Y_e = 100 g cm^-3; production-weighted densities are lower by < 30 %, which moves P_ee(8B) by
// < 0.03 and P_ee(pp, 7Be) by < 0.01). Oscillation parameters: NuFIT 5.0, normal ordering
// (Esteban et al. 2020, JHEP 09, 178).
#pragma once

#include <string_view>

#include "constants.hpp"
#include "neutrino_flux.hpp"

namespace nuflash::lab {

struct OscillationParameters {
  double sin2_theta12 = 0.304;
  double sin2_theta13 = 0.02221;
  double sin2_theta23 = 0.570;
  double dm2_21_eV2 = 7.42e-5;
  double n_e_cm3 = 100.0 * constants::NA;  // production electron density
};

// MSW survival probability of a solar nu_e of energy E.
double solar_survival_probability(double E_erg, const OscillationParameters& osc = {});

enum class SolarSource { pp, pep, Be7, B8, N13, O15 };
SolarSource parse_solar_source(std::string_view name);  // "pp", "pep", "7Be", "8B", "13N", "15O"

// SSM flux [cm^-2 s^-1] of a source (B16-GS98).
double solar_flux_ssm(SolarSource s);

// A solar source as a nu_e flux component with its MSW survival probability; flux_scale multiplies the
// SSM flux.
FluxComponent solar_component(SolarSource s, const OscillationParameters& osc = {}, double flux_scale = 1.0);

// pp + 7Be + pep + 8B + CNO (13N, 15O), the full low-energy solar flux.
NeutrinoFlux solar_flux(const OscillationParameters& osc = {});

// Effective magnetic moment seen by solar neutrinos in nu-e scattering, from flavour-basis moments
// (Borexino 2017, PRD 96, 091103, Eq. 2):
//   mu_eff^2(E) = P_ee mu_e^2 + (1 - P_ee)(cos^2 theta23 mu_mu^2 + sin^2 theta23 mu_tau^2).
double solar_mu_eff_sq(double E_erg, double mu_e, double mu_mu, double mu_tau,
                       const OscillationParameters& osc = {});

}  // namespace nuflash::lab
