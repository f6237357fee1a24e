// Electron screening of thermonuclear reaction rates: the rate is enhanced by exp(H).
//
// Weak screening (Salpeter 1954, Aust. J. Phys. 7, 373):
//   H_w = Z1 Z2 zeta Lambda0,  Lambda0 = (e^2/kT)^(3/2) sqrt(4 pi N_A rho) = 1.88e8 rho^(1/2) T^(-3/2),
//   zeta^2 = sum_i (Z_i^2 + theta_e Z_i) Y_i, i.e. H_w = 0.188 Z1 Z2 zeta rho^(1/2) T6^(-3/2).
//   The electron term uses theta_e = 1 (non-degenerate electrons); this is exact where weak
//   screening applies and the degenerate regime is handled by the strong-screening formula.
// Intermediate screening (Graboske, DeWitt, Grossman & Cooper 1973, ApJ 181, 457, Table 4):
//   H_i = 0.38 [(Z1+Z2)^1.86 - Z1^1.86 - Z2^1.86] <Z^1.58>/(zeta^0.58 <Z>^0.28) Lambda0^0.86
//   with <Z^1.58> = sum Z_i^1.58 Y_i and <Z> = sum Z_i Y_i = Ye.
// Strong screening (Alastuey & Jancovici 1978, ApJ 226, 1034, with the one-component-plasma fit of
// Itoh, Totsuji, Ichimaru & DeWitt 1979, ApJ 234, 1079, as written by Wallace, Woosley & Weaver
// 1982, ApJ 258, 696, eq. A9), including the Alastuey-Jancovici quantum (tunnelling) corrections.
//
// Regimes are selected by Lambda12 = H_w as in Graboske et al. (1973): weak below 0.1,
// intermediate between 0.1 and 2, strong above 5. Instead of their hard switches the pieces are
// joined smoothly (continuous value and first derivative): a cubic smoothstep in ln Lambda12 blends
// weak into intermediate over 0.1 < Lambda12 < 0.5 and intermediate into strong over 2 < Lambda12 < 5.
#pragma once

#include <array>

#include "composition.hpp"

namespace nuflash::nuclear {

// Plasma quantities at (rho, T, composition) shared by all reacting pairs.
struct ScreeningPlasma {
  double rho_cgs = 0;
  double T_K = 0;
  double zeta = 0;     // sqrt(sum (Z^2 + Z) Y)
  double ye = 0;       // sum Z Y
  double z158 = 0;     // sum Z^1.58 Y
  double lambda0 = 0;  // (e^2/kT)^(3/2) sqrt(4 pi N_A rho)
  double gamma_e = 0;  // electron coupling e^2/(a_e kT), a_e = (3/(4 pi n_e))^(1/3)
};

// Y = molar abundances X/A of the tracked species (negative values are treated as zero).
ScreeningPlasma screening_plasma(double rho_cgs, double T_K, const std::array<double, kNumSpecies>& Y);

// Screening exponent H for the pair (Z1, A1) + (Z2, A2) and its logarithmic derivatives at fixed
// composition. `lambda12` is the weak-screening parameter that selects the regime.
struct Screening {
  double H = 0;
  double dH_dlnT = 0;
  double dH_dlnrho = 0;
  double lambda12 = 0;
};
Screening screening(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2);

// The three regimes on their own (for diagnostics and tests).
double screening_weak(const ScreeningPlasma& p, double Z1, double Z2);
double screening_intermediate(const ScreeningPlasma& p, double Z1, double Z2);
double screening_strong(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2);

}  // namespace nuflash::nuclear
