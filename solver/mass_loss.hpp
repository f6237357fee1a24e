// Mass loss on the red-giant branch.
#pragma once

#include "stellar_model.hpp"

namespace nuflash::stellar {

// Reimers (1975, Mem. Soc. R. Sci. Liège 8, 369): dM/dt = 4e-13 eta (L/Lsun)(R/Rsun)/(M/Msun) Msun/yr,
// with L and R at the photosphere. Returns the rate in g/s (>= 0).
double reimers_mass_loss_rate(double eta, const StellarModel& model);

// Removes dM_g from the envelope: the masses of the cells outside m_cut = m_core + (M - m_core)/2 are scaled
// by a common factor, so that their structure and composition per cell are kept. At most half of that
// outer envelope is removed in one call.
void remove_envelope_mass(StellarModel& model, double dM_g, double m_core_g);

}  // namespace nuflash::stellar
