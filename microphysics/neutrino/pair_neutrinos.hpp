// Pair-annihilation neutrinos e- e+ -> nu nubar, fitting formula of Itoh et al. 1996 (ApJS 102, 411,
// Sect. 2), three flavours with the C_V, C_A factors of neutrino_couplings.hpp. Its two coefficient sets
// (below and above 10^10 K) are joined by a C1 blend over +-0.05 dex.
#pragma once

#include "autodiff.hpp"

namespace nuflash::neutrino {

// Q_pair [erg cm^-3 s^-1] at temperature T_K and rho_ye = rho / mu_e = rho Ye [g cm^-3]; >= 0.
Ad2 pair_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye);

}  // namespace nuflash::neutrino
