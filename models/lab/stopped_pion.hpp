// Stopped-pion (decay-at-rest) neutrino source: pi+ -> mu+ nu_mu gives a nu_mu line at
// E = (m_pi^2 - m_mu^2) / (2 m_pi) = 29.79 MeV; mu+ -> e+ nu_e nu_mu-bar gives the Michel spectra
// (e.g. Armbruster et al. 1998, PRC 57, 3414, Eqs. 1-2; x = E / m_mu <= 1/2):
//   nu_mu-bar: dN/dE = (64 / m_mu) x^2 (3/4 - x),   nu_e: dN/dE = (192 / m_mu) x^2 (1/2 - x),
// each normalised to one neutrino per decay. The source strength is the number of pi+ decays at
// rest per second (one neutrino of each flavour per decay), isotropic, at distance L.
#pragma once

#include "neutrino_flux.hpp"

namespace nuflash::lab {

struct StoppedPionSource {
  double pion_decays_per_s = 0.0;
  double distance_cm = 0.0;
};

// 29.79 MeV in erg
double numu_line_energy_erg();
// Michel spectra, normalised [erg^-1], on [0, m_mu/2]
double michel_numubar_pdf(double E_erg);
double michel_nue_pdf(double E_erg);

// Three components: prompt nu_mu line, delayed nu_mu-bar and nu_e continua.
NeutrinoFlux stopped_pion_flux(const StoppedPionSource& s);

}  // namespace nuflash::lab
