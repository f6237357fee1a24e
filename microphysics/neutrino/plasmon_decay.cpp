#include "plasmon_decay.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "constants.hpp"
#include "error.hpp"
#include "neutrino_couplings.hpp"
#include "plasmon_dispersion.hpp"
#include "quadrature.hpp"

namespace nuflash::neutrino {

namespace {

namespace c = nuflash::constants;

constexpr int kNodes = 10;
// Plasmons with omega - omega_P above this many kT are dropped (e^-50 of the peak).
constexpr double kBoltzmannCut = 50.0;

// e^g / (exp(g w) - 1) for w >= 1
double scaled_bose(double g, double w) { return std::exp(-g * (w - 1.0)) / -std::expm1(-g * w); }

void require_plasma(double g, double v) {
  if (!(g > 0.0) || !std::isfinite(g) || !(v >= 0.0 && v < 1.0)) {
    std::ostringstream os;
    os << "plasmon_integrals: g = omega_P/kT = " << g << ", v* = " << v << "; need g > 0 and 0 <= v* < 1";
    throw InputError(os.str());
  }
}

// hbar^4 c^3: converts an energy^5 rate density in natural units to erg cm^-3 s^-1
constexpr double kRateUnit = c::hbar_cgs * c::hbar_cgs * c::hbar_cgs * c::hbar_cgs * c::c_cgs * c::c_cgs * c::c_cgs;

}  // namespace

PlasmonIntegrals plasmon_integrals(double g, double v) {
  require_plasma(g, v);
  const quadrature::Rule& r = quadrature::gauss_legendre(kNodes);
  PlasmonIntegrals out;

  // Transverse: variable sigma = y / g, panels of width <= 0.7 in ln y. y ~ k/kT; the Boltzmann cut-off
  // omega/kT >= sqrt(g^2 + y^2) bounds y from above.
  const double y_hi = std::sqrt((g + kBoltzmannCut) * (g + kBoltzmannCut) - g * g);
  const double y_lo = 1e-5 * std::min(g, 1.0);
  const double lnspan = std::log(y_hi / y_lo);
  const int npanel = static_cast<int>(std::ceil(lnspan / 0.7));
  const double du = lnspan / npanel;
  for (int p = 0; p < npanel; ++p) {
    const double ua = std::log(y_lo) + p * du;
    for (std::size_t i = 0; i < r.x.size(); ++i) {
      const double y = std::exp(ua + 0.5 * du * (1.0 + r.x[i]));
      const double sigma = y / g;
      const PlasmonMode m = transverse_mode(sigma, v);
      const double m2 = (m.omega - m.k) * (m.omega + m.k);
      const double common = r.w[i] * 0.5 * du * sigma * m.dk_dpar * m.k * m.k * m.Z * scaled_bose(g, m.omega);
      out.T_mu += common * m2 * m2;
      out.T_sm += common * m2 * m2 * m2;
    }
  }

  // Longitudinal: s in [0, 1), panels [0, 1/2], then halving towards the light cone until the panel is
  // well inside the distance 1/v - 1 to the logarithmic singularity of G_L.
  double a = 0.0, b = 0.5;
  for (;;) {
    const double h = 0.5 * (b - a), cm = 0.5 * (b + a);
    for (std::size_t i = 0; i < r.x.size(); ++i) {
      const double s = cm + h * r.x[i];
      const PlasmonMode m = longitudinal_mode(s, v);
      const double m2 = (m.omega - m.k) * (m.omega + m.k);
      const double common = r.w[i] * h * m.dk_dpar * m.k * m.k * m.Z * m.omega * m.omega * scaled_bose(g, m.omega);
      out.L_mu += common * m2;
      out.L_sm += common * m2 * m2;
    }
    if (b >= 1.0) break;
    a = b;
    const double gap = 1.0 - a;
    b = (gap < 0.125 * (1.0 - v) || gap < 1e-6) ? 1.0 : 1.0 - 0.5 * gap;
  }
  return out;
}

double plasmon_sm_prefactor(double omega_p_erg) {
  const double hc = c::hbar_cgs * c::c_cgs;
  const double GF_nat = c::GF_erg_cm3 / (hc * hc * hc);  // erg^-2
  const double w3 = omega_p_erg * omega_p_erg * omega_p_erg;
  return GF_nat * GF_nat * couplings::sum_v2 / (48.0 * c::pi * c::pi * c::pi * c::pi * c::alpha_fs) * w3 * w3 * w3 /
         kRateUnit;
}

double plasmon_mu_prefactor(double mu12, double omega_p_erg) {
  // mu_B = e / (2 m_e) in natural Heaviside-Lorentz units (e^2 = 4 pi alpha) [erg^-1]
  const double mu = c::mu12_muB * mu12 * std::sqrt(4.0 * c::pi * c::alpha_fs) / (2.0 * c::me_c2_erg);
  const double w = omega_p_erg;
  return mu * mu / (24.0 * c::pi * c::pi * c::pi) * w * w * w * w * w * w * w / kRateUnit;
}

double plasmon_sm_rate(double omega_p_erg, double v, double T_K) {
  const double g = omega_p_erg / (c::kB_cgs * T_K);
  const PlasmonIntegrals I = plasmon_integrals(g, v);
  return plasmon_sm_prefactor(omega_p_erg) * std::exp(-g) * (I.T_sm + 0.5 * I.L_sm);
}

double plasmon_mu_rate(double mu12, double omega_p_erg, double v, double T_K) {
  const double g = omega_p_erg / (c::kB_cgs * T_K);
  const PlasmonIntegrals I = plasmon_integrals(g, v);
  return plasmon_mu_prefactor(mu12, omega_p_erg) * std::exp(-g) * (I.T_mu + 0.5 * I.L_mu);
}

double raffelt_ratio_coefficient() {
  // with omega^2 - k^2 = omega_pl^2 = (10 keV)^2 the ratio of the integrands is the ratio of prefactors
  const double w = 10.0 * c::keV_erg;
  return plasmon_mu_prefactor(1.0, w) / plasmon_sm_prefactor(w);
}

}  // namespace nuflash::neutrino
