// The equation of state: electron-positron gas of arbitrary degeneracy and relativity, nuclei as an
// ideal gas with H/He Saha ionisation and one-component-plasma Coulomb corrections, and radiation.
//
// Every component is a free energy written in (mu, T, rho), mu the electron chemical potential; the
// equilibrium mu(rho, T) follows from charge neutrality n(e-) - n(e+) = free electrons of the nuclei,
// solved by safeguarded Newton. P, E, S are the first derivatives of the total Helmholtz free energy
// and their rho, T derivatives follow analytically by the chain rule through mu(rho, T), so the
// Maxwell relations hold to the accuracy of the integrals (thermo_term.hpp, electron_positron_gas.hpp,
// saha_ionisation.hpp, ion_gas_coulomb.hpp). Radiation: P = a T^4 / 3, E = a T^4 / rho.
#pragma once

#include "eos/eos_result.hpp"
#include "state.hpp"

namespace nuflash {

// How the electron-positron part is evaluated.
enum class ElectronMethod {
  table,   // biquintic Hermite interpolation of a free-energy table built at first use (fast)
  direct,  // Fermi-Dirac quadrature at every call (the reference)
};

struct EosOptions {
  bool coulomb = true;      // one-component-plasma Coulomb corrections
  bool ionisation = true;   // H and He Saha ionisation (false: everything fully ionised)
  bool radiation = true;    // photon gas
  ElectronMethod electrons = ElectronMethod::table;  // falls back to direct outside the table
};

// Range covered by the EOS; outside it eos() throws InputError.
inline constexpr double kEosRhoMin = 1e-12, kEosRhoMax = 1e10;  // [g cm^-3]
inline constexpr double kEosTMin = 1e3, kEosTMax = 1e10;        // [K]

// Throws InputError for rho or T outside the range or not finite, or for a composition without
// electrons, ComputeError if the charge neutrality solve fails. dP/drho|T is negative in narrow
// low-temperature pressure-ionisation bands (see eos_result.hpp).
EosResult eos(const State& s, const EosOptions& opt = {});

}  // namespace nuflash
