#include "dense_matter/hot_nuclear_eos.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <string>

#include "constants.hpp"
#include "dense_matter/fermi_dirac.hpp"
#include "dense_matter/massless_fermions.hpp"
#include "error.hpp"

namespace nuflash::dense {
namespace {

namespace c = constants;
constexpr double pi = std::numbers::pi;
constexpr double hc = c::hbar_c_MeV_fm;  // MeV fm
constexpr double hc3 = hc * hc * hc;
constexpr double mn_MeV = c::mn_g * c::c_cgs * c::c_cgs / c::MeV_erg;
constexpr double mp_MeV = c::mp_g * c::c_cgs * c::c_cgs / c::MeV_erg;
constexpr double Q_MeV = mn_MeV - mp_MeV;

struct MeanField {
  double A = 0, B = 0, sigma = 0, S_pot = 0, n0 = 0;
};

// Saturation of symmetric matter at T = 0 with the free kinetic energy T0 = 3/5 E_F0:
// E/A(u) = T0 u^(2/3) + A/2 u + B/(sigma+1) u^sigma with E/A(1) = E0, P(1) = 0, K = 9 d^2(E/A)/du^2.
MeanField mean_field(const NuclearMatterParams& p) {
  const double mN = 0.5 * (mn_MeV + mp_MeV);
  const double EF0 = hc * hc * std::pow(1.5 * pi * pi * p.n0_fm3, 2.0 / 3.0) / (2 * mN);
  const double T0 = 0.6 * EF0;
  MeanField m;
  m.n0 = p.n0_fm3;
  m.sigma = (p.K_MeV + 2 * T0) / (9 * (T0 / 3 - p.E0_MeV));
  m.B = (p.E0_MeV - T0 / 3) * (m.sigma + 1) / (1 - m.sigma);
  m.A = 2 * (-2.0 / 3.0 * T0 - m.B * m.sigma / (m.sigma + 1));
  m.S_pot = p.S0_MeV - EF0 / 3;
  return m;
}

struct NucleonGas {
  double eta = 0, eps = 0, P = 0, s = 0, dn_dmu = 0;  // MeV fm^-3, fm^-3, fm^-3 MeV^-1
};

NucleonGas nucleon_gas(double n_fm3, double m, double T) {
  NucleonGas g;
  const double c3 = std::pow(2 * m * T, 1.5) / (2 * pi * pi * hc3);
  g.eta = fd_half_inverse(n_fm3 / c3);
  const FdHalf f = fd_half(g.eta);
  g.eps = c3 * T * f.f32;
  g.P = 2.0 / 3.0 * g.eps;
  g.s = (5.0 / 3.0 * g.eps - g.eta * T * n_fm3) / T;
  g.dn_dmu = c3 * 0.5 * f.fm12 / T;
  return g;
}

void check(const char* name, double v, double lo, double hi) {
  if (!(v >= lo && v <= hi))
    throw InputError(std::string("hot_matter: ") + name + " = " + std::to_string(v) + " outside [" +
                     std::to_string(lo) + ", " + std::to_string(hi) + "]");
}

}  // namespace

HotMatter hot_matter(double rho_cgs, double T, double Ye, double Ynu, const NuclearMatterParams& par) {
  check("rho [g/cm^3]", rho_cgs, 1e5, 1e16);
  check("T [MeV]", T, 0.01, 300);
  check("Ye", Ye, 1e-4, 0.6);
  check("Ynu", Ynu, -0.5, 0.5);
  static const MeanField mf0 = mean_field(NuclearMatterParams{});
  const MeanField mf = (par.n0_fm3 == 0.16 && par.E0_MeV == -16 && par.K_MeV == 240 && par.S0_MeV == 32)
                           ? mf0
                           : mean_field(par);
  HotMatter r;
  r.T_MeV = T;
  r.Ye = Ye;
  r.Ynu = Ynu;
  const double nB = rho_cgs / c::mu_g * 1e-39;  // fm^-3
  r.nB_fm3 = nB;
  const double nn = (1 - Ye) * nB, np = Ye * nB;
  const NucleonGas gn = nucleon_gas(nn, mn_MeV, T);
  const NucleonGas gp = nucleon_gas(np, mp_MeV, T);
  // mean field
  const double u = nB / mf.n0;
  const double us = std::pow(u, mf.sigma);
  const double V = mf.A * nB * u / 2 + mf.B * nB * us / (mf.sigma + 1) + mf.S_pot * (nn - np) * (nn - np) / mf.n0;
  r.U_n_MeV = mf.A * u + mf.B * us + 2 * mf.S_pot * (nn - np) / mf.n0;
  r.U_p_MeV = mf.A * u + mf.B * us - 2 * mf.S_pot * (nn - np) / mf.n0;
  const double Ppot = nn * r.U_n_MeV + np * r.U_p_MeV - V;
  // leptons and photons (MeV^4 -> MeV fm^-3 by 1/(hbar c)^3)
  r.mu_e_MeV = massless_mu(Ye * nB * hc3, T, 2);
  r.mu_nu_MeV = massless_mu(Ynu * nB * hc3, T, 1);
  const MasslessGas ge = massless_gas(r.mu_e_MeV, T, 2);
  const MasslessGas gnu = massless_gas(r.mu_nu_MeV, T, 1);
  const MasslessGas gx = massless_gas(0, T, 2);
  const double T4 = T * T * T * T;
  const double Pgam = pi * pi * T4 / 45, sgam = 4 * pi * pi * T4 / (45 * T);
  const double Plep = (ge.P + gnu.P + gx.P + Pgam) / hc3;
  const double slep = (ge.s + gnu.s + gx.s + sgam) / hc3;

  const double P = gn.P + gp.P + Ppot + Plep;
  const double eps = gn.eps + gp.eps + V - Q_MeV * np + 3 * Plep;
  r.P_cgs = P * c::MeV_erg * 1e39;
  r.e_cgs = eps / nB * c::MeV_erg / c::mu_g;
  r.s_kB = (gn.s + gp.s + slep) / nB;
  r.eta_n = gn.eta;
  r.eta_p = gp.eta;
  r.mu_n_MeV = gn.eta * T + r.U_n_MeV;
  r.mu_p_MeV = gp.eta * T + r.U_p_MeV - Q_MeV;
  r.dnn_dmu_fm3_MeV = gn.dn_dmu;
  r.dnp_dmu_fm3_MeV = gp.dn_dmu;
  return r;
}

namespace {

// Safeguarded Newton for a monotonic scalar function f with its root in [lo, hi] (bisection
// whenever the Newton step leaves the bracket); slope(x, f(x)) is asked for only when needed.
template <class F, class D>
double bracketed_newton(F&& f, D&& slope, bool increasing, double lo, double hi, double x, double tol_f,
                        double tol_x) {
  for (int it = 0; it < 200; ++it) {
    if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
    const double v = f(x);
    if (std::abs(v) < tol_f) return x;
    if ((v > 0) == increasing) {
      hi = x;
    } else {
      lo = x;
    }
    if (hi - lo < tol_x) return 0.5 * (lo + hi);
    const double d = slope(x, v);
    const double step = d != 0 ? -v / d : 0.0;
    x = (step != 0 && x + step > lo && x + step < hi) ? x + step : 0.5 * (lo + hi);
  }
  return x;
}

}  // namespace

namespace {

// One attempt from the given start; returns false when the entropy is not matched.
bool beta_eq_attempt(double rho_cgs, double s_kB, double YL, double T_guess, double Ye_guess,
                     const NuclearMatterParams& par, HotMatter& m);

}  // namespace

HotMatter hot_matter_beta_eq(double rho_cgs, double s_kB, double YL, double T_guess, double Ye_guess,
                             const NuclearMatterParams& par) {
  check("s [k_B/baryon]", s_kB, 1e-4, 100);
  check("YL", YL, 2e-4, 0.6);
  HotMatter m;
  // the caller's start first, then neutral ones (a start right at Ynu = 0 can stall at low T)
  if (beta_eq_attempt(rho_cgs, s_kB, YL, T_guess, Ye_guess, par, m) ||
      beta_eq_attempt(rho_cgs, s_kB, YL, T_guess, 0.5 * YL, par, m) ||
      beta_eq_attempt(rho_cgs, s_kB, YL, 10.0, 0.85 * YL, par, m))
    return m;
  throw ComputeError("hot_matter_beta_eq: no convergence at rho = " + std::to_string(rho_cgs) +
                     " g/cm^3, s = " + std::to_string(s_kB) + ", YL = " + std::to_string(YL));
}

namespace {

bool beta_eq_attempt(double rho_cgs, double s_kB, double YL, double T_guess, double Ye_guess,
                     const NuclearMatterParams& par, HotMatter& m) {
  const double ye_lo = 1e-4, ye_hi = std::min(0.6, YL + 0.5);
  double ye_start = std::clamp(Ye_guess, ye_lo, ye_hi);
  // Inner level: at fixed T the balance mu_n + mu_nu - mu_p - mu_e falls monotonically with Ye;
  // it is measured relative to the size of the chemical potentials (round-off limits it there).
  auto balance_of = [](const HotMatter& m) {
    return (m.mu_n_MeV + m.mu_nu_MeV - m.mu_p_MeV - m.mu_e_MeV) /
           (std::abs(m.mu_n_MeV) + std::abs(m.mu_nu_MeV) + std::abs(m.mu_p_MeV) + std::abs(m.mu_e_MeV) +
            m.T_MeV);
  };
  auto beta_eq_at = [&](double T) {
    auto balance = [&](double ye) { return balance_of(hot_matter(rho_cgs, T, ye, YL - ye, par)); };
    auto slope = [&](double ye, double b0) {
      const double h = 1e-7 * ye;
      return (balance_of(hot_matter(rho_cgs, T, ye + h, YL - ye - h, par)) - b0) / h;
    };
    const double ye = bracketed_newton(balance, slope, false, ye_lo, ye_hi, ye_start, 1e-13, 1e-15);
    ye_start = ye;
    return hot_matter(rho_cgs, T, ye, YL - ye, par);
  };
  // Outer level: the entropy in beta equilibrium rises monotonically with ln T; the slope at fixed
  // composition serves as the (quasi-)Newton derivative.
  auto entropy = [&](double lnT) {
    m = beta_eq_at(std::exp(lnT));
    return m.s_kB / s_kB - 1;
  };
  auto entropy_slope = [&](double lnT, double) {
    const double h = 1e-6;
    return (hot_matter(rho_cgs, std::exp(lnT + h), m.Ye, m.Ynu, par).s_kB - m.s_kB) / (s_kB * h);
  };
  const double lnT = bracketed_newton(entropy, entropy_slope, true, std::log(0.0101), std::log(299.0),
                                      std::log(std::clamp(T_guess, 0.011, 290.0)), 1e-12, 1e-14);
  m = beta_eq_at(std::exp(lnT));
  // The inner bisection-safeguarded solve always brackets the balance down to round-off in Ye
  // (near Ynu = 0 at low T, mu_nu ~ Ynu^(1/3) and one unit of round-off moves it visibly), so only
  // the entropy is checked.
  return std::abs(m.s_kB / s_kB - 1) < 1e-9;
}

}  // namespace

}  // namespace nuflash::dense
