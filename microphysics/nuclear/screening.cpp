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

double value_of(double x) { return x; }
double value_of(const AD& x) { return x.value(); }

// Temperature- and density-dependent plasma quantities; the composition sums are plain numbers.
template <class S>
struct Plasma {
  S T;
  S lambda0;
  S gamma_e;
  double zeta, ye, z158;
};

template <class S>
Plasma<S> make_plasma(const ScreeningPlasma& p, const S& T, const S& rho) {
  using std::pow;
  using std::sqrt;
  const S e2_kT = c::e_esu * c::e_esu / (c::kB_cgs * T);
  const S n_e = rho * (c::NA * p.ye);
  Plasma<S> q{T,
              pow(e2_kT, 1.5) * sqrt(4.0 * c::pi * c::NA * rho),
              e2_kT * pow(4.0 * c::pi / 3.0 * n_e, 1.0 / 3.0),
              p.zeta,
              p.ye,
              p.z158};
  return q;
}

template <class S>
S weak(const Plasma<S>& p, double Z1, double Z2) {
  return Z1 * Z2 * p.zeta * p.lambda0;
}

template <class S>
S intermediate(const Plasma<S>& p, double Z1, double Z2) {
  using std::pow;
  const double eta = std::pow(Z1 + Z2, 1.86) - std::pow(Z1, 1.86) - std::pow(Z2, 1.86);
  return 0.38 * eta * p.z158 / (std::pow(p.zeta, 0.58) * std::pow(p.ye, 0.28)) * pow(p.lambda0, 0.86);
}

template <class S>
S strong(const Plasma<S>& p, double Z1, double A1, double Z2, double A2) {
  using std::log;
  using std::pow;
  const double zhat = std::pow(Z1 + Z2, 5.0 / 3.0) - std::pow(Z1, 5.0 / 3.0) - std::pow(Z2, 5.0 / 3.0);
  const double zhat2 = std::pow(Z1 + Z2, 5.0 / 12.0) - std::pow(Z1, 5.0 / 12.0) - std::pow(Z2, 5.0 / 12.0);
  const double lz = 5.0 / 3.0 * std::log(Z1 * Z2 / (Z1 + Z2));
  // Itoh et al. (1979) eq. (4): coupling of the pair.
  const double pair = 2.0 * Z1 * Z2 / (std::cbrt(Z1) + std::cbrt(Z2));
  // Gamow-peak exponent tau = 3 E0/kT = 3 (pi^2 mu m_u Z1^2 Z2^2 e^4 / (2 hbar^2 kT))^(1/3).
  const double mu_g = A1 * A2 / (A1 + A2) * c::mu_g;
  const double e4 = std::pow(c::e_esu, 4);
  const S tau3 = pow(c::pi * c::pi * mu_g * Z1 * Z1 * Z2 * Z2 * e4 / (2.0 * c::hbar_cgs * c::hbar_cgs * c::kB_cgs * p.T),
                     1.0 / 3.0);  // tau/3
  // alpha = 3 Gamma12/tau; Alastuey & Jancovici (1978) hold for alpha <= 1.6 (beyond that the
  // reaction is pycnonuclear); the coupling is capped there.
  S gamma_e = p.gamma_e;
  S alpha = pair * gamma_e / tau3;
  if (value_of(alpha) > 1.6) {
    gamma_e = 1.6 * tau3 / pair;
    alpha = S(1.6);
  }
  const S gamma12 = pair * gamma_e;
  const S a3 = alpha * alpha * alpha;
  S H = 0.896434 * gamma_e * zhat - 3.44740 * pow(gamma_e, 0.25) * zhat2 - 0.5551 * (log(gamma_e) + lz) - 2.996;
  H -= a3 * (tau3 * (5.0 / 32.0 - alpha * (0.014 + 0.0128 * alpha)) +
             gamma12 * alpha * (0.0055 + alpha * (-0.0098 + 0.0048 * alpha)));
  const S quantum = 1.0 - 0.0562 * a3;
  H += value_of(quantum) > 0.77 ? S(log(quantum)) : S(std::log(0.77));
  return H;
}

// Cubic smoothstep of ln(x) between ln(lo) and ln(hi): 0 below lo, 1 above hi, C1 in between.
template <class S>
S smoothstep_log(const S& x, double lo, double hi) {
  using std::log;
  const S t = (log(x) - std::log(lo)) / (std::log(hi) - std::log(lo));
  if (value_of(t) <= 0.0) return S(0.0);
  if (value_of(t) >= 1.0) return S(1.0);
  return t * t * (3.0 - 2.0 * t);
}

// Graboske et al. (1973) regime limits in Lambda12, with the blending windows described in the header.
constexpr double kWeakEnd = 0.1;
constexpr double kIntermediateFull = 0.5;
constexpr double kIntermediateEnd = 2.0;
constexpr double kStrongFull = 5.0;

}  // namespace

ScreeningPlasma screening_plasma(double rho_cgs, double T_K, const std::array<double, kNumSpecies>& Y) {
  ScreeningPlasma p;
  p.rho_cgs = rho_cgs;
  p.T_K = T_K;
  double z2 = 0;
  for (int i = 0; i < kNumSpecies; ++i) {
    const double y = std::max(Y[i], 0.0);
    const double Z = nuclides()[i].Z;
    z2 += Z * Z * y;
    p.ye += Z * y;
    p.z158 += std::pow(Z, 1.58) * y;
  }
  p.zeta = std::sqrt(z2 + p.ye);
  const auto q = make_plasma<double>(p, T_K, rho_cgs);
  p.lambda0 = q.lambda0;
  p.gamma_e = q.gamma_e;
  return p;
}

double screening_weak(const ScreeningPlasma& p, double Z1, double Z2) {
  return weak(make_plasma<double>(p, p.T_K, p.rho_cgs), Z1, Z2);
}

double screening_intermediate(const ScreeningPlasma& p, double Z1, double Z2) {
  return intermediate(make_plasma<double>(p, p.T_K, p.rho_cgs), Z1, Z2);
}

double screening_strong(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2) {
  return strong(make_plasma<double>(p, p.T_K, p.rho_cgs), Z1, A1, Z2, A2);
}

Screening screening(const ScreeningPlasma& p, double Z1, double A1, double Z2, double A2) {
  Screening out;
  if (p.ye <= 0.0 || Z1 <= 0.0 || Z2 <= 0.0) return out;
  const AD T(p.T_K, Eigen::Vector2d(p.T_K, 0.0));
  const AD rho(p.rho_cgs, Eigen::Vector2d(0.0, p.rho_cgs));
  const auto q = make_plasma<AD>(p, T, rho);
  const AD lambda12 = weak(q, Z1, Z2);
  AD H = lambda12;
  if (lambda12.value() > kWeakEnd) {
    const AD Hi = intermediate(q, Z1, Z2);
    const AD s1 = smoothstep_log(lambda12, kWeakEnd, kIntermediateFull);
    H = (1.0 - s1) * lambda12 + s1 * Hi;
    if (lambda12.value() > kIntermediateEnd) {
      const AD s2 = smoothstep_log(lambda12, kIntermediateEnd, kStrongFull);
      H = (1.0 - s2) * Hi + s2 * strong(q, Z1, A1, Z2, A2);
    }
  }
  out.H = H.value();
  out.dH_dlnT = H.derivatives()(0);
  out.dH_dlnrho = H.derivatives()(1);
  out.lambda12 = lambda12.value();
  return out;
}

}  // namespace nuflash::nuclear
