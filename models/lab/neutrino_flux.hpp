// A neutrino flux at the detector as a sum of components (continua and lines), each with the flavour
// it was produced in and, for oscillating sources, its survival probability; what does not survive is
// counted as nu_mu/nu_tau, whose nu-e cross sections are equal. CGS units: energies in erg, fluxes in
// cm^-2 s^-1 (lines) and cm^-2 s^-1 erg^-1 (continua).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "scattering/nu_e_scattering.hpp"

namespace nuflash::lab {

struct NeutrinoLine {
  double E_erg;
  double flux_cm2_s;
};

struct FluxComponent {
  std::string name;
  scattering::Flavor flavor = scattering::Flavor::nue;
  std::vector<NeutrinoLine> lines;
  // Continuum: dPhi/dE = continuum_flux_cm2_s * continuum_pdf(E) on [E_min_erg, E_max_erg], with
  // continuum_pdf normalised to 1 there (per erg).
  double continuum_flux_cm2_s = 0.0;
  std::function<double(double)> continuum_pdf;
  double E_min_erg = 0.0;
  double E_max_erg = 0.0;
  // Probability that the neutrino arrives in its production flavour (empty: 1).
  std::function<double(double)> survival;

  double survival_at(double E_erg) const { return survival ? survival(E_erg) : 1.0; }
};

using NeutrinoFlux = std::vector<FluxComponent>;

// The flavour that an oscillated nu_e (nuebar) is counted as: nu_mu (nu_mu bar).
scattering::Flavor oscillated_partner(scattering::Flavor f);

// Total flux of a component [cm^-2 s^-1].
double total_flux(const FluxComponent& c);

}  // namespace nuflash::lab
