// Output of the equation of state. Every quantity in CGS; "per gram" quantities are specific.
//
// Caution for callers: dP_drho can be negative. Below ~5e4 K the pressure ionisation of the chemical
// picture is abrupt and dP/drho|T < 0 in narrow bands (about 0.25 dex wide) at rho ~ 0.3-1 g/cm^3 (H)
// and 3-30 g/cm^3 (He), a plasma-phase-transition-like loop (docs/eos.md). These bands lie outside the
// structure of 0.8-2 Msun stars; a caller that needs a sound speed, chi_rho = d ln P/d ln rho > 0 or a
// Newton step in rho there must guard against dP_drho <= 0 (and cP, grad_ad derived from it).
#pragma once

namespace nuflash {

struct EosResult {
  // totals
  double P = 0;          // pressure [erg cm^-3]
  double E = 0;          // specific internal energy [erg g^-1]
  double S = 0;          // specific entropy [erg g^-1 K^-1]
  double dP_drho = 0;    // dP/drho at constant T [erg g^-1]; < 0 in the bands described above
  double dP_dT = 0;      // dP/dT at constant rho [erg cm^-3 K^-1]
  double dE_drho = 0;    // dE/drho at constant T [erg cm^3 g^-2]
  double dE_dT = 0;      // dE/dT at constant rho = c_V [erg g^-1 K^-1]
  double dS_drho = 0;    // dS/drho at constant T [erg cm^3 g^-2 K^-1]
  double dS_dT = 0;      // dS/dT at constant rho [erg g^-1 K^-2]
  // response functions
  double cV = 0;         // specific heat at constant volume [erg g^-1 K^-1]
  double cP = 0;         // specific heat at constant pressure [erg g^-1 K^-1]
  double grad_ad = 0;    // adiabatic temperature gradient (d ln T / d ln P)_S
  double gamma1 = 0;     // first adiabatic exponent (d ln P / d ln rho)_S
  double chi_rho = 0;    // (d ln P / d ln rho)_T
  double chi_T = 0;      // (d ln P / d ln T)_rho
  // electrons
  double eta = 0;        // electron degeneracy parameter (mu_e - m_e c^2) / kT
  double n_e = 0;        // net electron number density n(e-) - n(e+) [cm^-3]
  double n_pos = 0;      // positron number density [cm^-3]
  // components of the pressure [erg cm^-3]
  double P_e = 0;        // electrons and positrons
  double P_ion = 0;      // ideal ions
  double P_rad = 0;      // radiation
  double P_coul = 0;     // Coulomb (one-component plasma) correction, usually negative
  double gamma_coul = 0; // ion coupling parameter Gamma = (Z e)^2 / (a_i k T), ion-averaged
  // ionisation
  double zbar_free = 0;  // free electrons per nucleus (equals zbar when fully ionised)
};

}  // namespace nuflash
