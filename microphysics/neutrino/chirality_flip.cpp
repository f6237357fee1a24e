#include "neutrino/chirality_flip.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "constants.hpp"
#include "dense_matter/fermi_dirac.hpp"
#include "dense_matter/massless_fermions.hpp"
#include "error.hpp"
#include "quadrature.hpp"

namespace nuflash {
namespace {

namespace c = constants;
constexpr double pi = std::numbers::pi;

struct Medium {
  double T = 0;           // MeV
  double eta_e = 0;       // mu_e / T
  double eta_nu = 0;      // mu_nu / T
  double m_p = 0;         // MeV
  double mu_p = 0;        // proton kinetic chemical potential [MeV]
  double ks2 = 0;         // total static screening k_s^2 [MeV^2]
  double e2 = 0;          // e^2 = 4 pi alpha
  bool positrons = true;  // include e+ (skipped when exp(-eta_e) is negligible)
};

double softplus(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }

// (1 + n_B(omega)) = 1 / (1 - exp(-omega/T))
double bose_enhancement(double omega, double T) { return -1.0 / std::expm1(-omega / T); }

// int_a^inf p^n f(p) dp for n = 0..3 with f the Fermi-Dirac occupation at (eta, T)
std::array<double, 4> moments(double a, double eta, double T) {
  std::array<double, 4> j = dense::fd_incomplete(a / T, eta);
  double tp = T;
  for (double& x : j) {
    x *= tp;
    tp *= T;
  }
  return j;
}

// Space-like response of massless fermions at (eta, T): returns {R_00, R_T} (per unit e^2), from
// R_00 = 1/(8 pi q) int_a^inf [(2p+w)^2 - q^2][f(p) - f(p+w)] dp,
// R_T  = (q^2 - w^2)/(16 pi q^3) int_a^inf [(2p+w)^2 + q^2][f(p) - f(p+w)] dp,  a = (q - w)/2.
std::array<double, 2> massless_response(double w, double q, double eta, double T) {
  const double a = 0.5 * (q - w);
  const auto j0 = moments(a, eta, T);
  const auto j1 = moments(a + w, eta, T);
  const double common = 4 * (j0[2] - j1[2]) + 4 * w * (j0[1] + j1[1]) + w * w * (j0[0] - j1[0]);
  const double Iminus = common - q * q * (j0[0] - j1[0]);
  const double Iplus = common + q * q * (j0[0] - j1[0]);
  return {Iminus / (8 * pi * q), (q * q - w * w) / (16 * pi * q * q * q) * Iplus};
}

// Longitudinal space-like response of a non-relativistic ideal Fermi gas (mass m, kinetic chemical
// potential mu): R_00 = m^2 T / (2 pi q) ln[(1 + e^{(mu - E-)/T}) / (1 + e^{(mu - E+)/T})],
// E-+ = (2 m w -+ q^2)^2 / (8 m q^2).
double nonrel_response(double w, double q, double m, double mu, double T) {
  const double em = std::pow(2 * m * w - q * q, 2) / (8 * m * q * q);
  const double ep = std::pow(2 * m * w + q * q, 2) / (8 * m * q * q);
  return m * m * T / (2 * pi * q) * (softplus((mu - em) / T) - softplus((mu - ep) / T));
}

// Neutrino kernels, b = (q + w)/2: energy-weighted (by the nu_R energy E - w)
//   G_L = int_b^inf f(E)(E-w)(2E-w)^2 dE,  G_T = G_L - q^2 int_b^inf f(E)(E-w) dE,
// summed over neutrinos (eta) and antineutrinos (-eta); and the lepton-number-weighted ones
//   N_L = int_b^inf f(E)(2E-w)^2 dE,  N_T = N_L - q^2 int_b^inf f(E) dE,
// neutrinos minus antineutrinos. Returns {G_L, G_T, N_L, N_T}.
std::array<double, 4> neutrino_kernels(double w, double q, double eta, double T) {
  const double b = 0.5 * (q + w);
  std::array<double, 4> g{0, 0, 0, 0};
  for (double e : {eta, -eta}) {
    const auto j = moments(b, e, T);
    const double gl = 4 * j[3] - 8 * w * j[2] + 5 * w * w * j[1] - w * w * w * j[0];
    const double nl = 4 * j[2] - 4 * w * j[1] + w * w * j[0];
    const double lepton = e == eta ? 1.0 : -1.0;
    g[0] += gl;
    g[1] += gl - q * q * (j[1] - w * j[0]);
    g[2] += lepton * nl;
    g[3] += lepton * (nl - q * q * j[0]);
  }
  return g;
}

struct Split {
  double e = 0, p = 0;  // energy rate on electrons (and positrons), on protons
  double lep = 0;       // lepton-number rate (nu_R minus anti-nu_R), all targets
};

// The (omega, q) integrand of eps_R / (mu^2 e^2 / 32 pi^4), split by target species.
Split integrand(double w, double q, const Medium& m) {
  const double T = m.T;
  auto re = massless_response(w, q, m.eta_e, T);
  if (m.positrons) {
    const auto rp = massless_response(w, q, -m.eta_e, T);
    re[0] += rp[0];
    re[1] += rp[1];
  }
  const double rp00 = nonrel_response(w, q, m.m_p, m.mu_p, T);
  const double bose2 = 2 * bose_enhancement(w, T);
  const double q2 = q * q, w2 = w * w;
  const double dl = std::pow(q2 + m.ks2, 2) + std::pow(m.e2 * (re[0] + rp00), 2);
  const double dt = std::pow(q2 - w2, 2) + std::pow(m.e2 * re[1], 2);
  const auto g = neutrino_kernels(w, q, m.eta_nu, T);
  const double lw = q * (q2 - w2) * g[0] / dl * bose2;
  const double tw = q * (q2 - w2) * (q2 - w2) / q2 * g[1] / dt * bose2;
  const double ln = q * (q2 - w2) * g[2] / dl * bose2;
  const double tn = q * (q2 - w2) * (q2 - w2) / q2 * g[3] / dt * bose2;
  return {lw * re[0] + tw * re[1], lw * rp00, ln * (re[0] + rp00) + tn * re[1]};
}

void check_range(const char* name, double v, double lo, double hi, const char* unit) {
  if (!(v >= lo && v <= hi))
    throw InputError(std::string("chirality_flip: ") + name + " = " + std::to_string(v) + unit +
                     " is outside [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
}

}  // namespace

ChiralityFlipResult chirality_flip_emissivity(const ChiralityFlipInput& in) {
  const double T = in.T_K * c::kB_cgs / c::MeV_erg;
  check_range("rho", in.rho_cgs, 1e8, 1e16, " g/cm^3");
  check_range("T", T, 0.05, 200, " MeV");
  check_range("Ye", in.Ye, 1e-4, 0.6, "");
  check_range("Ynu", in.Ynu, -0.3, 0.3, "");
  check_range("mu12", in.mu12, 0, 1e12, "");
  check_range("nodes", in.nodes, 2, 16, "");

  const double hc3 = std::pow(c::hbar_c_MeV_cm, 3);  // MeV^3 cm^3
  const double nB = in.rho_cgs / c::mu_g * hc3;       // baryons [MeV^3]
  Medium m;
  m.T = T;
  m.e2 = 4 * pi * c::alpha_fs;
  const double mu_e = dense::massless_mu(in.Ye * nB, T, 2);
  const double mu_nu = dense::massless_mu(in.Ynu * nB, T, 1);
  m.eta_e = mu_e / T;
  m.eta_nu = mu_nu / T;
  m.positrons = m.eta_e < 30;
  m.m_p = c::mp_g * c::c_cgs * c::c_cgs / c::MeV_erg;
  // protons: n_p = (2 m T)^{3/2} F_{1/2}(eta) / (2 pi^2)
  const double np = in.Ye * nB;
  const double eta_p = dense::fd_half_inverse(np * 2 * pi * pi / std::pow(2 * m.m_p * T, 1.5));
  m.mu_p = eta_p * T;
  const dense::FdHalf fp = dense::fd_half(eta_p);
  const double dnp_dmu = std::pow(2 * m.m_p, 1.5) * std::sqrt(T) * 0.5 * fp.fm12 / (2 * pi * pi);
  const double ke2 = m.e2 * dense::massless_gas(mu_e, T, 2).dn_dmu;
  const double kp2 = m.e2 * dnp_dmu;
  m.ks2 = ke2 + kp2;

  // Integration domain: omega in [-30 T, E_max], q in [|omega|, 2 E_max - omega], where E_max puts
  // the neutrino occupation below e^-30. Near omega = 0 the dynamically screened transverse part
  // behaves as |omega|^(-1/3) (Landau damping, Im Pi_T ~ omega/q); omega = +-T u^3 on [-T, T] removes
  // that. A fixed number of panels, growing geometrically in omega and in q - |omega|, with
  // in.nodes Gauss-Legendre nodes each: the nodes move smoothly with the state, so eps_R is a smooth
  // function of it (as a stiff integrator needs); convergence is shown in docs/supernova.md.
  const double e_max = std::max(mu_nu, -mu_nu) + 30 * T;
  const double ks = std::sqrt(m.ks2);
  const quadrature::Rule& gl = quadrature::gauss_legendre(in.nodes);
  constexpr int kPanelsW = 6, kPanelsQ = 9;
  std::vector<double> w_edges{-30 * T, -10 * T, -3 * T, -T};
  for (int k = 0; k <= kPanelsW; ++k) w_edges.push_back(T * std::pow(e_max / T, static_cast<double>(k) / kPanelsW));
  std::vector<std::array<double, 2>> w_nodes;  // (omega, weight)
  for (std::size_t iw = 0; iw + 1 < w_edges.size(); ++iw) {
    if (w_edges[iw] == -T) {  // [-T, T] through omega = +-T u^3
      for (double sign : {-1.0, 1.0})
        for (std::size_t j = 0; j < gl.x.size(); ++j) {
          const double u = 0.5 * (1 + gl.x[j]);
          w_nodes.push_back({sign * T * u * u * u, 0.5 * gl.w[j] * 3 * T * u * u});
        }
      continue;
    }
    const double wh = 0.5 * (w_edges[iw + 1] - w_edges[iw]);
    const double wm = 0.5 * (w_edges[iw + 1] + w_edges[iw]);
    for (std::size_t j = 0; j < gl.x.size(); ++j) w_nodes.push_back({wm + wh * gl.x[j], wh * gl.w[j]});
  }

  Split total;
  for (const auto& [w, ww] : w_nodes) {
    const double q_lo = std::abs(w), q_hi = 2 * e_max - w;
    if (q_hi <= q_lo) continue;
    // the first panel follows the dynamical-screening scale q^3 ~ k^2 |omega| at small omega
    const double span = q_hi - q_lo;
    const double d0 = std::min(0.1 * std::min(ks, T) * std::clamp(std::cbrt(std::abs(w) / T), 1e-3, 1.0), span);
    Split inner;
    double q_prev = q_lo;
    for (int k = 0; k <= kPanelsQ + 1; ++k) {
      const double q_next = k == 0 ? q_lo + d0 : q_lo + d0 * std::pow(span / d0, static_cast<double>(k - 1) / kPanelsQ);
      const double qh = 0.5 * (q_next - q_prev), qm = 0.5 * (q_next + q_prev);
      q_prev = q_next;
      if (!(qh > 0)) continue;  // empty panel (its weight vanishes continuously)
      for (std::size_t jq = 0; jq < gl.x.size(); ++jq) {
        const Split s = integrand(w, qm + qh * gl.x[jq], m);
        inner.e += qh * gl.w[jq] * s.e;
        inner.p += qh * gl.w[jq] * s.p;
        inner.lep += qh * gl.w[jq] * s.lep;
      }
    }
    total.e += ww * inner.e;
    total.p += ww * inner.p;
    total.lep += ww * inner.lep;
  }

  // mu_nu = mu12 1e-12 mu_B with mu_B = e / (2 m_e) in natural units
  const double me = c::me_c2_MeV;
  const double mu_nu_nat = in.mu12 * c::mu12_muB * std::sqrt(m.e2) / (2 * me);  // MeV^-1
  const double pref = mu_nu_nat * mu_nu_nat * m.e2 / (32 * pi * pi * pi * pi);
  // MeV^5 -> erg cm^-3 s^-1 -> erg g^-1 s^-1
  const double hbar_MeV_s = c::hbar_cgs / c::MeV_erg;
  const double to_cgs = c::MeV_erg / (hc3 * hbar_MeV_s) / in.rho_cgs;

  ChiralityFlipResult r;
  r.eps_e = pref * total.e * to_cgs;
  r.eps_p = pref * total.p * to_cgs;
  r.lepton_rate = pref * total.lep * to_cgs / c::MeV_erg;  // MeV^4 -> cm^-3 s^-1 -> g^-1 s^-1
  r.eps_R = r.eps_e + r.eps_p;
  r.mu_e_MeV = mu_e;
  r.mu_nu_MeV = mu_nu;
  r.eta_p = eta_p;
  r.kTF_MeV = std::sqrt(ke2);
  r.kD_MeV = std::sqrt(kp2);
  if (!std::isfinite(r.eps_R) || r.eps_e < 0 || r.eps_p < 0)
    throw ComputeError("chirality_flip: non-finite or negative emissivity at rho = " +
                       std::to_string(in.rho_cgs) + ", T = " + std::to_string(T) + " MeV");
  return r;
}

}  // namespace nuflash
