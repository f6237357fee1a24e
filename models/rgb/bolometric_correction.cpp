#include "bolometric_correction.hpp"

namespace nuflash::rgb {

std::optional<double> bc_I_trgb(double log_Teff, double Z, double mass_Msun) {
  if (!(log_Teff >= kBcIMinLogTeff && log_Teff <= kBcIMaxLogTeff && Z >= kBcIMinZ && Z <= kBcIMaxZ &&
        mass_Msun <= kBcIMaxMass_Msun))
    return std::nullopt;
  return 0.5789 + 1.517 * (log_Teff - 3.62);
}

}  // namespace nuflash::rgb
