// Neutrino-electron coupling factors of Itoh et al. 1996 (ApJS 102, 411, Sect. 2): C_V = 1/2 + 2 sin^2
// theta_W and C_A = 1/2 for nu_e (charged + neutral current), C'_V = 1 - C_V and C'_A = 1 - C_A for the
// n = 2 other flavours (neutral current only).
#pragma once

#include "constants.hpp"

namespace nuflash::neutrino::couplings {

inline constexpr double cv = 0.5 + 2.0 * constants::sin2thetaW_Itoh1996;
inline constexpr double ca = 0.5;
inline constexpr double cvp = 1.0 - cv;
inline constexpr double cap = 1.0 - ca;
inline constexpr double n_other = 2.0;

// (C_V^2 + C_A^2) + n (C'_V^2 + C'_A^2) and (C_V^2 - C_A^2) + n (C'_V^2 - C'_A^2)
inline constexpr double sum_va = cv * cv + ca * ca + n_other * (cvp * cvp + cap * cap);
inline constexpr double diff_va = cv * cv - ca * ca + n_other * (cvp * cvp - cap * cap);
// C_V^2 + n C'_V^2: the vector coupling summed over flavours (plasma process)
inline constexpr double sum_v2 = cv * cv + n_other * cvp * cvp;
// C_V^2 + 3/2 C_A^2 + n (C'_V^2 + 3/2 C'_A^2) (recombination process)
inline constexpr double sum_recomb = cv * cv + 1.5 * ca * ca + n_other * (cvp * cvp + 1.5 * cap * cap);

}  // namespace nuflash::neutrino::couplings
