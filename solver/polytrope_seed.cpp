#include "polytrope_seed.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "constants.hpp"
#include "error.hpp"

namespace nuflash::stellar {

std::vector<double> initial_cell_masses(double M_g, double dq_centre, double dq_surface, double dq_max, double growth) {
  auto bad = [](const char* name, double v, const char* range) {
    std::ostringstream os;
    os << name << " = " << v << ": " << range;
    throw InputError(os.str());
  };
  if (!(M_g > 0.0)) bad("mass", M_g, "must be > 0 [g]");
  if (!(dq_max > 0.0 && dq_max < 1.0)) bad("dq_max", dq_max, "allowed range is (0, 1)");
  if (!(dq_centre > 0.0 && dq_centre <= dq_max)) bad("dq_centre", dq_centre, "allowed range is (0, dq_max]");
  if (!(dq_surface > 0.0 && dq_surface <= dq_max)) bad("dq_surface", dq_surface, "allowed range is (0, dq_max]");
  if (!(growth > 1.0)) bad("growth", growth, "must be > 1");

  auto ramp = [&](double d0) {
    std::vector<double> v;
    for (double d = d0; d < dq_max; d *= growth) v.push_back(d);
    return v;
  };
  std::vector<double> inner = ramp(dq_centre), outer = ramp(dq_surface);
  auto total = [&] {
    double s = 0;
    for (double d : inner) s += d;
    for (double d : outer) s += d;
    return s;
  };
  while (total() > 1.0) (inner.back() > outer.back() ? inner : outer).pop_back();
  const double rest = 1.0 - total();
  const int k = std::max(1, static_cast<int>(std::ceil(rest / dq_max)));
  std::vector<double> q(inner);
  q.insert(q.end(), static_cast<std::size_t>(k), rest / k);
  q.insert(q.end(), outer.rbegin(), outer.rend());
  std::vector<double> dm(q.size());
  double sum = 0;
  for (std::size_t i = 0; i < q.size(); ++i) sum += (dm[i] = q[i] * M_g);
  dm[inner.size()] += M_g - sum;  // put the rounding into a middle cell
  return dm;
}

PolytropeProfile polytrope_profile(const LaneEmdenSolution& le, const std::vector<double>& dm, double R_cm,
                                   double theta_surface) {
  if (!(theta_surface >= 0.0 && theta_surface < 1.0)) {
    std::ostringstream os;
    os << "theta_surface = " << theta_surface << ": allowed range is [0, 1)";
    throw InputError(os.str());
  }
  // xi where theta falls to theta_surface (theta decreases monotonically).
  double xi_s = le.xi1;
  if (theta_surface > 0.0) {
    double lo = 0.0, hi = le.xi1;
    for (int it = 0; it < 200 && hi - lo > 1e-15 * hi; ++it) {
      const double mid = 0.5 * (lo + hi);
      (le.theta_at(mid) > theta_surface ? lo : hi) = mid;
    }
    xi_s = 0.5 * (lo + hi);
  }
  const double mu_s = -xi_s * xi_s * le.dtheta_at(xi_s);  // polytropic mass inside xi_s
  double M = 0;
  for (double d : dm) M += d;
  const double alpha = R_cm / xi_s;
  PolytropeProfile p;
  p.rho_c = M / (4.0 * constants::pi * alpha * alpha * alpha * mu_s);
  p.P_c = 4.0 * constants::pi * constants::G_cgs * alpha * alpha * p.rho_c * p.rho_c / (le.n + 1.0);
  const std::size_t n = dm.size();
  p.r_face.resize(n);
  p.rho.resize(n);
  p.P.resize(n);
  double m_in = 0, r3 = 0;
  const double scale = mu_s / le.mass_constant / M;
  for (std::size_t i = 0; i < n; ++i) {
    const double q_mid = std::min(1.0, (m_in + 0.5 * dm[i]) * scale);
    const double th = le.theta_at(le.xi_at_mass_fraction(q_mid));
    p.rho[i] = p.rho_c * std::pow(th, le.n);
    p.P[i] = p.P_c * std::pow(th, le.n + 1.0);
    // Faces from the continuity equation with the cell densities, so that the model starts exactly on it.
    r3 += 3.0 * dm[i] / (4.0 * constants::pi * p.rho[i]);
    p.r_face[i] = std::cbrt(r3);
    m_in += dm[i];
  }
  return p;
}

}  // namespace nuflash::stellar
