// Reactor electron-antineutrino source.
// Spectra per fission, S_i(E) = exp(sum_{k=1..6} a_k E^{k-1}) [MeV^-1 fission^-1], E in MeV:
//   235U, 239Pu, 241Pu: Huber 2011, PRC 84, 024617, Table III (conversion of ILL beta spectra);
//   238U: Mueller et al. 2011, PRC 83, 054615, Table VI (ab initio).
// These fits are valid for 2 <= E <= 8 MeV. Documented extension below 2 MeV (where about 2/3 of all
// antineutrinos are, and where the magnetic signal of a reactor experiment comes from): the
// three-parameter fits of Vogel & Engel 1989 (PRD 39, 3378, Table I),
//   S_i^VE(E) = exp(a0 + a1 E + a2 E^2), which cover the whole spectrum,
// scaled by the constant that makes S_i continuous at 2 MeV. Above 8 MeV the Huber/Mueller fits are
// continued up to 10 MeV and the spectrum is cut there (the flux above 8 MeV is < 0.1 % of the total).
// Below 1.3 MeV the fission-fragment spectra are joined by the beta decays that follow neutron
// capture on 238U, 238U(n,g)239U -> 239Np -> 239Pu (Kopeikin, Mikaelyan & Sinev 2004, Phys. At. Nucl.
// 67, 1892: about 0.6 captures per fission), modelled as allowed spectra with the ground-state
// Q values 1.262 MeV (239U) and 0.722 MeV (239Np); they add ~1.2 antineutrinos per fission, all below
// the inverse-beta threshold but fully visible to a keV-threshold magnetic-moment search.
// Thermal power P and fission fractions f_i give the fission rate P / sum_i f_i e_i with the
// energies released per fission e_i of Ma et al. 2013 (PRC 88, 014605, Table II).
#pragma once

#include <array>

#include "neutrino_flux.hpp"

namespace nuflash::lab {

enum class FissionIsotope { U235, U238, Pu239, Pu241 };
inline constexpr std::array<FissionIsotope, 4> kFissionIsotopes{FissionIsotope::U235, FissionIsotope::U238,
                                                                FissionIsotope::Pu239, FissionIsotope::Pu241};

struct FissionFractions {
  // Daya Bay average effective fission fractions (An et al. 2017, PRL 118, 251801):
  double U235 = 0.561;
  double U238 = 0.076;
  double Pu239 = 0.307;
  double Pu241 = 0.056;
  double of(FissionIsotope i) const;
};

struct Reactor {
  double thermal_power_erg_s = 0.0;
  double distance_cm = 0.0;
  FissionFractions fractions{};
  double U238_captures_per_fission = 0.6;
};

inline constexpr double kReactorSpectrumEmax_MeV = 10.0;

// Energy released per fission [erg] (Ma et al. 2013).
double energy_per_fission_erg(FissionIsotope i);

// Antineutrinos per fission per erg of neutrino energy for one isotope (with the low-E extension).
double spectrum_per_fission(FissionIsotope i, double E_erg);

// Antineutrinos per fission per erg from the 239U and 239Np decays after one neutron capture.
double capture_spectrum_per_capture(double E_erg);

// Fission rate [s^-1]; InputError for non-positive power or fractions not summing to 1 (+-1e-3).
double fission_rate(const Reactor& r);

// dPhi/dE at the detector [cm^-2 s^-1 erg^-1] (isotropic point source, no oscillation: at L ~ 10 m
// the survival probability is 1 to better than 1e-4).
double reactor_flux(const Reactor& r, double E_erg);

// The reactor as a flux component (nuebar continuum on (0, 10 MeV]).
FluxComponent reactor_component(const Reactor& r);

}  // namespace nuflash::lab
