// Fermi-Dirac integrals for hot dense matter (massless leptons, non-relativistic nucleons).
//   F_k(eta) = integral_0^inf x^k / (exp(x - eta) + 1) dx   (not divided by Gamma(k+1))
// Integer orders go through the polylogarithm  Phi_s(y) = -Li_s(-e^y) = F_{s-1}(y) / (s-1)!,
// summed for y <= 0 by the Cohen-Rodriguez Villegas-Zagier (2000, Exp. Math. 9, 3) acceleration
// of the alternating series and for y > 0 by the reflection formula
//   Li_s(-e^y) + (-1)^s Li_s(-e^-y) = -(2 pi i)^s / s! B_s(1/2 + y / (2 pi i))
// (Bernoulli polynomials; e.g. Lewin, Polylogarithms and Associated Functions, 1981, eq. 7.22).
// Half-integer orders come from a table of the shared F_k(eta, beta = 0) (eos/fermi_dirac.hpp) built
// once (cubic Hermite in eta, using dF_k/deta = k F_{k-1}), with the non-degenerate series below and the
// Sommerfeld expansion above it.
#pragma once

#include <array>

namespace nuflash::dense {

// Phi_s(y) = -Li_s(-e^y) for s = 1..5, returned as {Phi_1, ..., Phi_5}.
std::array<double, 5> polylog_phi(double y);

// Incomplete integer-order integral  integral_A^inf x^n / (exp(x - eta) + 1) dx  for n = 0..3, A >= 0,
// returned as {n=0, n=1, n=2, n=3}.
std::array<double, 4> fd_incomplete(double A, double eta);

// Half-integer complete integrals F_{-1/2}, F_{1/2}, F_{3/2} at eta.
struct FdHalf {
  double fm12 = 0;  // F_{-1/2}
  double f12 = 0;   // F_{1/2}
  double f32 = 0;   // F_{3/2}
};
FdHalf fd_half(double eta);

// The eta with F_{1/2}(eta) = F12 (F12 > 0). Throws InputError for F12 <= 0 or not finite.
double fd_half_inverse(double F12);

}  // namespace nuflash::dense
