#include "nuclear/reaclib.hpp"

#include <cmath>

namespace nuflash::nuclear {

ReaclibLog reaclib_set(const std::array<double, 7>& a, double T9) {
  const double t13 = std::cbrt(T9);
  const double t53 = T9 * t13 * t13;
  const double ln_value = a[0] + a[1] / T9 + a[2] / t13 + a[3] * t13 + a[4] * T9 + a[5] * t53 + a[6] * std::log(T9);
  const double dln = -a[1] / T9 - a[2] / (3.0 * t13) + a[3] * t13 / 3.0 + a[4] * T9 + 5.0 / 3.0 * a[5] * t53 + a[6];
  return {ln_value, dln};
}

RateValue reaclib_rate(const ReaclibRate& rate, double T9) {
  double sum = 0.0;
  double dsum = 0.0;
  for (const auto& a : rate.sets) {
    const auto s = reaclib_set(a, T9);
    const double v = std::exp(s.ln_value);
    sum += v;
    dsum += v * s.dln_dlnT;
  }
  return {sum, sum > 0.0 ? dsum / sum : 0.0};
}

}  // namespace nuflash::nuclear
