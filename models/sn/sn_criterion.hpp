// The SN 1987A energy-loss criterion for a Dirac neutrino magnetic moment: the nu_R emissivity of
// a supernova core must stay below eps_max = 1e19 erg g^-1 s^-1 (Raffelt 1996, Stars as Laboratories,
// Sect. 13.8) at the standard core conditions rho = 3e14 g/cm^3, T = 30 MeV. Because eps_R is
// exactly quadratic in mu12, the bound is mu12_bound = sqrt(eps_max / eps_R(mu12 = 1)).
#pragma once

#include <vector>

namespace nuflash::sn {

struct CoreConditions {
  double rho_cgs = 3e14;
  double T_MeV = 30;
  double Ye = 0.3;
  double Ynu = 0.06;  // trapped nu_e per baryon (Y_L ~ 0.36)
};

struct SnCriterionSettings {
  CoreConditions core;
  double eps_max = 1e19;  // erg g^-1 s^-1
  // band of core conditions shown for the spread: rho and T on logarithmic grids
  double rho_lo = 1e14, rho_hi = 1e15;
  double T_lo_MeV = 20, T_hi_MeV = 60;
  int n_rho = 3, n_T = 3;
};

struct CriterionPoint {
  CoreConditions core;
  double eps_R = 0, eps_e = 0, eps_p = 0;  // at mu12 = 1 [erg g^-1 s^-1]
  double mu12_bound = 0;
  double mu12_bound_electrons_only = 0;    // the bound from the electron part alone
};

struct SnCriterionResult {
  double eps_max = 0;
  CriterionPoint standard;
  std::vector<CriterionPoint> band;
  double band_min = 0, band_max = 0;  // range of mu12_bound over the band
};

// Throws InputError for settings out of range.
SnCriterionResult sn_criterion(const SnCriterionSettings& s);

}  // namespace nuflash::sn
