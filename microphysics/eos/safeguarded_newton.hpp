// Scalar root finder for a monotonically increasing g(z): Newton steps inside a bracket [lo, hi] that
// shrinks with every evaluation, bisection when a step leaves it, and outward jumps of growing size
// while one side of the bracket is still open. g = -inf is allowed (below the root).
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace nuflash {

struct NewtonEval {
  double g;   // residual
  double dg;  // dg/dz > 0
};

// Returns the root, or nothing after max_iter evaluations. Converged when |g| <= gtol or the step is
// below ztol * (scale_with_z ? |z| : max(1, |z|)).
template <class F>
std::optional<double> safeguarded_newton(double z, F&& f, double gtol, double ztol, bool scale_with_z,
                                         int max_iter = 200) {
  double lo = -std::numeric_limits<double>::infinity(), hi = std::numeric_limits<double>::infinity();
  for (int it = 0; it < max_iter && std::isfinite(z); ++it) {
    const NewtonEval e = f(z);
    double step;
    if (e.g == -std::numeric_limits<double>::infinity()) {
      lo = z;
      step = std::max(1.0, std::abs(z));
    } else {
      if (!std::isfinite(e.g) || !std::isfinite(e.dg)) return std::nullopt;
      if (std::abs(e.g) <= gtol) return z;
      (e.g > 0 ? hi : lo) = z;
      step = -e.g / e.dg;
    }
    double next = z + step;
    if (!(next > lo && next < hi)) {
      if (std::isfinite(lo) && std::isfinite(hi)) {
        next = 0.5 * (lo + hi);
      } else {
        const double jump = std::max(1.0, 2.0 * std::abs(z));
        next = std::isfinite(lo) ? z + jump : z - jump;
      }
    }
    const double tol = ztol * (scale_with_z ? std::abs(z) : std::max(1.0, std::abs(z)));
    if (std::abs(next - z) <= tol) return next;
    z = next;
  }
  return std::nullopt;
}

}  // namespace nuflash
