#include "neutrino_flux.hpp"

namespace nuflash::lab {

scattering::Flavor oscillated_partner(scattering::Flavor f) {
  return scattering::is_antineutrino(f) ? scattering::Flavor::numubar : scattering::Flavor::numu;
}

double total_flux(const FluxComponent& c) {
  double sum = c.continuum_flux_cm2_s;
  for (const auto& l : c.lines) sum += l.flux_cm2_s;
  return sum;
}

}  // namespace nuflash::lab
