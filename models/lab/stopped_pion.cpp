#include "stopped_pion.hpp"

#include <string>

#include "constants.hpp"
#include "error.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;

namespace {
double m_mu_erg() { return c::m_mu_c2_MeV * c::MeV_erg; }
}  // namespace

double numu_line_energy_erg() {
  const double mpi = c::m_pi_c2_MeV, mmu = c::m_mu_c2_MeV;
  return (mpi * mpi - mmu * mmu) / (2.0 * mpi) * c::MeV_erg;
}

double michel_numubar_pdf(double E_erg) {
  const double x = E_erg / m_mu_erg();
  return (x < 0.0 || x > 0.5) ? 0.0 : 64.0 / m_mu_erg() * x * x * (0.75 - x);
}

double michel_nue_pdf(double E_erg) {
  const double x = E_erg / m_mu_erg();
  return (x < 0.0 || x > 0.5) ? 0.0 : 192.0 / m_mu_erg() * x * x * (0.5 - x);
}

NeutrinoFlux stopped_pion_flux(const StoppedPionSource& s) {
  if (!(s.pion_decays_per_s > 0.0 && s.distance_cm > 0.0))
    throw InputError("stopped-pion source: decay rate " + std::to_string(s.pion_decays_per_s) + " /s and distance " +
                     std::to_string(s.distance_cm) + " cm must both be > 0");
  const double phi = s.pion_decays_per_s / (4.0 * c::pi * s.distance_cm * s.distance_cm);
  FluxComponent line;
  line.name = "pi-DAR nu_mu";
  line.flavor = scattering::Flavor::numu;
  line.lines = {{numu_line_energy_erg(), phi}};
  auto michel = [&](const char* name, scattering::Flavor f, double (*pdf)(double)) {
    FluxComponent comp;
    comp.name = name;
    comp.flavor = f;
    comp.continuum_flux_cm2_s = phi;
    comp.continuum_pdf = pdf;
    comp.E_min_erg = 0.0;
    comp.E_max_erg = 0.5 * m_mu_erg();
    return comp;
  };
  return {line, michel("mu-DAR nu_mu-bar", scattering::Flavor::numubar, michel_numubar_pdf),
          michel("mu-DAR nu_e", scattering::Flavor::nue, michel_nue_pdf)};
}

}  // namespace nuflash::lab
