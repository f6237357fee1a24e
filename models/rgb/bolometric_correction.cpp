#include "bolometric_correction.hpp"

namespace nuflash::rgb {

std::optional<double> bc_I_trgb(double log_Teff, double Z) {
  if (!(log_Teff >= kBcIMinLogTeff && log_Teff <= kBcIMaxLogTeff && Z >= 0.0 && Z <= kBcIMaxZ)) return std::nullopt;
  return 0.5789 + 1.517 * (log_Teff - 3.62);
}

}  // namespace nuflash::rgb
