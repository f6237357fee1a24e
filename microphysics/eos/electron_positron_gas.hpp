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

#include <functional>
#include <optional>

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

// Derivatives d^(i+j) P / dmu^i dT^j of the pair-gas pressure P(mu, T) for i + j <= 4, j <= 2 (d[0][0] = P,
// d[1][0] = n, d[0][1] = s, ...), each one quadrature of the differentiated Fermi factors: the electron
// table needs them up to fourth order to give the free energy F(n, T) and its mixed derivatives.
struct PressureDerivatives {
  double d[5][5] = {};
};
PressureDerivatives pressure_derivatives(double eta, double psi, double T_K);

// Positron number density [cm^-3] (0 when eta + 2/beta > 100, i.e. below 4e-44 of the electrons).
double positron_density(double eta, double T_K);

// The electron chemical potential as eta = mu / kT and psi = eta + 1/beta (with the rest mass).
struct ChemicalPotential {
  double eta, psi;
};

// Electrons the nuclei make free at a given eta (and electron density, for the Coulomb term), and the
// total derivative d n / d eta along the electron gas (<= 0).
struct FreeElectronTarget {
  double n, dn_deta;
};

// Solves n(e-) - n(e+) = target(eta, electrons).n by safeguarded Newton on ln n - ln n_target, from the
// degenerate / non-degenerate / pair estimate for n_guess electrons. Above ~1.2e8 K (1/beta < 50),
// where pairs can outnumber the net electrons, it iterates on psi, whose small values carry the net
// charge; below, on eta, which keeps full precision when 1/beta is large. Nothing if it fails.
// eta_start, when given, replaces the estimate as the first iterate.
std::optional<ChemicalPotential> solve_chemical_potential(
    double T_K, double n_guess, const std::function<FreeElectronTarget(double eta, const ElectronNumber&)>& target,
    std::optional<double> eta_start = std::nullopt);

}  // namespace nuflash
