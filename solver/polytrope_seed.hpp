// Starting structures: the initial mass grid and a polytrope laid onto it.
#pragma once

#include <vector>

#include "lane_emden.hpp"

namespace nuflash::stellar {

// Cell masses [g] summing to M (to rounding): from dq_centre * M at the centre and dq_surface * M at the
// surface they grow geometrically by at most `growth` per cell up to dq_max * M in between.
// Throws InputError for fractions outside (0, 1), dq_centre or dq_surface > dq_max, or growth <= 1.
std::vector<double> initial_cell_masses(double M_g, double dq_centre, double dq_surface, double dq_max, double growth);

// A polytrope with the solution le, total mass M = sum(dm) and radius R (at theta = theta_surface, i.e. the
// polytrope truncated where theta = theta_surface >= 0) on the cell masses dm: rho and P at the cell mass
// centres, r at the outer faces from the continuity equation with those densities (so r of the outer face
// differs from R by the discretisation error).
struct PolytropeProfile {
  std::vector<double> r_face, rho, P;
  double rho_c = 0, P_c = 0;  // central values
};
PolytropeProfile polytrope_profile(const LaneEmdenSolution& le, const std::vector<double>& dm, double R_cm,
                                   double theta_surface = 0.0);

}  // namespace nuflash::stellar
