// Electron-nucleus bremsstrahlung neutrinos e (Z,A) -> e (Z,A) nu nubar, fitting formulae of Itoh et al.
// 1996 (ApJS 102, 411, Sect. 5): the weakly degenerate regime (T >= 0.3 T_F) and the liquid-metal phase
// (T < 0.3 T_F), joined by a C1 blend across 0.2-0.45 T_F (the fits differ by a factor 2-4 at 0.3 T_F).
// Mixtures enter through <Z^2>/<A> (prefactor) and the ion coupling parameter Gamma with <Z^2> and <A>.
// The liquid-metal coefficients are Itoh's set for 12C (used for every composition); the crystal phase
// (Gamma > 180) is not implemented and is evaluated with the liquid-metal fit at Gamma = 180.
#pragma once

#include "autodiff.hpp"

namespace nuflash::neutrino {

struct BremsComposition {
  double ye = 0;     // electrons per baryon
  double z2bar = 0;  // number-weighted <Z^2> of the ions
  double abar = 0;   // mean mass number of the ions
};

// Q_brems [erg cm^-3 s^-1] at T_K, rho [g cm^-3]; >= 0.
Ad2 bremsstrahlung_neutrino_rate(const Ad2& T_K, const Ad2& rho, const BremsComposition& comp);

// The two regimes separately (used by the blend and by tests).
Ad2 bremsstrahlung_weakly_degenerate(const Ad2& T_K, const Ad2& rho, const BremsComposition& comp);
Ad2 bremsstrahlung_liquid_metal(const Ad2& T_K, const Ad2& rho, const BremsComposition& comp);

// Fermi temperature used for the regime switch, 5.9302e9 K [sqrt(1 + 1.018 (rho_6 Ye)^(2/3)) - 1].
Ad2 fermi_temperature(const Ad2& rho, double ye);

}  // namespace nuflash::neutrino
