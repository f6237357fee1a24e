#include "nuclear/screening.hpp"

#include <Eigen/Core>
#include <unsupported/Eigen/AutoDiff>

#include <algorithm>
#include <cmath>

#include "constants.hpp"

namespace nuflash::nuclear {
namespace {

namespace c = nuflash::constants;

// Derivatives are carried with respect to (ln T, ln rho).
using AD = Eigen::AutoDiffScalar<Eigen::Vector2d>;

// Temperature- and density-dependent plasma quantities; the composition sums are plain numbers.
template <class S>
struct Plasma {
  S T;
  S n_e;      // [cm^-3]
  S e2_kT;    // e^2/kT [cm]
  S gamma_e;  // e^2/(a_e kT)
  S theta_e;
  S kappa_i;  // ion Debye wavenumber [cm^-1]
  S kappa;    // ion + electron [cm^-1]
  double ye, z2;
};

template <class S>
Plasma<S> make_plasma(const ScreeningPlasma& p, const S& T, const S& rho) {
  using std::pow;
  using std::sqrt;
  const S kT = c::kB_cgs * T;
  const S e2_kT = c::e_esu * c::e_esu / kT;
  const S n_e = rho * (c::NA * p.ye);
  // Degenerate limit 3 kT/(p_F v_F), p_F = hbar (3 pi^2 n_e)^(1/3), joined to 1 (see the header).
  const S x = c::lambda_C_cgs * pow(3.0 * c::pi * c::pi * n_e, 1.0 / 3.0);
  const S theta_d = 3.0 * kT * sqrt(1.0 + x * x) / (c::me_c2_erg * x * x);
  constexpr double q = 1.8;
  const S theta_e = pow(1.0 + pow(theta_d, -q), -1.0 / q);
  const S kappa_i2 = 4.0 * c::pi * e2_kT * rho * (c::NA * p.z2);
  const S kappa_e2 = 4.0 * c::pi * e2_kT * n_e * theta_e;
  return Plasma<S>{T,
                   n_e,
                   e2_kT,
                   e2_kT * pow(4.0 * c::pi / 3.0 * n_e, 1.0 / 3.0),
                   theta_e,
                   sqrt(kappa_i2),
                   sqrt(kappa_i2 + kappa_e2),
                   p.ye,
                   p.z2};
}

// Chugunov, DeWitt & Yakovlev (2007) eq. 19.
template <class S>
S mean_field_h(const S& g) {
  using std::pow;
  using std::sqrt;
  constexpr double A1 = 2.7822, A2 = 98.34, B1 = -1.7476, B2 = 66.07, B3 = 1.12, B4 = 65.0;
  const double A3 = std::sqrt(3.0) - A1 / std::sqrt(A2);
  return pow(g, 1.5) * (A1 / sqrt(A2 + g) + A3 / (1.0 + g)) + B1 * g * g / (B2 + g) + B3 * g * g / (B4 + g * g);
}

struct PairResult {
  AD H_ion, H_e, gamma;
};

PairResult pair_screening(const Plasma<AD>& p, double Z1, double A1, double Z2, double A2) {
  using std::pow;
  using std::sqrt;
  const double zt = 0.5 * (std::cbrt(Z1) + std::cbrt(Z2));
  const AD gamma = Z1 * Z2 * p.gamma_e / zt;
  // Ion plasma temperature of the pair and the quantum parameter (CDY07 eqs. 2-3, 21).
  const double m12 = 2.0 * A1 * A2 / (A1 + A2) * c::mu_g;
  const AD n12 = p.n_e / (zt * zt * zt);
  const AD T_p = c::hbar_cgs / c::kB_cgs * c::e_esu * sqrt(4.0 * c::pi * Z1 * Z2 * n12 / m12);
  constexpr double t_min = 0.1;
  const AD t = p.T / T_p;
  const AD t_eff = pow(pow(t, 4.0) + std::pow(t_min, 4.0), 0.25);
  const AD g = gamma * t / t_eff;  // coupling at the held temperature t_eff T_p
  const AD z = pow(4.0 / (3.0 * c::pi * c::pi) / (t_eff * t_eff), 1.0 / 3.0);
  const AD poly = 1.0 + z * (0.022 + z * ((0.41 - 0.6 / g) + z * (0.06 + 2.2 / g)));
  const AD g_tilde = g / pow(poly, 1.0 / 3.0);
  // Weak-limit correction for unlike charges (Chugunov & DeWitt 2009 eq. A4).
  const double C = std::pow(zt, 1.5) * std::sqrt(p.z2 / p.ye) / std::sqrt(Z1 * Z2);
  const AD g2 = gamma * gamma;
  const AD W = (C + g2) / (1.0 + g2);
  return {W * mean_field_h(g_tilde), Z1 * Z2 * p.e2_kT * (p.kappa - p.kappa_i), gamma};
}

}  // namespace

ScreeningPlasma screening_plasma(double rho_cgs, double T_K, const std::array<double, kNumSpecies>& Y) {
  ScreeningPlasma p;
  p.rho_cgs = rho_cgs;
  p.T_K = T_K;
  for (int i = 0; i < kNumSpecies; ++i) {
    const double y = std::max(Y[i], 0.0);
    const double Z = nuclides()[i].Z;
    p.z2 += Z * Z * y;
    p.ye += Z * y;
  }
  if (p.ye > 0.0) {
    const auto q = make_plasma<double>(p, T_K, rho_cgs);
    p.gamma_e = q.gamma_e;
    p.theta_e = q.theta_e;
  }
  return p;
}

Screening screening(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2) {
  Screening out;
  if (p.ye <= 0.0 || Z1 <= 0.0 || Z2 <= 0.0) return out;
  const AD T(p.T_K, Eigen::Vector2d(p.T_K, 0.0));
  const AD rho(p.rho_cgs, Eigen::Vector2d(0.0, p.rho_cgs));
  const auto r = pair_screening(make_plasma<AD>(p, T, rho), Z1, A1, Z2, A2);
  const AD H = r.H_ion + r.H_e;
  out.H = H.value();
  out.H_ion = r.H_ion.value();
  out.H_e = r.H_e.value();
  out.dH_dlnT = H.derivatives()(0);
  out.dH_dlnrho = H.derivatives()(1);
  out.gamma12 = r.gamma.value();
  return out;
}

}  // namespace nuflash::nuclear
