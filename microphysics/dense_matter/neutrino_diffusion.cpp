#include "dense_matter/neutrino_diffusion.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>

#include "constants.hpp"
#include "quadrature.hpp"

namespace nuflash::dense {
namespace {

namespace c = constants;
constexpr double pi = std::numbers::pi;
constexpr double hc_cm = c::hbar_c_MeV_cm;
constexpr double GF_MeV2 = c::GF_GeV2 * 1e-6;  // MeV^-2
constexpr double mn_MeV = c::mn_g * c::c_cgs * c::c_cgs / c::MeV_erg;
constexpr double mp_MeV = c::mp_g * c::c_cgs * c::c_cgs / c::MeV_erg;

double fermi(double x) { return x > 0 ? std::exp(-x) / (1 + std::exp(-x)) : 1 / (1 + std::exp(x)); }

// Bruenn 1985 eq. C14: eta_ij = (n_j - n_i) / (exp(eta_j - eta_i) - 1), the density of nucleons i
// that can turn into j with final-state blocking (elastic approximation); n_i when j is empty.
double eta_ij(double ni, double nj, double eta_i, double eta_j) {
  const double x = eta_j - eta_i;
  if (std::abs(x) < 1e-8) return ni;  // limit of (n_j - n_i)/x, nondegenerate-like; rare
  return (nj - ni) / std::expm1(x);
}

struct Couplings {
  double n_sc = 0, p_sc = 0;  // (2/3)(c_V^2 + 5 c_A^2) for neutrons and protons
};
Couplings couplings() {
  const double gA = c::gA_nucleon, s2w = c::sin2thetaW_onshell;
  const double cvn = -0.5, can = -0.5 * gA, cvp = 0.5 - 2 * s2w, cap = 0.5 * gA;
  return {2.0 / 3.0 * (cvn * cvn + 5 * can * can), 2.0 / 3.0 * (cvp * cvp + 5 * cap * cap)};
}

struct Medium {
  double T = 0, eta_nu = 0, eta_e = 0;
  double xi_n = 0, xi_p = 0;        // T dn/dmu [cm^-3]
  double eta_np = 0, eta_pn = 0;    // [cm^-3]
  double Delta = 0;                 // energy released in nu_e n -> e p [MeV]
};

Medium medium(const HotMatter& m) {
  Medium md;
  md.T = m.T_MeV;
  md.eta_nu = m.mu_nu_MeV / m.T_MeV;
  md.eta_e = m.mu_e_MeV / m.T_MeV;
  const double nn = (1 - m.Ye) * m.nB_fm3 * 1e39, np = m.Ye * m.nB_fm3 * 1e39;  // cm^-3
  md.xi_n = m.T_MeV * m.dnn_dmu_fm3_MeV * 1e39;
  md.xi_p = m.T_MeV * m.dnp_dmu_fm3_MeV * 1e39;
  md.eta_np = eta_ij(nn, np, m.eta_n, m.eta_p);
  md.eta_pn = eta_ij(np, nn, m.eta_p, m.eta_n);
  md.Delta = mn_MeV - mp_MeV + m.U_n_MeV - m.U_p_MeV;
  return md;
}

InverseMeanFreePaths kappa(const Medium& md, double E) {
  static const Couplings cp = couplings();
  const double hc2 = hc_cm * hc_cm;
  const double s0 = GF_MeV2 * GF_MeV2 * E * E / pi * hc2;  // cm^2
  const double k_sc = s0 * (cp.n_sc * md.xi_n + cp.p_sc * md.xi_p);
  const double sa = GF_MeV2 * GF_MeV2 * c::Vud * c::Vud / pi * (1 + 3 * c::gA_nucleon * c::gA_nucleon) * hc2;
  InverseMeanFreePaths k;
  const double Ee = E + md.Delta;
  const double T = md.T;
  if (Ee > 0) {
    const double block = fermi(md.eta_e - Ee / T);  // 1 - f_e(Ee) = f(-(Ee/T - eta_e))
    const double stim = 1 - fermi(E / T - md.eta_nu);
    k.nue = sa * Ee * Ee * md.eta_np * block / stim;
  }
  const double Ep = E - md.Delta;
  if (Ep > 0) {
    const double block = fermi(-md.eta_e - Ep / T);  // 1 - f_{e+}(Ep)
    const double stim = 1 - fermi(E / T + md.eta_nu);
    k.anue = sa * Ep * Ep * md.eta_pn * block / stim;
  }
  k.nue += k_sc;
  k.anue += k_sc;
  k.nux = k_sc;
  return k;
}

// Quadrature in x = E/T over panels around the Fermi edge of occupation eta, 10 Gauss-Legendre nodes
// each: calls visit(x, weight) for every node. The edges move continuously with eta (panels below
// x = 0 shrink to zero width and are skipped), so the quadrature is smooth in it.
template <class V>
void for_each_energy_node(double eta, V&& visit) {
  const quadrature::Rule& g = quadrature::gauss_legendre(10);
  double lo = 0.0;
  for (double d : {-20.0, -8.0, -3.0, 0.0, 3.0, 8.0, 20.0, 45.0}) {
    const double hi = std::max(0.0, eta + d);
    const double half = 0.5 * (hi - lo), mid = 0.5 * (hi + lo);
    lo = hi;
    if (half <= 0) continue;
    for (std::size_t j = 0; j < g.x.size(); ++j) visit(mid + half * g.x[j], half * g.w[j]);
  }
}

}  // namespace

InverseMeanFreePaths neutrino_kappa(const HotMatter& m, double E_MeV) { return kappa(medium(m), E_MeV); }

DiffusionCoefficients neutrino_diffusion(const HotMatter& m) {
  const Medium md = medium(m);
  const double T = md.T;
  // (c/3) 4 pi / (2 pi hbar c)^3 * T^3 (from dE E^2 = T^3 dx x^2), per cm^3 -> prefactor
  const double pref = c::c_cgs / 3 * 4 * pi / std::pow(2 * pi * hc_cm, 3) * T * T * T;
  DiffusionCoefficients d;
  struct Sp {
    double eta, sign_eta;
    int which;
    double mult;
  };
  for (const Sp sp : {Sp{md.eta_nu, 1, 0, 1}, Sp{-md.eta_nu, -1, 1, 1}, Sp{0, 0, 2, 4}}) {
    double n0 = 0, n1 = 0, e1 = 0;  // int x^2 lambda f(1-f) x^k
    for_each_energy_node(sp.eta, [&](double x, double wq) {
      const InverseMeanFreePaths k = kappa(md, x * T);
      const double kap = sp.which == 0 ? k.nue : sp.which == 1 ? k.anue : k.nux;
      const double f = fermi(x - sp.eta);
      const double w = wq * x * x * f * (1 - f) / kap;
      n0 += w;
      n1 += w * x;
      e1 += w * x * x;
    });
    const double e0 = n1;
    // species number flux: -pref (n0 d(eta_s)/dr + n1 dlnT/dr); d(eta_s)/dr = sign d(eta_nu)/dr
    const double lep = sp.which == 0 ? 1 : sp.which == 1 ? -1 : 0;  // lepton number carried
    d.DL_eta += lep * sp.sign_eta * pref * n0;
    d.DL_lnT += lep * pref * n1;
    d.DE_eta += sp.mult * sp.sign_eta * pref * e0 * T * c::MeV_erg;
    d.DE_lnT += sp.mult * pref * e1 * T * c::MeV_erg;
  }
  return d;
}

SurfaceFlux neutrino_surface_flux(const HotMatter& m, double h_cm) {
  const Medium md = medium(m);
  const double T = md.T;
  const double pref = c::c_cgs / 3 * 4 * pi / std::pow(2 * pi * hc_cm, 3) * T * T * T;
  SurfaceFlux s;
  for (int which = 0; which < 3; ++which) {
    const double eta = which == 0 ? md.eta_nu : which == 1 ? -md.eta_nu : 0;
    const double lep = which == 0 ? 1 : which == 1 ? -1 : 0;
    const double mult = which == 2 ? 4 : 1;
    double nsum = 0, esum = 0;
    for_each_energy_node(eta, [&](double x, double wq) {
      const InverseMeanFreePaths k = kappa(md, x * T);
      const double lam = 1 / (which == 0 ? k.nue : which == 1 ? k.anue : k.nux);
      const double w = wq * x * x * fermi(x - eta) * lam / (h_cm + 2 * lam / 3);
      nsum += w;
      esum += w * x;
    });
    s.F_L += lep * pref * nsum;
    s.F_E += mult * pref * esum * T * c::MeV_erg;
  }
  return s;
}

}  // namespace nuflash::dense
