#include "photo_neutrinos.hpp"

#include <array>
#include <initializer_list>
#include <cmath>
#include <numbers>

#include "itoh_fit_range.hpp"
#include "neutrino_couplings.hpp"

namespace nuflash::neutrino {

namespace {

// Coefficients c_{i,0..6} and d_{i,1..5} (i = 0, 1, 2) of a_i = c_i0/2 + sum_k [c_ik cos(5 pi k tau / 3)
// + d_ik sin(5 pi k tau / 3)] + c_i6/2 cos(10 pi tau), one set per decade range of T (Itoh et al. 1996,
// Sect. 3).
struct PhotoSet {
  double tau_origin;                    // tau = log10 T - tau_origin
  double c_offset;                      // exponent c = c_offset + c_tau * tau
  double c_tau;
  std::array<std::array<double, 7>, 3> c;
  std::array<std::array<double, 5>, 3> d;
};

constexpr PhotoSet kLow = {7.0, 0.5654, 1.0,
                           {{{1.008e11, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
                             {8.156e10, 9.728e8, -3.806e9, -4.384e9, -5.774e9, -5.249e9, -5.153e9},
                             {1.067e11, -9.782e9, -7.193e9, -6.936e9, -6.893e9, -7.041e9, -7.193e9}}},
                           {{{0.0, 0.0, 0.0, 0.0, 0.0},
                             {-1.879e10, -9.667e9, -5.602e9, -3.370e9, -1.825e9},
                             {-2.919e10, -1.185e10, -7.270e9, -4.222e9, -1.560e9}}}};
constexpr PhotoSet kMid = {8.0, 1.5654, 0.0,
                           {{{9.889e10, -4.524e8, -6.088e6, 4.269e7, 5.172e7, 4.910e7, 4.388e7},
                             {1.813e11, -7.556e9, -3.304e9, -1.031e9, -1.764e9, -1.851e9, -1.928e9},
                             {9.750e10, 3.484e10, 5.199e9, -1.695e9, -2.865e9, -3.395e9, -3.418e9}}},
                           {{{-1.135e8, 1.256e8, 5.149e7, 3.436e7, 1.005e7},
                             {1.652e9, -3.119e9, -1.839e9, -1.458e9, -8.956e8},
                             {-1.548e10, -9.338e9, -5.899e9, -3.035e9, -1.598e9}}}};
constexpr PhotoSet kHigh = {9.0, 1.5654, 0.0,
                            {{{9.581e10, 4.107e8, 2.305e8, 2.236e8, 1.580e8, 2.165e8, 1.721e8},
                              {1.459e12, 1.314e11, -1.169e11, -1.765e11, -1.867e11, -1.983e11, -1.896e11},
                              {2.424e11, -3.669e9, -8.691e9, -7.967e9, -7.932e9, -7.987e9, -8.333e9}}},
                            {{{4.724e8, 2.976e8, 2.242e8, 7.937e7, 4.859e7},
                              {-7.094e11, -3.697e11, -2.189e11, -1.273e11, -5.705e10},
                              {-2.254e10, -1.551e10, -7.793e9, -4.489e9, -2.185e9}}}};

// Half-width in log10 T of the blend between neighbouring coefficient sets.
constexpr double kBlendDex = 0.05;

Ad2 photo_rate_with_set(const Ad2& T, const Ad2& rho_ye, const PhotoSet& set) {
  using std::exp;
  using std::pow;
  const Ad2 lam = itoh::lambda_of(T);
  const Ad2 xi = cbrt(rho_ye * 1e-9) / lam;
  const Ad2 tau = log10(T) - set.tau_origin;

  // Fourier sums a_0, a_1, a_2 in the phase 5 pi tau / 3; cos(10 pi tau) is its sixth harmonic
  const Harmonics<6> h((5.0 * std::numbers::pi / 3.0) * tau);
  std::array<Ad2, 3> a;
  for (int i = 0; i < 3; ++i) {
    a[i] = ad_constant(0.5 * set.c[i][0]) + 0.5 * set.c[i][6] * h.c[6];
    for (int k = 1; k <= 5; ++k) a[i] += set.c[i][k] * h.c[k] + set.d[i][k - 1] * h.s[k];
  }
  const Ad2 cexp = set.c_offset + set.c_tau * tau;
  const Ad2 inv = 1.0 / lam;
  const Ad2 f = (a[0] + a[1] * xi + a[2] * xi * xi) * exp(-cexp * xi) /
                (xi * xi * xi + inv * (6.290e-3 + inv * (7.483e-3 + inv * 3.061e-4)));
  const Ad2 lam2 = lam * lam;
  const Ad2 q = 0.666 * pow(1.0 + 2.045 * lam, -2.066) /
                (1.0 + rho_ye / (lam * (1.875e8 + lam * (1.653e8 + lam * (8.499e8 - 1.604e8 * lam)))));
  const Ad2 Q = 0.5 * couplings::sum_va * (1.0 - couplings::diff_va / couplings::sum_va * q) * rho_ye * lam2 * lam2 *
                lam * f;
  return clamp_nonnegative(Q);
}

}  // namespace

Ad2 photo_neutrino_rate(const Ad2& T_K, const Ad2& rho_ye) {
  const Ad2 T = itoh::clamp_temperature(T_K);
  const Ad2 logT = log10(T);
  // the coefficient sets do not join continuously (up to 8% at 10^8 K); each boundary is crossed with a
  // C1 blend over +-kBlendDex
  for (const double edge : {8.0, 9.0}) {
    if (std::fabs(logT.value() - edge) < kBlendDex) {
      const PhotoSet& below = (edge == 8.0) ? kLow : kMid;
      const PhotoSet& above = (edge == 8.0) ? kMid : kHigh;
      const Ad2 s = smooth_step(logT, edge - kBlendDex, edge + kBlendDex);
      return s * photo_rate_with_set(T, rho_ye, above) + (1.0 - s) * photo_rate_with_set(T, rho_ye, below);
    }
  }
  const PhotoSet& set = (logT.value() < 8.0) ? kLow : (logT.value() < 9.0) ? kMid : kHigh;
  return photo_rate_with_set(T, rho_ye, set);
}

}  // namespace nuflash::neutrino
