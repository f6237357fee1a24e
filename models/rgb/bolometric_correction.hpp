// I-band bolometric correction at the tip of the red-giant branch, for M_I^TRGB = M_bol - BC_I.
//
// BC_I = 0.5789 + 1.517 (log T_eff - 3.62): our least-squares line through the Worthey & Lee (2011, ApJS
// 193, 1) bolometric corrections of 422 metal-poor low-mass MESA r12778 models at the helium flash, as
// evaluated (with log g and [Fe/H]) in the grid of N. Franz et al. (github.com/noahfranz13/NMDinStars at
// e5b2624, WorthyLeeBC/postProcess_output_sm.txt: rows with flag 0, M <= 1.03 Msun, Z <= 1.8e-3,
// [Fe/H] = -3.3 ... -0.9, M_bol = 4.74 - 2.5 log L). Residuals: rms 0.008 mag, largest 0.020 mag, against
// the 0.056 mag that Worthey & Lee give as the uncertainty of their I-band correction.
#pragma once

#include <optional>

namespace nuflash::rgb {

inline constexpr double kBcIMinLogTeff = 3.576;  // the fit's range of log T_eff
inline constexpr double kBcIMaxLogTeff = 3.648;
inline constexpr double kBcIMinZ = 1.0e-5;       // the fit's range of the metal mass fraction
inline constexpr double kBcIMaxZ = 1.8e-3;
inline constexpr double kBcIMaxMass_Msun = 1.05;  // the fit's largest initial mass (1.03 Msun)

// BC_I [mag] of a red giant of initial mass M at the helium flash; nothing outside the fit's range of
// log T_eff, Z and M.
std::optional<double> bc_I_trgb(double log_Teff, double Z, double mass_Msun);

}  // namespace nuflash::rgb
