#include "plasma_frequency.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

#include "constants.hpp"
#include "error.hpp"
#include "gauss_legendre.hpp"

namespace nuflash::neutrino {

namespace {

namespace c = nuflash::constants;

// Integrals over one species with occupation f = 1 / (exp(x - eta_s) + 1), x = kinetic energy / kT,
// theta = kT / m_e c^2, momenta and energies in units of m_e c:
//   Jn = theta Int p E f dx            (p^2 dp = theta p E dx)
//   JP = theta Int (p - p^3/(3E^2)) f dx
//   J1 = theta Int (5p^3/(3E^2) - p^5/E^4) f dx
// and their derivatives with respect to eta_s (fixed theta) and theta (fixed eta_s).
struct SpeciesIntegrals {
  std::array<double, 3> J{};        // Jn, JP, J1
  std::array<double, 3> dJ_deta{};
  std::array<double, 3> dJ_dtheta{};
};

// Breakpoints in x: the Fermi surface at x = eta_s and bands of width 5 and 20 either side of it; the
// occupation beyond x = max(eta_s, 0) + 25 is below e^-25 of its peak and is dropped.
SpeciesIntegrals species_integrals(double eta_s, double theta) {
  const double mu = std::max(eta_s, 0.0);
  const std::array<double, 6> xb = {0.0, std::max(0.0, eta_s - 20.0), std::max(0.0, eta_s - 5.0), mu, mu + 5.0,
                                     mu + 25.0};
  const std::array<int, 5> nodes = {14, 10, 10, 10, 10};
  SpeciesIntegrals out;
  for (int seg = 0; seg < 5; ++seg) {
    if (xb[seg + 1] <= xb[seg]) continue;
    // integrate in y = sqrt(x), which removes the p ~ sqrt(x) behaviour at the origin
    const double ya = std::sqrt(xb[seg]), yb = std::sqrt(xb[seg + 1]);
    const GaussRule& r = gauss_legendre(nodes[seg]);
    const double h = 0.5 * (yb - ya), cm = 0.5 * (yb + ya);
    for (std::size_t i = 0; i < r.x.size(); ++i) {
      const double y = cm + h * r.x[i];
      const double x = y * y;
      const double wgt = r.w[i] * h * 2.0 * y;  // dx = 2 y dy
      const double E = 1.0 + theta * x;
      const double p = std::sqrt(theta * x * (2.0 + theta * x));
      const double ex = std::exp(-std::fabs(x - eta_s));
      const double f = (x > eta_s) ? ex / (1.0 + ex) : 1.0 / (1.0 + ex);
      const double f1mf = ex / ((1.0 + ex) * (1.0 + ex));
      const double b = p / E, b2 = b * b;
      // h(p, E) and its partials; dp/dtheta = E x / p, dE/dtheta = x (at fixed x)
      const std::array<double, 3> hv = {p * E, p * (1.0 - b2 / 3.0), p * b2 * (5.0 / 3.0 - b2)};
      const std::array<double, 3> h_p = {E, 1.0 - b2, 5.0 * b2 * (1.0 - b2)};
      const std::array<double, 3> h_E = {p, 2.0 * p * b2 / (3.0 * E), p * b2 * (-10.0 / 3.0 + 4.0 * b2) / E};
      const double dp_dth = (p > 0.0) ? E * x / p : 0.0;
      for (int k = 0; k < 3; ++k) {
        out.J[k] += wgt * hv[k] * f;
        out.dJ_deta[k] += wgt * hv[k] * f1mf;
        out.dJ_dtheta[k] += wgt * (h_p[k] * dp_dth + h_E[k] * x) * f;
      }
    }
  }
  for (int k = 0; k < 3; ++k) {
    out.dJ_dtheta[k] = out.J[k] + theta * out.dJ_dtheta[k];  // d(theta Int h f)/dtheta
    out.J[k] *= theta;
    out.dJ_deta[k] *= theta;
  }
  return out;
}

}  // namespace

ElectronMoments electron_moments(double eta, double T_K) {
  if (!std::isfinite(eta) || !std::isfinite(T_K) || T_K <= 0.0) {
    std::ostringstream os;
    os << "electron_moments: eta = " << eta << ", T = " << T_K << " K; need finite eta and T > 0";
    throw InputError(os.str());
  }
  const double theta = c::kB_cgs * T_K / c::me_c2_erg;
  const SpeciesIntegrals el = species_integrals(eta, theta);
  // positrons: occupation 1/(exp(x + eta + 2/theta) + 1); skipped when below e^-50 of the electrons'
  const double eta_pos = -eta - 2.0 / theta;
  SpeciesIntegrals po;
  if (eta_pos > std::min(eta, 0.0) - 50.0) po = species_integrals(eta_pos, theta);

  // totals over (e-) + (e+) for the moments, (e-) - (e+) for the net density, as functions of (eta, theta):
  // d eta_pos / d eta = -1, d eta_pos / d theta = 2 / theta^2
  std::array<double, 3> S{}, S_eta{}, S_th{};
  for (int k = 0; k < 3; ++k) {
    const double sign = (k == 0) ? -1.0 : 1.0;
    S[k] = el.J[k] + sign * po.J[k];
    S_eta[k] = el.dJ_deta[k] - sign * po.dJ_deta[k];
    S_th[k] = el.dJ_dtheta[k] + sign * (po.dJ_dtheta[k] + 2.0 / (theta * theta) * po.dJ_deta[k]);
  }
  const double dtheta_dT = c::kB_cgs / c::me_c2_erg;
  const double n_unit = 1.0 / (c::pi * c::pi * c::lambda_C_cgs * c::lambda_C_cgs * c::lambda_C_cgs);

  ElectronMoments m;
  m.n_net_cgs = n_unit * S[0];
  m.dn_deta = n_unit * S_eta[0];
  m.dn_dT = n_unit * S_th[0] * dtheta_dT;
  m.omega_p_erg = c::me_c2_erg * std::sqrt(4.0 * c::alpha_fs / c::pi * S[1]);
  const double v2 = S[2] / S[1];
  m.v_star = std::sqrt(v2);
  m.dlnwp_deta = 0.5 * S_eta[1] / S[1];
  m.dlnwp_dT = 0.5 * S_th[1] / S[1] * dtheta_dT;
  // v = sqrt(S1/SP): dv = v/2 (dS1/S1 - dSP/SP)
  m.dv_deta = 0.5 * m.v_star * (S_eta[2] / S[2] - S_eta[1] / S[1]);
  m.dv_dT = 0.5 * m.v_star * (S_th[2] / S[2] - S_th[1] / S[1]) * dtheta_dT;
  return m;
}

}  // namespace nuflash::neutrino
