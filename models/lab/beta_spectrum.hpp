// Allowed beta-decay spectra (neutrino and electron energy), used for the continuous solar neutrino
// sources (pp, 13N, 15O, 8B) and for radioactive backgrounds in the reanalyses.
//   dN/dE_nu ∝ E_nu^2 p W F(Z, W),   W = W0 - E_nu,   W0 = Q + m_e   (Bahcall 1989, Neutrino
//   Astrophysics, Eq. 6.1; Konopinski 1966)
// with the non-relativistic Fermi function F = 2 pi eta / (1 - exp(-2 pi eta)),
// eta = +- alpha Z W / p (+ for beta-, - for beta+), Z the daughter charge. Shape factors of forbidden
// transitions are not included.
#pragma once

namespace nuflash::lab {

struct BetaSpectrum {
  double Q_erg = 0.0;      // kinetic endpoint of the beta particle
  int Z_daughter = 0;
  bool positron = false;
  double norm = 1.0;       // 1 / integral of the unnormalised spectrum (same for nu and e: T + E_nu = Q)
};

// Builds the spectrum and its normalisations (InputError for Q <= 0 or Z < 0).
BetaSpectrum make_beta_spectrum(double Q_erg, int Z_daughter, bool positron);

// Normalised neutrino energy distribution [erg^-1] on [0, Q].
double beta_neutrino_pdf(const BetaSpectrum& b, double E_nu_erg);

// Normalised beta-particle kinetic-energy distribution [erg^-1] on [0, Q].
double beta_electron_pdf(const BetaSpectrum& b, double T_erg);

}  // namespace nuflash::lab
