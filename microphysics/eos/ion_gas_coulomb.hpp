// Nuclei: ideal Boltzmann gas of every species, and the Coulomb (one-component-plasma) correction.
#pragma once

#include "composition.hpp"
#include "eos/thermo_term.hpp"

namespace nuflash {

// Translational ideal gas of all nuclei, F = sum_j n_j kT [ln(n_j lambda_j^3) - 1] with
// lambda_j = h / sqrt(2 pi A_j m_u kT) (nuclear spin degeneracy omitted: a constant in S).
ThermoTerm ideal_ions(const Composition& comp, double rho, double T_K);

// Coulomb free energy per ion of the classical one-component plasma, f(Gamma) = F_ii / (N_i kT), in the
// liquid-phase fit of Potekhin & Chabrier (2000, PRE 62, 8554; coefficients A1 = -0.907,
// A2 = 0.62954, A3 = -sqrt(3)/2 - A1/sqrt(A2), B1 = 0.00456, B2 = 211.6, B3 = -1e-4, B4 = 0.00462),
// which tends to the Debye-Hueckel limit -Gamma^3/2 / sqrt(3) for Gamma -> 0. Returns f, u = Gamma f'
// (the reduced internal energy) and v = Gamma u'.
struct OcpFreeEnergy {
  double f, u, v;
};
OcpFreeEnergy ocp_liquid(double Gamma);

// Coulomb correction of the nuclei in the linear mixing rule (Chabrier & Potekhin 1998, PRE 58, 4941):
// F_C = w(T) kT sum_j n_j f(Gamma_j), Gamma_j = Z_j^5/3 e^2 (4 pi n_e / 3)^1/3 / kT with n_e = rho Ye / m_u
// (full ionisation). w(T) switches the correction off smoothly (quintic in log T) between 2e4 K and
// 1e4 K, where hydrogen recombines and the fully ionised Gamma would be wrong. The liquid fit is used at
// every Gamma (no crystallisation, no ion quantum effects, no electron screening or exchange).
struct CoulombCorrection {
  ThermoTerm term;     // no mu dependence
  double gamma = 0;    // Gamma_e <Z^5/3>, number-averaged over the nuclei
};
CoulombCorrection coulomb_correction(const Composition& comp, double rho, double T_K);

}  // namespace nuflash
