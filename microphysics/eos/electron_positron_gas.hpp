// Ideal electron-positron gas of arbitrary degeneracy and relativity, in pair equilibrium
// (mu(e+) = -mu(e-) including rest mass), from the generalized Fermi-Dirac integrals
// (Cox & Giuli 1968, ch. 24; Timmes & Arnett 1999, ApJS 125, 277, eqs. 6-9). With beta = kT / m_e c^2,
// eta = mu / kT (mu without rest mass) and eta(e+) = -eta - 2 / beta:
//   n(e-) = K beta^3/2 [F_1/2 + beta F_3/2],    P(e-) = (2/3) K m_e c^2 beta^5/2 [F_3/2 + beta/2 F_5/2],
//   E(e-) = K m_e c^2 beta^5/2 [F_3/2 + beta F_5/2],   K = sqrt(2) / (pi^2 lambda_C^3).
// The positron energy includes the rest energy 2 m_e c^2 of each pair. The integrals are evaluated as
// one quadrature (fermi_dirac.hpp) of all kernels, and the derivatives are taken at fixed mu (not eta):
// s = dP/dT|mu, ds/dT|mu, dn/dT|mu are then integrals over f(1-f)(x - eta) and never differences of
// nearly equal numbers, which keeps the thermal parts accurate in strongly degenerate matter.
#pragma once

#include "eos/thermo_term.hpp"

namespace nuflash {

struct ElectronPositronGas {
  double eta = 0;     // mu / kT
  double beta = 0;    // kT / m_e c^2
  Partials n;         // net number density n(e-) - n(e+) [cm^-3] (n.rho = 0)
  double n_ele = 0;   // electrons [cm^-3]
  double n_pos = 0;   // positrons [cm^-3]
  ThermoTerm term;    // P, s, e with partials in (mu, T); no rho dependence
};

// Full evaluation at (eta, T). psi = eta + 1/beta = (total chemical potential) / kT is passed as well,
// computed by the caller without rounding loss: the net density n(e-) - n(e+) ~ sinh(psi) is resolved
// through psi even when pairs outnumber the net electrons by many orders of magnitude.
ElectronPositronGas electron_positron_gas(double eta, double psi, double T_K);

// Net number density and d n / d eta only (for the root finder).
struct ElectronNumber {
  double n = 0;       // [cm^-3]
  double dn_deta = 0; // [cm^-3]
};
ElectronNumber electron_number(double eta, double psi, double T_K);

}  // namespace nuflash
