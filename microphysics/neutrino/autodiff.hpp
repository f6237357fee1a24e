// Forward-mode derivatives d/dT and d/drho for the neutrino fits, with Eigen's AutoDiffScalar.
// A value carries its two partials: derivatives()[0] = d/dT [per K], derivatives()[1] = d/drho
// [per g cm^-3].
#pragma once

#include <Eigen/Core>
#include <unsupported/Eigen/AutoDiff>

#include <cmath>
#include <numbers>

namespace nuflash::neutrino {

using Ad2 = Eigen::AutoDiffScalar<Eigen::Vector2d>;

inline Ad2 ad_constant(double v) { return Ad2(v, Eigen::Vector2d::Zero()); }
inline Ad2 ad_value(double v, double d_dT, double d_drho) { return Ad2(v, Eigen::Vector2d(d_dT, d_drho)); }

inline Ad2 log10(const Ad2& x) {
  using std::log;
  return log(x) / std::numbers::ln10;
}

// max(x, 0) with the derivative of whichever branch is active.
inline Ad2 clamp_nonnegative(const Ad2& x) { return x.value() > 0.0 ? x : ad_constant(0.0); }

// x limited to [lo, hi]; outside, the value is frozen at the bound and its derivatives vanish.
inline Ad2 clamp(const Ad2& x, double lo, double hi) {
  if (x.value() < lo) return ad_constant(lo);
  if (x.value() > hi) return ad_constant(hi);
  return x;
}

// C1 step: 0 for x <= a, 1 for x >= b, 3u^2 - 2u^3 in between (u = (x - a) / (b - a)).
inline Ad2 smooth_step(const Ad2& x, double a, double b) {
  if (x.value() <= a) return ad_constant(0.0);
  if (x.value() >= b) return ad_constant(1.0);
  const Ad2 u = (x - a) / (b - a);
  return u * u * (3.0 - 2.0 * u);
}

}  // namespace nuflash::neutrino
