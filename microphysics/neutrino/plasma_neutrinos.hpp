// Plasma neutrinos gamma_pl -> nu nubar, fitting formula of Itoh et al. 1996 (ApJS 102, 411, Sect. 4):
// Q = (C_V^2 + n C'_V^2) 3.00e21 lambda^9 gamma^6 exp(-gamma) (f_T + f_L) f_xy, with
// gamma = hbar omega_0 / kT from Itoh's approximate relativistic plasma frequency.
#pragma once

#include "autodiff.hpp"

namespace nuflash::neutrino {

// Q_plasma [erg cm^-3 s^-1] at T_K and rho_ye = rho Ye [g cm^-3]; >= 0.
Ad2 plasma_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye);

}  // namespace nuflash::neutrino
