// Photoneutrinos gamma e -> e nu nubar, fitting formula of Itoh et al. 1996 (ApJS 102, 411, Sect. 3)
// with its three sets of Fourier coefficients (10^7-10^8 K, 10^8-10^9 K, 10^9-10^11 K), joined by C1 blends
// over +-0.05 dex in log10 T at 10^8 K and 10^9 K (the sets differ there by up to 8%).
#pragma once

#include "autodiff.hpp"

namespace nuflash::neutrino {

// Q_photo [erg cm^-3 s^-1] at T_K (clamped to [10^7, 10^11] K) and rho_ye = rho Ye [g cm^-3]; >= 0.
Ad2 photo_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye);

}  // namespace nuflash::neutrino
