#include "plasmon_dispersion.hpp"

#include <cmath>
#include <sstream>

#include "error.hpp"

namespace nuflash::neutrino {

namespace {

// Below this t the closed forms lose digits to cancellation; the Taylor series in t^2 is used instead.
constexpr double kSeriesLimit = 0.1;
constexpr int kSeriesTerms = 8;

void require_velocity(double v) {
  if (!(v >= 0.0 && v < 1.0)) {
    std::ostringstream os;
    os << "plasmon dispersion: v* = " << v << " outside the allowed range [0, 1)";
    throw InputError(os.str());
  }
}

}  // namespace

DispersionFunction transverse_function(double t) {
  DispersionFunction d;
  if (t < kSeriesLimit) {
    // G_T = sum_n 3 t^2n / ((2n+1)(2n+3))
    const double t2 = t * t;
    double pw = 1.0, dpw = t, G = 0.0, dG = 0.0;  // pw = t^2n, dpw = t^(2n-1) for n >= 1
    for (int n = 0; n < kSeriesTerms; ++n) {
      const double cn = 3.0 / ((2.0 * n + 1.0) * (2.0 * n + 3.0));
      G += cn * pw;
      if (n > 0) {
        dG += 2.0 * n * cn * dpw;
        dpw *= t2;
      }
      pw *= t2;
    }
    d.G = G;
    d.dG_dt = dG;
    return d;
  }
  const double F = std::atanh(t) / t;
  const double dF = 1.0 / (t * (1.0 - t * t)) - F / t;
  const double t2 = t * t;
  d.G = 1.5 * (F - (F - 1.0) / t2);
  d.dG_dt = 1.5 * (dF - dF / t2 + 2.0 * (F - 1.0) / (t2 * t));
  return d;
}

DispersionFunction longitudinal_function(double t) {
  DispersionFunction d;
  if (t < kSeriesLimit) {
    // G_L = sum_n 3 t^2n / (2n+3)
    const double t2 = t * t;
    double pw = 1.0, dpw = t, G = 0.0, dG = 0.0;  // pw = t^2n, dpw = t^(2n-1) for n >= 1
    for (int n = 0; n < kSeriesTerms; ++n) {
      const double cn = 3.0 / (2.0 * n + 3.0);
      G += cn * pw;
      if (n > 0) {
        dG += 2.0 * n * cn * dpw;
        dpw *= t2;
      }
      pw *= t2;
    }
    d.G = G;
    d.dG_dt = dG;
    return d;
  }
  const double F = std::atanh(t) / t;
  const double dF = 1.0 / (t * (1.0 - t * t)) - F / t;
  const double t2 = t * t;
  d.G = 3.0 * (F - 1.0) / t2;
  d.dG_dt = 3.0 * (dF / t2 - 2.0 * (F - 1.0) / (t2 * t));
  return d;
}

PlasmonMode transverse_mode(double sigma, double v) {
  const double q = std::sqrt(1.0 + sigma * sigma);
  const double s = sigma / q;
  const double t = v * s;
  const DispersionFunction g = transverse_function(t);
  const double sqG = std::sqrt(g.G);
  PlasmonMode m;
  m.k = sigma * sqG;
  m.omega = q * sqG;
  // dk/dsigma = sqrt(G) + sigma G'(t) (dt/dsigma) / (2 sqrt G), dt/dsigma = v / q^3
  m.dk_dpar = sqG + sigma * g.dG_dt * v / (q * q * q) / (2.0 * sqG);
  // Z_T = 2 w^2 (w^2 - v^2 k^2) / [3 w^2 + (w^2 + k^2)(w^2 - v^2 k^2) - 2 w^2 (w^2 - k^2)] (units omega_P),
  // divided through by omega^4: 1/omega^2 = (1 - s^2) / G_T
  const double inv_w2 = 1.0 / (q * q * g.G);
  const double one_t2 = 1.0 - t * t, s2 = s * s;
  m.Z = 2.0 * one_t2 / (3.0 * inv_w2 + (1.0 + s2) * one_t2 - 2.0 * (1.0 - s2));
  return m;
}

PlasmonMode longitudinal_mode(double s, double v) {
  const double t = v * s;
  const DispersionFunction g = longitudinal_function(t);
  PlasmonMode m;
  m.omega = std::sqrt(g.G);
  m.k = s * m.omega;
  // dk/ds = omega + s d omega/ds, d omega/ds = v G'(t) / (2 omega)
  m.dk_dpar = m.omega + s * v * g.dG_dt / (2.0 * m.omega);
  // Z_L = 2 (w^2 - v^2 k^2) / (3 - (w^2 - v^2 k^2)) (units omega_P), with w^2 - v^2 k^2 = w^2 (1 - t^2)
  const double a = g.G * (1.0 - t * t);
  m.Z = 2.0 * a / (3.0 - a);
  return m;
}

double transverse_omega(double k, double v) {
  require_velocity(v);
  if (!(k >= 0.0) || !std::isfinite(k)) throw InputError("transverse_omega: k must be finite and >= 0");
  // solve k = sigma sqrt(G_T(v s(sigma))) for sigma; k(sigma) is increasing and sqrt(G_T) in [1, 1.5^0.5]
  double sigma = k;
  for (int it = 0; it < 60; ++it) {
    const PlasmonMode m = transverse_mode(sigma, v);
    const double ds = (m.k - k) / m.dk_dpar;
    sigma = std::max(0.5 * sigma, sigma - ds);
    if (std::fabs(ds) <= 1e-15 * (1.0 + sigma)) break;
  }
  return transverse_mode(sigma, v).omega;
}

double longitudinal_omega(double k, double v) {
  require_velocity(v);
  const double kmax = longitudinal_kmax(v);
  if (!(k >= 0.0) || !(k <= kmax)) {
    std::ostringstream os;
    os << "longitudinal_omega: k = " << k << " omega_P outside the branch [0, " << kmax << "]";
    throw InputError(os.str());
  }
  // k(s) = s sqrt(G_L(v s)) increases from 0 to kmax on s in [0, 1)
  double lo = 0.0, hi = 1.0, s = std::min(k, 1.0 - 1e-12);
  for (int it = 0; it < 200; ++it) {
    const PlasmonMode m = longitudinal_mode(s, v);
    if (m.k > k) hi = s; else lo = s;
    double next = s - (m.k - k) / m.dk_dpar;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::fabs(next - s) <= 1e-15) { s = next; break; }
    s = next;
  }
  return longitudinal_mode(s, v).omega;
}

double transverse_asymptotic_mass2(double v) {
  require_velocity(v);
  return transverse_function(v).G;
}

double longitudinal_kmax(double v) {
  require_velocity(v);
  return std::sqrt(longitudinal_function(v).G);
}

double pi_transverse(double omega, double k, double v) {
  require_velocity(v);
  return transverse_function(v * k / omega).G;
}

double pi_longitudinal_00(double omega, double k, double v) {
  require_velocity(v);
  const double t = v * k / omega;
  // Pi_00 = (3 / v^2)(F - 1) = (k^2 / omega^2) G_L(t)
  return k * k / (omega * omega) * longitudinal_function(t).G;
}

}  // namespace nuflash::neutrino
