#include "nuclear/screening.hpp"

#include <Eigen/Core>
#include <unsupported/Eigen/AutoDiff>

#include <algorithm>
#include <array>
#include <cmath>

#include "constants.hpp"

namespace nuflash::nuclear {
namespace {

namespace c = nuflash::constants;

// Derivatives are carried with respect to (ln T, ln rho).
using AD = Eigen::AutoDiffScalar<Eigen::Vector2d>;

// x^(1/3) with its derivatives (cbrt is several times cheaper than pow).
AD cbrt(const AD& x) {
  const double v = std::cbrt(x.value());
  return AD(v, x.derivatives() * (v / (3.0 * x.value())));
}

// Screening wavenumbers at (T, rho) with derivatives with respect to (ln T, ln rho).
struct Wavenumbers {
  AD theta_e, kappa_i, kappa;
};

Wavenumbers wavenumbers(double T_K, double rho_cgs, double ye, double z2) {
  using std::pow;
  using std::sqrt;
  const AD T(T_K, Eigen::Vector2d(T_K, 0.0));
  const AD rho(rho_cgs, Eigen::Vector2d(0.0, rho_cgs));
  const AD kT = c::kB_cgs * T;
  const AD e2_kT = c::e_esu * c::e_esu / kT;
  const AD n_e = rho * (c::NA * ye);
  // Degenerate limit 3 kT/(p_F v_F), p_F = hbar (3 pi^2 n_e)^(1/3), joined to 1 (see the header).
  const AD x = c::lambda_C_cgs * cbrt(3.0 * c::pi * c::pi * n_e);
  const AD theta_d = 3.0 * kT * sqrt(1.0 + x * x) / (c::me_c2_erg * x * x);
  constexpr double q = 1.8;
  const AD theta_e = pow(1.0 + pow(theta_d, -q), -1.0 / q);
  const AD kappa_i2 = 4.0 * c::pi * e2_kT * rho * (c::NA * z2);
  const AD kappa_e2 = 4.0 * c::pi * e2_kT * n_e * theta_e;
  return {theta_e, sqrt(kappa_i2), sqrt(kappa_i2 + kappa_e2)};
}

// A power law v T^a rho^b: as a plain value, or as an AutoDiff value in (ln T, ln rho).
template <class S>
S power_law(double v, double a, double b);
template <>
double power_law<double>(double v, double, double) {
  return v;
}
template <>
AD power_law<AD>(double v, double a, double b) {
  return AD(v, Eigen::Vector2d(a * v, b * v));
}

double cbrt(double x) { return std::cbrt(x); }

// Chugunov, DeWitt & Yakovlev (2007) eq. 19.
template <class S>
S mean_field_h(const S& g) {
  using std::sqrt;
  constexpr double A1 = 2.7822, A2 = 98.34, B1 = -1.7476, B2 = 66.07, B3 = 1.12, B4 = 65.0;
  const double A3 = std::sqrt(3.0) - A1 / std::sqrt(A2);
  return g * sqrt(g) * (A1 / sqrt(A2 + g) + A3 / (1.0 + g)) + B1 * g * g / (B2 + g) + B3 * g * g / (B4 + g * g);
}

template <class S>
struct PairResult {
  S H_ion, H_e, gamma;
};

// Z^(1/3) of a nuclear charge: tabulated for the integer charges of the network's nuclei.
double cbrt_charge(double Z) {
  static const std::array<double, 13> table = [] {
    std::array<double, 13> t{};
    for (int z = 0; z < 13; ++z) t[static_cast<std::size_t>(z)] = std::cbrt(static_cast<double>(z));
    return t;
  }();
  const double r = std::nearbyint(Z);
  return r == Z && r >= 0.0 && r < 13.0 ? table[static_cast<std::size_t>(r)] : std::cbrt(Z);
}

// The pair's screening with S = double (values) or S = AD (values and derivatives in ln T, ln rho).
template <class S>
PairResult<S> pair_screening(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2) {
  using std::sqrt;
  const double zt = 0.5 * (cbrt_charge(Z1) + cbrt_charge(Z2));
  const S gamma = power_law<S>(Z1 * Z2 * p.gamma_e / zt, -1.0, 1.0 / 3.0);
  // Ion plasma temperature of the pair and the quantum parameter (CDY07 eqs. 2-3, 21):
  // t = T/T_p ~ T rho^(-1/2).
  const double m12 = 2.0 * A1 * A2 / (A1 + A2) * c::mu_g;
  const double n12 = p.rho_cgs * c::NA * p.ye / (zt * zt * zt);
  const double T_p = c::hbar_cgs / c::kB_cgs * c::e_esu * std::sqrt(4.0 * c::pi * Z1 * Z2 * n12 / m12);
  constexpr double t_min = 0.1;
  const S t = power_law<S>(p.T_K / T_p, 1.0, -0.5);
  const S t2 = t * t;
  const S t_eff = sqrt(sqrt(t2 * t2 + t_min * t_min * t_min * t_min));
  const S g = gamma * t / t_eff;  // coupling at the held temperature t_eff T_p
  const S z = cbrt(4.0 / (3.0 * c::pi * c::pi) / (t_eff * t_eff));
  const S poly = 1.0 + z * (0.022 + z * ((0.41 - 0.6 / g) + z * (0.06 + 2.2 / g)));
  const S g_tilde = g / cbrt(poly);
  // Weak-limit correction for unlike charges (Chugunov & DeWitt 2009 eq. A4).
  const double C = zt * std::sqrt(zt * p.z2 / (p.ye * Z1 * Z2));
  const S g2 = gamma * gamma;
  const S W = (C + g2) / (1.0 + g2);
  // Electron term Z1 Z2 (e^2/kT) (kappa - kappa_i).
  const double e2_kT = c::e_esu * c::e_esu / (c::kB_cgs * p.T_K);
  const S kappa = power_law<S>(p.kappa, p.dlnkappa_dlnT, p.dlnkappa_dlnrho);
  const S H_e = Z1 * Z2 * power_law<S>(e2_kT, -1.0, 0.0) * (kappa - power_law<S>(p.kappa_i, -0.5, 0.5));
  return {W * mean_field_h(g_tilde), H_e, gamma};
}

}  // namespace

PlasmaMoments plasma_moments(const std::array<double, kNumSpecies>& Y) {
  PlasmaMoments m;
  for (int i = 0; i < kNumSpecies; ++i) {
    const double y = std::max(Y[i], 0.0);
    const double Z = nuclides()[i].Z;
    m.z2 += Z * Z * y;
    m.ye += Z * y;
  }
  return m;
}

ScreeningPlasma screening_plasma(double rho_cgs, double T_K, const std::array<double, kNumSpecies>& Y) {
  ScreeningPlasma p;
  p.rho_cgs = rho_cgs;
  p.T_K = T_K;
  const PlasmaMoments m = plasma_moments(Y);
  p.ye = m.ye;
  p.z2 = m.z2;
  if (p.ye > 0.0) {
    const double n_e = rho_cgs * c::NA * p.ye;
    p.gamma_e = c::e_esu * c::e_esu / (c::kB_cgs * T_K) * std::cbrt(4.0 * c::pi / 3.0 * n_e);
    const auto w = wavenumbers(T_K, rho_cgs, p.ye, p.z2);
    p.theta_e = w.theta_e.value();
    p.kappa_i = w.kappa_i.value();
    p.kappa = w.kappa.value();
    p.dlnkappa_dlnT = w.kappa.derivatives()(0) / p.kappa;
    p.dlnkappa_dlnrho = w.kappa.derivatives()(1) / p.kappa;
  }
  return p;
}

Screening screening(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2) {
  Screening out;
  if (p.ye <= 0.0 || Z1 <= 0.0 || Z2 <= 0.0) return out;
  const auto r = pair_screening<AD>(p, Z1, A1, Z2, A2);
  const AD H = r.H_ion + r.H_e;
  out.H = H.value();
  out.H_ion = r.H_ion.value();
  out.H_e = r.H_e.value();
  out.dH_dlnT = H.derivatives()(0);
  out.dH_dlnrho = H.derivatives()(1);
  out.gamma12 = r.gamma.value();
  return out;
}

double screening_exponent(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2) {
  if (p.ye <= 0.0 || Z1 <= 0.0 || Z2 <= 0.0) return 0.0;
  const auto r = pair_screening<double>(p, Z1, A1, Z2, A2);
  return r.H_ion + r.H_e;
}

}  // namespace nuflash::nuclear
