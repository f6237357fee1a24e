// Recombination neutrinos e-(continuum) -> e-(K shell) nu nubar, fitting formula of Itoh et al. 1996
// (ApJS 102, 411, Sect. 6, after Kohyama et al. 1993) for each nuclide, summed over the composition:
//   Q = 2.649e-18 (C_V^2 + 3/2 C_A^2 + n ...) sum_i X_i Z_i^14 / A_i rho J(zeta_i, nu) / (exp(zeta_i + nu) + 1),
//   zeta_i = 1.579e5 Z_i^2 / T,
// with nu = eta, the electron degeneracy parameter from the EOS. The fit for J is given for
// -20 <= nu <= 10 in two pieces (nu < 0, nu >= 0); here the pieces are joined by a C1 blend over
// |nu| < 1/2, J is evaluated at nu = 10 for nu > 10 (the Fermi factor keeps its exact nu dependence),
// and for nu < -20 the nu < 0 formula is continued (it falls as e^nu).
#pragma once

#include "autodiff.hpp"
#include "composition.hpp"

namespace nuflash::neutrino {

// Q_rec [erg cm^-3 s^-1]; eta carries its own d/dT, d/drho; >= 0.
Ad2 recombination_neutrino_rate(const Ad2& T_K, const Ad2& rho, const Ad2& eta, const Composition& comp);

}  // namespace nuflash::neutrino
