// Table of the magnetic-moment plasmon-decay integral for fast evaluation in stellar evolution:
// ln(T_mu + L_mu / 2) of plasmon_integrals() on a grid in x = ln g (g = omega_P / kT, 1e-4 ... 490,
// step 0.1) and y = atanh v* (0 ... 3.8, i.e. v* <= 0.999, step 0.1), built by the code at first use from
// the direct integral and interpolated by bicubic Hermite patches (C1; node slopes by finite differences,
// d/dy = 0 at v* = 0 by symmetry in v*). Outside the grid in g the function is continued linearly in ln g
// (power laws in g); v* above 0.999 is evaluated at 0.999.
#pragma once

namespace nuflash::neutrino {

struct PlasmonTableValue {
  double ln_I = 0;       // ln(T_mu + L_mu / 2)
  double dlnI_dlng = 0;  // d/d ln g at fixed v*
  double dlnI_dv = 0;    // d/d v* at fixed g
};

PlasmonTableValue plasmon_mu_table(double g, double v);

}  // namespace nuflash::neutrino
