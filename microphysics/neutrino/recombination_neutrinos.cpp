#include "recombination_neutrinos.hpp"

#include <cmath>

#include "itoh_fit_range.hpp"
#include "neutrino_couplings.hpp"

namespace nuflash::neutrino {

namespace {

constexpr double kNuMax = 10.0;
constexpr double kBlendHalfWidth = 0.5;

// One piece of the J(zeta, nu) fit (Itoh et al. 1996, Sect. 6 and their table of coefficients).
struct RecombSet {
  double a1, a2, a3, b, c, d, f1, f2, f3;
};
constexpr RecombSet kNegative = {1.51e-2, 2.42e-1, 1.21, 3.71e-2, 9.06e-1, 9.28e-1, 0.0, 0.0, 0.0};
constexpr RecombSet kPositive = {1.23e-2, 2.66e-1, 1.30, 1.17e-1, 8.97e-1, 1.77e-1, -1.20e-2, 2.29e-2, -1.04e-3};

// J(zeta, nu) = (a1/z + a2 z^-2.25 + a3 z^-4.55) e^nu / (1 + b e^(c nu) (1 + d z)),
// z = zeta / (1 + f1 nu + f2 nu^2 + f3 nu^3)
Ad2 j_piece(const RecombSet& k, const Ad2& zeta, const Ad2& nu) {
  using std::exp;
  using std::log;
  const Ad2 z = zeta / (1.0 + nu * (k.f1 + nu * (k.f2 + nu * k.f3)));
  const Ad2 lz = log(z);
  return (k.a1 / z + k.a2 * exp(-2.25 * lz) + k.a3 * exp(-4.55 * lz)) * exp(nu) /
         (1.0 + k.b * exp(k.c * nu) * (1.0 + k.d * z));
}

Ad2 j_function(const Ad2& zeta, const Ad2& nu_in) {
  const Ad2 nu = nu_in.value() > kNuMax ? ad_constant(kNuMax) : nu_in;
  if (nu.value() <= -kBlendHalfWidth) return j_piece(kNegative, zeta, nu);
  if (nu.value() >= kBlendHalfWidth) return j_piece(kPositive, zeta, nu);
  const Ad2 s = smooth_step(nu, -kBlendHalfWidth, kBlendHalfWidth);
  return s * j_piece(kPositive, zeta, nu) + (1.0 - s) * j_piece(kNegative, zeta, nu);
}

}  // namespace

Ad2 recombination_neutrino_rate(const Ad2& T_K, const Ad2& rho, const Ad2& eta, const Composition& comp) {
  using std::exp;
  const Ad2 T = itoh::clamp_temperature(T_K);
  Ad2 sum = ad_constant(0.0);
  for (int i = 0; i < kNumSpecies; ++i) {
    const double X = comp.X[i];
    if (X <= 0.0) continue;
    const Nuclide& nuc = nuclides()[i];
    const double Z2 = nuc.Z * nuc.Z;
    const Ad2 zeta = 1.579e5 * Z2 / T;
    const Ad2 arg = zeta + eta;
    // 1 / (e^arg + 1), written to avoid overflow
    const Ad2 fermi = arg.value() > 0.0 ? Ad2(exp(-arg) / (1.0 + exp(-arg))) : Ad2(1.0 / (exp(arg) + 1.0));
    const double z14 = std::pow(Z2, 7.0);
    sum += X * z14 / nuc.A * j_function(zeta, eta) * fermi;
  }
  const Ad2 Q = 2.649e-18 * couplings::sum_recomb * rho * sum;
  return clamp_nonnegative(Q);
}

}  // namespace nuflash::neutrino
