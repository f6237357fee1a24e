// Ionisation of hydrogen and helium by the Saha equation, written as the internal (bound-state) free
// energy of each element in equilibrium with the electron gas of chemical potential mu, so that it
// enters the EOS consistently.
//
// Approximations (documented choices):
//  * ground states only: statistical weights u(H) = 2, u(H+) = 1, u(He) = 1, u(He+) = 2, u(He++) = 1;
//    excited states and molecules (H2, H-) are ignored;
//  * the electrons are the full Fermi-Dirac gas, so the Saha ratios use exp(-(chi + mu)/kT) rather than
//    the non-degenerate n_e lambda^3 / 2 (Cox & Giuli 1968, ch. 15);
//  * pressure ionisation: a bound state s of orbital volume V_s = 4 pi <r>^3 / 3 (<r> = 1.5 a0 / Z_eff
//    of the 1s orbital: Z_eff = 1 for H, 27/16 for He, 2 for He+) has its binding energy B_s reduced by
//    Delta_s = B_s (3 n_nuc V_s)^(3/2), n_nuc the number density of all nuclei. States are squeezed out
//    when neighbours come within a few orbital radii (Delta = B near rho ~ 0.3 g/cm^3 for H, ~8 for
//    He+); the power 3/2 > 2/3 lets Delta_s outgrow the electron Fermi energy (~ n^2/3), which otherwise
//    re-binds electrons in degenerate matter, while it stays below 1% of B_s at rho < 1e-2. This is in
//    the spirit of the occupation-probability formalism (Hummer & Mihalas 1988, ApJ 331, 794) but as a
//    simple level shift; it makes H and He fully ionised in degenerate matter, where plain Saha would
//    recombine them. Known artefact: below ~5e4 K the ionisation is abrupt in density and dP/drho|T
//    turns negative in narrow bands (|d log rho| ~ 0.25) at rho ~ 0.3-1 (H) and ~3-30 g/cm^3 (He), a
//    plasma-phase-transition-like loop of this chemical picture; stars of 0.8-2 Msun never get there.
//    The shift is part of the free energy, so it also adds a (small) pressure n_s rho dDelta_s/drho.
//  * full ionisation at high temperature: a second shift B_s (T / 3e5 K)^4 removes the bound states
//    smoothly above ~3e5 K (1% of B_s at 1e5 K). Without it the Saha ratios, which use the electron
//    chemical potential, would recombine part of the hydrogen in the pair plasma near 1e9 K where
//    mu -> -m_e c^2. Its T dependence adds -<dDelta/dT> to the entropy per nucleus.
//  * with Coulomb corrections the caller passes mu + phi, phi = dF_C/dn_e < 0 (ion_gas_coulomb.hpp):
//    the Coulomb lowering of the ionisation potentials;
//  * heavier elements are taken as fully ionised at all temperatures (this overestimates n_e below
//    ~1e4 K by their charge, a fraction ~Z/2 of the electrons).
// Energies are measured from bare nuclei and free electrons at rest, so a fully ionised gas has zero
// ionisation energy and recombined matter a negative one.
#pragma once

#include "eos/thermo_term.hpp"

namespace nuflash {

// Bound-state contribution of one element: per unit volume, with partials in (mu, T, rho).
struct BoundStates {
  Partials n_free;  // free electrons released by this element [cm^-3]
  ThermoTerm term;  // P (pressure-ionisation term), s (internal entropy), e (bound-state energy)
  double zbar_free = 0;  // mean free electrons per nucleus
};

// n_H, n_He: number densities of H and He nuclei (proportional to rho); n_nuc: all nuclei.
BoundStates hydrogen_states(double n_H, double n_nuc, double rho, double mu_erg, double T_K);
BoundStates helium_states(double n_He, double n_nuc, double rho, double mu_erg, double T_K);

}  // namespace nuflash
