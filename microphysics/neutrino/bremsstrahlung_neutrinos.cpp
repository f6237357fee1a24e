#include "bremsstrahlung_neutrinos.hpp"

#include <array>
#include <cmath>
#include <numbers>

#include "itoh_fit_range.hpp"
#include "neutrino_couplings.hpp"

namespace nuflash::neutrino {

namespace {

// Blend between the liquid-metal (below) and weakly degenerate (above) fits, in T / T_F.
// The two fits do not join: at T = 0.3 T_F the weakly degenerate one is 0.25-0.55 of the liquid-metal one
// (log rho 3-10, He and C). The blend is centred on Itoh's switch 0.3 T_F (geometric mean of its ends).
constexpr double kBlendLo = 0.2, kBlendHi = 0.45;
// Ion coupling range used in the liquid-metal fit. Gamma > 180 (crystal) is evaluated at 180; below
// Gamma = 1/8 the fitted interpolation weights v(Gamma), w(Gamma) turn over steeply, so Gamma is held at 1/8.
constexpr double kGammaMin = 0.125, kGammaMax = 180.0;
// Liquid-metal fit range in log10 rho (period of its Fourier series in u = 2 pi (log10 rho - 3) / 10).
constexpr double kLogRhoMin = 3.0, kLogRhoMax = 13.0;

// (1/2) a0 + a_lin u + a_const + sum_{m=1..5} (c_m cos(m u) + s_m sin(m u)), s_5 = 0
struct LiquidSeries {
  double half_a0, a_lin, a_const;
  std::array<double, 5> cm;
  std::array<double, 4> sm;
};

// 12C coefficients of Itoh et al. 1996, Sect. 5 (their liquid-metal fits for F_B, F_T, G_B, G_T)
constexpr LiquidSeries kFB = {0.5 * 0.17946, 0.00945, 0.34529,
                              {-0.05821, -0.01089, -0.01147, -0.00656, -0.00519},
                              {-0.04969, -0.01584, -0.00504, -0.00281}};
constexpr LiquidSeries kFT = {0.5 * 0.06781, -0.02342, 0.24819,
                              {-0.00944, -0.01289, -0.00589, -0.00404, -0.00330},
                              {-0.02213, -0.01136, -0.00467, -0.00131}};
constexpr LiquidSeries kGB = {0.5 * 0.00766, -0.01259, 0.07917,
                              {-0.00710, -0.00028, 0.00232, 0.00044, 0.00158},
                              {0.02300, -0.01078, 0.00118, -0.00089}};
constexpr LiquidSeries kGT = {-0.5 * 0.00769, -0.00829, 0.05211,
                              {0.00356, -0.00184, 0.00146, 0.00031, 0.00069},
                              {0.01052, -0.00354, -0.00014, -0.00018}};

Ad2 series(const LiquidSeries& s, const Ad2& u, const Harmonics<5>& h) {
  Ad2 r = s.half_a0 + s.a_lin * u + s.a_const;
  for (int m = 0; m < 5; ++m) r += s.cm[m] * h.c[m + 1];
  for (int m = 0; m < 4; ++m) r += s.sm[m] * h.s[m + 1];
  return r;
}

// 0.5738 <Z^2>/<A> T_8^6 rho [erg cm^-3 s^-1], the common prefactor
Ad2 prefactor(const Ad2& T8, const Ad2& rho, const BremsComposition& comp) {
  const Ad2 T83 = T8 * T8 * T8;
  return 0.5738 * comp.z2bar / comp.abar * T83 * T83 * rho;
}

}  // namespace

Ad2 fermi_temperature(const Ad2& rho, double ye) {
  using std::sqrt;
  return 5.9302e9 * (sqrt(1.0 + 1.018 * square(cbrt(rho * 1e-6 * ye))) - 1.0);
}

Ad2 bremsstrahlung_weakly_degenerate(const Ad2& T_K, const Ad2& rho, const BremsComposition& comp) {
  using std::pow;
  using std::sqrt;
  const Ad2 T8 = itoh::clamp_temperature(T_K) * 1e-8;
  const Ad2 rho_ye = rho * comp.ye;
  const Ad2 T8m2 = 1.0 / (T8 * T8);
  const Ad2 T8m5 = T8m2 * T8m2 / T8;
  const Ad2 T832 = T8 * sqrt(T8);
  // F with the degeneracy measure eta_b = (rho/mu_e) / (7.05e6 T8^1.5 + 5.12e4 T8^3)
  const Ad2 inv_eta = (7.05e6 * T832 + 5.12e4 * T8 * T8 * T8) / rho_ye;
  const Ad2 F = 1.0 / (23.5 + 6.83e4 * T8m2 + 7.81e8 * T8m5) +
                1.26 * (1.0 + inv_eta) / (1.0 + inv_eta * (1.47 + 3.29e-2 * inv_eta));
  const Ad2 G = 1.0 / ((230.0 + 6.7e5 * T8m2 + 7.66e9 * T8m5) * (1.0 + rho_ye * 1e-9)) +
                1.0 / ((7.75e5 * T832 + 247.0 * pow(T8, 3.85)) / rho_ye + 4.07 + 0.0240 * pow(T8, 1.4) +
                       4.59e-5 * pow(T8, -0.110) * pow(rho, 0.656));
  const Ad2 Q = prefactor(T8, rho, comp) * (0.5 * couplings::sum_va * F - 0.5 * couplings::diff_va * G);
  return clamp_nonnegative(Q);
}

Ad2 bremsstrahlung_liquid_metal(const Ad2& T_K, const Ad2& rho, const BremsComposition& comp) {
  const Ad2 T8 = itoh::clamp_temperature(T_K) * 1e-8;
  const Ad2 u = (std::numbers::pi / 5.0) * (clamp(log10(rho), kLogRhoMin, kLogRhoMax) - 3.0);
  const Harmonics<5> h(u);
  const Ad2 FB = series(kFB, u, h), FT = series(kFT, u, h);
  const Ad2 GB = series(kGB, u, h), GT = series(kGT, u, h);
  // ion coupling Gamma = 0.2275 <Z^2> / T_8 (rho_6 / <A>)^(1/3)
  const Ad2 Gamma = clamp(0.2275 * comp.z2bar / T8 * cbrt(rho * 1e-6 / comp.abar), kGammaMin, kGammaMax);
  const Ad2 g1 = 1.0 / Gamma;
  const Ad2 g13 = cbrt(g1);
  const Ad2 g23 = g13 * g13;
  const Ad2 v = -0.05483 - 0.01946 * g13 + 1.86310 * g23 - 0.78873 * g1;
  const Ad2 w = -0.06711 + 0.06859 * g13 + 1.74360 * g23 - 0.74498 * g1;
  const Ad2 F = v * FB + (1.0 - v) * FT;
  const Ad2 G = w * GB + (1.0 - w) * GT;
  const Ad2 Q = prefactor(T8, rho, comp) * (0.5 * couplings::sum_va * F - 0.5 * couplings::diff_va * G);
  return clamp_nonnegative(Q);
}

Ad2 bremsstrahlung_neutrino_rate(const Ad2& T_K, const Ad2& rho, const BremsComposition& comp) {
  const Ad2 ratio = T_K / fermi_temperature(rho, comp.ye);
  if (ratio.value() >= kBlendHi) return bremsstrahlung_weakly_degenerate(T_K, rho, comp);
  if (ratio.value() <= kBlendLo) return bremsstrahlung_liquid_metal(T_K, rho, comp);
  const Ad2 s = smooth_step(ratio, kBlendLo, kBlendHi);
  return s * bremsstrahlung_weakly_degenerate(T_K, rho, comp) + (1.0 - s) * bremsstrahlung_liquid_metal(T_K, rho, comp);
}

}  // namespace nuflash::neutrino
