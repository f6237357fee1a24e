// Temperature range shared by the Itoh et al. 1996 (ApJS 102, 411) fits: their tables and fitting
// formulae cover 10^7 K <= T <= 10^11 K. Above, the fits are evaluated at the upper bound (clamped);
// below, every SM term is switched off with a C1 step between 10^6.8 K and 10^7 K.
#pragma once

#include "autodiff.hpp"

namespace nuflash::neutrino::itoh {

inline constexpr double kLogTmin = 7.0;
inline constexpr double kLogTmax = 11.0;
inline constexpr double kLogTcutoff = 6.8;

// Factor multiplying each SM rate: 0 below 10^6.8 K, 1 above 10^7 K.
inline Ad2 low_temperature_cutoff(const Ad2& T_K) { return smooth_step(log10(T_K), kLogTcutoff, kLogTmin); }

// T clamped to the fits' range [10^7, 10^11] K.
inline Ad2 clamp_temperature(const Ad2& T_K) { return clamp(T_K, 1e7, 1e11); }

// lambda = kT / m_e c^2 with Itoh's 5.9302e9 K for m_e c^2 / k.
inline Ad2 lambda_of(const Ad2& T_K) { return T_K / 5.9302e9; }

}  // namespace nuflash::neutrino::itoh
