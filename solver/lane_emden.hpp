// The Lane-Emden equation of a polytrope P = K rho^(1 + 1/n):
//   (1/xi^2) d/dxi (xi^2 dtheta/dxi) = -theta^n,  theta(0) = 1, theta'(0) = 0,
// integrated with SUNDIALS CVODE (Adams, fixed-point) from the series expansion at the centre up to the
// first zero xi_1 of theta (root finding), or up to xi_max when there is none (n >= 5).
#pragma once

#include <vector>

namespace nuflash::stellar {

struct LaneEmdenSolution {
  double n = 0;
  bool has_surface = false;           // theta reached zero (n < 5)
  double xi1 = 0;                     // first zero of theta, or the last xi integrated
  double mass_constant = 0;           // omega_n = -xi1^2 theta'(xi1)
  double central_concentration = 0;   // rho_c / <rho> = xi1 / (3 |theta'(xi1)|)
  // The solution at every internal CVODE step, from the series start to xi1 (monotonic xi).
  std::vector<double> xi, theta, dtheta;

  // theta and theta' at xi (cubic Hermite interpolation of the table; xi within [0, xi1]).
  double theta_at(double x) const;
  double dtheta_at(double x) const;
  // The xi at which the mass function -xi^2 theta' reaches q * mass_constant, q in [0, 1].
  double xi_at_mass_fraction(double q) const;
};

// Throws InputError for n outside [0, 10] or xi_max <= 1, ComputeError if CVODE fails.
LaneEmdenSolution solve_lane_emden(double n, double xi_max = 1.0e3);

}  // namespace nuflash::stellar
