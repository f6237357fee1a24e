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

inline Ad2 square(const Ad2& x) { return x * x; }

// x^(1/3) (cheaper than pow)
inline Ad2 cbrt(const Ad2& x) {
  const double c = std::cbrt(x.value());
  return Ad2(c, x.derivatives() * (c / (3.0 * x.value())));
}

// cos(k u) and sin(k u) for k = 1..N by the angle-addition recurrence from one sin/cos pair.
template <int N>
struct Harmonics {
  Ad2 c[N + 1], s[N + 1];  // index k; c[0] = 1, s[0] = 0
  explicit Harmonics(const Ad2& u) {
    using std::cos;
    using std::sin;
    c[0] = ad_constant(1.0);
    s[0] = ad_constant(0.0);
    c[1] = cos(u);
    s[1] = sin(u);
    for (int k = 2; k <= N; ++k) {
      c[k] = c[k - 1] * c[1] - s[k - 1] * s[1];
      s[k] = s[k - 1] * c[1] + c[k - 1] * s[1];
    }
  }
};

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
