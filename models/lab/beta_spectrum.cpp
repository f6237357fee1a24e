#include "beta_spectrum.hpp"

#include <cmath>
#include <string>

#include "constants.hpp"
#include "error.hpp"
#include "scattering/gauss_legendre.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;

namespace {

double fermi_function(int Z, bool positron, double W, double p) {
  if (Z == 0 || p <= 0.0) return 1.0;
  const double eta = (positron ? -1.0 : 1.0) * c::alpha_fs * Z * W / p;
  const double x = 2.0 * c::pi * eta;
  return std::abs(x) < 1e-12 ? 1.0 : x / (1.0 - std::exp(-x));
}

// Unnormalised phase space as a function of the lepton kinetic energy T (electron) with the neutrino
// taking Q - T.
double phase_space(const BetaSpectrum& b, double T_erg) {
  if (T_erg <= 0.0 || T_erg >= b.Q_erg) return 0.0;
  const double me = c::me_c2_erg;
  const double W = T_erg + me;
  const double p = std::sqrt(T_erg * (T_erg + 2.0 * me));
  const double Enu = b.Q_erg - T_erg;
  return p * W * Enu * Enu * fermi_function(b.Z_daughter, b.positron, W, p);
}

}  // namespace

BetaSpectrum make_beta_spectrum(double Q_erg, int Z_daughter, bool positron) {
  if (!(Q_erg > 0.0))
    throw InputError("beta spectrum: Q = " + std::to_string(Q_erg / c::MeV_erg) + " MeV, must be > 0");
  if (Z_daughter < 0)
    throw InputError("beta spectrum: daughter charge Z = " + std::to_string(Z_daughter) + ", must be >= 0");
  BetaSpectrum b{Q_erg, Z_daughter, positron, 1.0};
  const double integral = quadrature::integrate([&](double T) { return phase_space(b, T); }, 0.0, Q_erg, 64);
  b.norm = 1.0 / integral;
  return b;
}

double beta_neutrino_pdf(const BetaSpectrum& b, double E_nu_erg) {
  return b.norm * phase_space(b, b.Q_erg - E_nu_erg);
}

double beta_electron_pdf(const BetaSpectrum& b, double T_erg) { return b.norm * phase_space(b, T_erg); }

}  // namespace nuflash::lab
