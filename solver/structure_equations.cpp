#include "structure_equations.hpp"

#include <sunmatrix/sunmatrix_band.h>

#include <algorithm>
#include <cmath>
#include <exception>

#include "constants.hpp"
#include "mlt.hpp"

namespace nuflash::stellar {
namespace {

namespace c = constants;
constexpr double four_pi = 4.0 * c::pi;

std::size_t z(int i) { return static_cast<std::size_t>(i); }

// The EOS response of a cell is reused within a Newton solve while ln rho and ln T stay this close to
// where it was evaluated (it only enters the Jacobian).
constexpr double kResponseReuse = 0.01;

// Index of unknown q (0 ln r, 1 L, 2 ln rho, 3 ln T) of cell i.
sunindextype var(int i, int q) { return static_cast<sunindextype>(kVarsPerCell * i + q); }

}  // namespace

void StructureState::resize(int n) {
  const auto k = z(n);
  for (auto* v : {&P, &lnP, &chi_rho, &chi_T, &E, &dE_dlnrho, &dE_dlnT, &grad_ad, &cP, &delta, &dgrad_ad_dlnrho,
                  &dgrad_ad_dlnT, &dlncP_dlnrho, &dlncP_dlnT, &dlndelta_dlnrho, &dlndelta_dlnT, &response_lnrho,
                  &response_lnT, &lnkappa, &dlnk_dlnrho,
                  &dlnk_dlnT, &eps_nuc, &deps_nuc_dlnrho, &deps_nuc_dlnT, &eps_H, &eps_He, &eps_nu,
                  &deps_nu_dlnrho, &deps_nu_dlnT, &eps_nu_mu, &grad, &grad_rad, &grad_ad_face})
    v->assign(k, 0.0);
  convective.assign(k, 0);
  has_response.assign(k, 0);
  mid_composition.assign(k, 0);
  dgrad.assign(6 * k, 0.0);
}

StructureEquations::StructureEquations(const StepProblem& problem)
    : p_(problem), n_(static_cast<int>(problem.dm.size())), X_eos_(problem.X), mom_eos_(problem.mom) {
  s_.resize(n_);
}

bool StructureEquations::evaluate(const double* u) {
  const Microphysics& micro = *p_.micro;
  for (int i = 0; i < n_; ++i) {
    const double lnr = u[var(i, 0)];
    const double lnr_in = i > 0 ? u[var(i - 1, 0)] : -INFINITY;
    if (!(lnr > lnr_in) || !std::isfinite(lnr)) return false;  // faces must stay ordered
    const double lnrho = u[var(i, 2)], lnT = u[var(i, 3)];
    if (!std::isfinite(lnrho) || !std::isfinite(lnT) || std::fabs(lnrho) > 60.0 || lnT < 0.0 || lnT > 30.0)
      return false;
    const auto k = z(i);
    try {
      const double rho = std::exp(lnrho), T = std::exp(lnT);
      const NuclearPoint nuc = micro.nuclear(make_state_unchecked(rho, T, p_.X[k], p_.mom[k]));
      // Depletion of hydrogen over the step (StepProblem::hydrogen_depletion): eps_H -> g(x) eps_H, whose
      // derivative with respect to eps_H is exp(-x). The derivatives take d ln eps_H = d ln eps (eps_H is not
      // differentiated on its own; this only shapes the Jacobian). At the first evaluation half the hydrogen
      // burnt, X (1 - exp(-x)), becomes helium in the composition of the EOS (the step's mid composition).
      double gH = 1.0, dH = 1.0;
      const double XH = p_.X[k][Species::h1];
      if (!composition_set_) {
        X_eos_[k] = p_.X[k];
        mom_eos_[k] = p_.mom[k];
        s_.mid_composition[k] = 0;
      }
      if (p_.hydrogen_depletion && nuc.eps_H > 0.0 && XH > 0.0) {
        const double x = std::max(-nuc.dXH_dt, 0.0) * p_.dt_s / XH;
        gH = x > 1e-6 ? -std::expm1(-x) / x : 1.0 - 0.5 * x;
        dH = std::exp(-x);
        if (!composition_set_) {
          const double half_burnt = -0.5 * XH * std::expm1(-x);
          X_eos_[k][Species::h1] -= half_burnt;
          X_eos_[k][Species::he4] += half_burnt;
          mom_eos_[k] = moments(X_eos_[k]);
          s_.mid_composition[k] = half_burnt > 0.0;
        }
      }
      const State st = make_state_unchecked(rho, T, X_eos_[k], mom_eos_[k]);
      const EosResult eos = micro.eos(st);
      const OpacityPoint op = micro.opacity(st);
      const NeutrinoPoint nu = micro.neutrino(st, eos);
      if (!(eos.P > 0.0) || !(op.kappa > 0.0) || !std::isfinite(eos.E) || !std::isfinite(nuc.eps) ||
          !std::isfinite(nu.eps))
        return false;
      s_.P[k] = eos.P;
      s_.lnP[k] = std::log(eos.P);
      s_.chi_rho[k] = st.rho_cgs * eos.dP_drho / eos.P;
      s_.chi_T[k] = st.T_K * eos.dP_dT / eos.P;
      s_.E[k] = eos.E;
      s_.dE_dlnrho[k] = st.rho_cgs * eos.dE_drho;
      s_.dE_dlnT[k] = st.T_K * eos.dE_dT;
      s_.grad_ad[k] = eos.grad_ad;
      s_.cP[k] = eos.cP;
      s_.delta[k] = s_.chi_rho[k] > 0.0 ? s_.chi_T[k] / s_.chi_rho[k] : 0.0;
      s_.lnkappa[k] = std::log(op.kappa);
      s_.dlnk_dlnrho[k] = op.dlnkappa_dlnrho;
      s_.dlnk_dlnT[k] = op.dlnkappa_dlnT;
      const double f = p_.eps_nuc_factor.empty() ? 1.0 : p_.eps_nuc_factor[k];
      const double eps = nuc.eps + (gH - 1.0) * nuc.eps_H;
      const double dslope = nuc.eps > 0.0 ? 1.0 + (dH - 1.0) * nuc.eps_H / nuc.eps : 1.0;
      s_.eps_nuc[k] = f * eps;
      s_.deps_nuc_dlnrho[k] = f * dslope * nuc.deps_dlnrho;
      s_.deps_nuc_dlnT[k] = f * dslope * nuc.deps_dlnT;
      s_.eps_H[k] = f * gH * nuc.eps_H;
      s_.eps_He[k] = f * nuc.eps_He;
      s_.eps_nu[k] = nu.eps;
      s_.deps_nu_dlnrho[k] = nu.deps_dlnrho;
      s_.deps_nu_dlnT[k] = nu.deps_dlnT;
      s_.eps_nu_mu[k] = nu.eps_mu;
    } catch (const std::exception&) {
      return false;  // outside the domain of the microphysics: the caller shortens the Newton step
    }
  }
  composition_set_ = true;
  if (!(u[var(n_ - 1, 1)] > 0.0)) return false;  // the photosphere needs L > 0
  for (int i = 0; i + 1 < n_; ++i) face_transport(u, i);
  if (p_.settings.alpha_mlt > 0.0) {
    try {
      for (int i = 0; i + 1 < n_; ++i) {
        if (!s_.convective[z(i)]) continue;
        for (int j : {i, i + 1})
          if (!s_.has_response[z(j)] || std::fabs(u[var(j, 2)] - s_.response_lnrho[z(j)]) > kResponseReuse ||
              std::fabs(u[var(j, 3)] - s_.response_lnT[z(j)]) > kResponseReuse)
            eos_response(u, j);
        face_transport(u, i);
      }
    } catch (const std::exception&) {
      return false;
    }
  }
  const auto o = z(n_ - 1);
  s_.grad[o] = s_.grad[o > 0 ? o - 1 : 0];
  s_.grad_rad[o] = s_.grad_rad[o > 0 ? o - 1 : 0];
  s_.grad_ad_face[o] = s_.grad_ad[o];
  s_.convective[o] = 0;
  return true;
}

// Derivatives of grad_ad, ln c_P, ln delta of cell i by one-sided differences of the EOS.
void StructureEquations::eos_response(const double* u, int i) {
  constexpr double h = 1e-6;
  const auto k = z(i);
  const double rho = std::exp(u[var(i, 2)]), T = std::exp(u[var(i, 3)]);
  auto response = [&](double r, double t, double& ga, double& lncp, double& lndelta) {
    const EosResult e = p_.micro->eos(make_state_unchecked(r, t, X_eos_[k], mom_eos_[k]));
    ga = e.grad_ad;
    lncp = std::log(e.cP);
    lndelta = std::log((t * e.dP_dT) / (r * e.dP_drho));
  };
  const double ga0 = s_.grad_ad[k], lncp0 = std::log(s_.cP[k]), lnd0 = std::log(s_.delta[k]);
  double ga, lncp, lnd;
  response(rho * std::exp(h), T, ga, lncp, lnd);
  s_.dgrad_ad_dlnrho[k] = (ga - ga0) / h;
  s_.dlncP_dlnrho[k] = (lncp - lncp0) / h;
  s_.dlndelta_dlnrho[k] = (lnd - lnd0) / h;
  response(rho, T * std::exp(h), ga, lncp, lnd);
  s_.dgrad_ad_dlnT[k] = (ga - ga0) / h;
  s_.dlncP_dlnT[k] = (lncp - lncp0) / h;
  s_.dlndelta_dlnT[k] = (lnd - lnd0) / h;
  s_.has_response[k] = 1;
  s_.response_lnrho[k] = u[var(i, 2)];
  s_.response_lnT[k] = u[var(i, 3)];
}

// Temperature gradient at face i and its derivatives with respect to the unknowns it depends on.
void StructureEquations::face_transport(const double* u, int i) {
  const auto a = z(i), b = z(i + 1);
  const double w = p_.dm[b] / (p_.dm[a] + p_.dm[b]);  // weight of cell a at the face
  const double wb = 1.0 - w;
  const double lnP_f = w * s_.lnP[a] + wb * s_.lnP[b];
  const double lnT_f = w * u[var(i, 3)] + wb * u[var(i + 1, 3)];
  const double lnrho_f = w * u[var(i, 2)] + wb * u[var(i + 1, 2)];
  const double lnk_f = w * s_.lnkappa[a] + wb * s_.lnkappa[b];
  const double P_f = std::exp(lnP_f), T_f = std::exp(lnT_f), rho_f = std::exp(lnrho_f), kappa_f = std::exp(lnk_f);
  const double m = p_.m[a];
  const double L = u[var(i, 1)] * p_.L_unit;
  const double r = std::exp(u[var(i, 0)]);

  // d(ln P_f, ln T_f, ln rho_f, ln kappa_f) / d(ln rho_a, ln T_a, ln rho_b, ln T_b)
  const double dlnP[4] = {w * s_.chi_rho[a], w * s_.chi_T[a], wb * s_.chi_rho[b], wb * s_.chi_T[b]};
  const double dlnT[4] = {0.0, w, 0.0, wb};
  const double dlnrho[4] = {w, 0.0, wb, 0.0};
  const double dlnk[4] = {w * s_.dlnk_dlnrho[a], w * s_.dlnk_dlnT[a], wb * s_.dlnk_dlnrho[b], wb * s_.dlnk_dlnT[b]};
  // grad_ad, c_P, delta at the face and their derivatives (zero unless the cells have their EOS response)
  const double dgrad_ad[4] = {w * s_.dgrad_ad_dlnrho[a], w * s_.dgrad_ad_dlnT[a], wb * s_.dgrad_ad_dlnrho[b],
                              wb * s_.dgrad_ad_dlnT[b]};

  const double D = 3.0 * kappa_f * P_f / (16.0 * c::pi * c::a_rad_cgs * c::c_cgs * c::G_cgs * m * T_f * T_f * T_f * T_f);
  const double grad_rad = D * L;
  const double grad_ad = w * s_.grad_ad[a] + wb * s_.grad_ad[b];
  double grad_crit = grad_ad;
  if (p_.settings.ledoux) {
    const double dlnP = s_.lnP[b] - s_.lnP[a];
    const double dlnmu = std::log(mom_eos_[b].mu / mom_eos_[a].mu);  // the composition of the EOS
    const double beta = 1.0 - c::a_rad_cgs * T_f * T_f * T_f * T_f / (3.0 * P_f);
    // Ideal-gas form (KWW eq. 6.13 with phi = 1, delta = 4 - 3 beta): grad_L = grad_ad + beta/(4 - 3 beta) grad_mu
    if (dlnP != 0.0) grad_crit += beta / (4.0 - 3.0 * beta) * dlnmu / dlnP;
  }
  s_.grad_rad[a] = grad_rad;
  s_.grad_ad_face[a] = grad_ad;

  double* dg = &s_.dgrad[6 * a];
  double dgrad_rad[4];
  for (int q = 0; q < 4; ++q) dgrad_rad[q] = grad_rad * (dlnk[q] + dlnP[q] - 4.0 * dlnT[q]);
  const double alpha = p_.settings.alpha_mlt;
  if (grad_rad > grad_crit && alpha > 0.0) {
    const double delta = w * s_.delta[a] + wb * s_.delta[b];
    const double cP = w * s_.cP[a] + wb * s_.cP[b];
    const double dlncP[4] = {w * s_.cP[a] * s_.dlncP_dlnrho[a] / cP, w * s_.cP[a] * s_.dlncP_dlnT[a] / cP,
                             wb * s_.cP[b] * s_.dlncP_dlnrho[b] / cP, wb * s_.cP[b] * s_.dlncP_dlnT[b] / cP};
    const double dlndelta[4] = {w * s_.delta[a] * s_.dlndelta_dlnrho[a] / delta, w * s_.delta[a] * s_.dlndelta_dlnT[a] / delta,
                                wb * s_.delta[b] * s_.dlndelta_dlnrho[b] / delta, wb * s_.delta[b] * s_.dlndelta_dlnT[b] / delta};
    const double g = c::G_cgs * m / (r * r);
    const double U = mlt_U(alpha, T_f, rho_f, P_f, kappa_f, cP, delta, g);
    const MltGradient mg = mlt_gradient(grad_rad, grad_ad, U);
    s_.grad[a] = mg.grad;
    s_.convective[a] = 1;
    for (int q = 0; q < 4; ++q) {
      const double dlnU = 3.0 * dlnT[q] - 0.5 * dlnrho[q] - dlnk[q] - 1.5 * dlnP[q] - dlncP[q] - 0.5 * dlndelta[q];
      dg[q] = mg.dgrad_dgrad_rad * dgrad_rad[q] + mg.dgrad_dgrad_ad * dgrad_ad[q] + mg.dgrad_dlnU * dlnU;
    }
    dg[4] = mg.dgrad_dlnU * (-2.0);  // ln U contains + ln g = ln(G m) - 2 ln r
    dg[5] = mg.dgrad_dgrad_rad * D;
  } else {
    s_.grad[a] = grad_rad;
    s_.convective[a] = grad_rad > grad_crit ? 1 : 0;
    for (int q = 0; q < 4; ++q) dg[q] = dgrad_rad[q];
    dg[4] = 0.0;
    dg[5] = D;
  }
}

void StructureEquations::residual(const double* u, double* F) const {
  const double M = p_.m[z(n_ - 1)];
  const bool evolving = p_.dt_s > 0.0;
  for (int i = 0; i < n_; ++i) {
    const auto k = z(i);
    const double r = std::exp(u[var(i, 0)]);
    const double r_in = i > 0 ? std::exp(u[var(i - 1, 0)]) : 0.0;
    const double rho = std::exp(u[var(i, 2)]);
    F[var(i, 0)] = four_pi / 3.0 * (r * r * r - r_in * r_in * r_in) * rho / p_.dm[k] - 1.0;

    const double L = u[var(i, 1)] * p_.L_unit;
    const double L_in = i > 0 ? u[var(i - 1, 1)] * p_.L_unit : 0.0;
    double eps = s_.eps_nuc[k] - s_.eps_nu[k];
    if (evolving) {
      const double P = std::exp(s_.lnP[k]);
      eps -= (s_.E[k] - p_.E_old[k] + 0.5 * (P + p_.P_old[k]) * (1.0 / rho - 1.0 / p_.rho_old[k])) / p_.dt_s;
    }
    F[var(i, 1)] = (L - L_in - p_.dm[k] * eps) / p_.energy_scale[k];

    if (i + 1 < n_) {
      const auto b = k + 1;
      const double w = p_.dm[b] / (p_.dm[k] + p_.dm[b]);
      const double P_f = std::exp(w * s_.lnP[k] + (1.0 - w) * s_.lnP[b]);
      const double A = c::G_cgs * p_.m[k] * (p_.dm[k] + p_.dm[b]) / (8.0 * c::pi * r * r * r * r);
      F[var(i, 2)] = (std::exp(s_.lnP[b]) - std::exp(s_.lnP[k]) + A) / P_f;
      F[var(i, 3)] = u[var(i + 1, 3)] - u[var(i, 3)] - s_.grad[k] * (s_.lnP[b] - s_.lnP[k]);
    } else {
      const double kappa = std::exp(s_.lnkappa[k]);
      const double Ps = kTauPhotosphere * c::G_cgs * M / (r * r * kappa);
      const double As = c::G_cgs * M * p_.dm[k] / (8.0 * c::pi * r * r * r * r);
      F[var(i, 2)] = s_.lnP[k] - std::log(Ps + As);
      const double tau = kTauPhotosphere + kappa * p_.dm[k] / (8.0 * c::pi * r * r);
      F[var(i, 3)] = 4.0 * u[var(i, 3)] -
                     std::log(0.75 * L / (four_pi * c::sigma_SB_cgs * r * r) * (tau + 2.0 / 3.0));
    }
  }
}

void StructureEquations::jacobian(const double* u, SUNMatrix J) const {
  SUNMatZero(J);
  auto set = [&](sunindextype row, sunindextype col, double v) { SM_ELEMENT_B(J, row, col) = v; };
  const double M = p_.m[z(n_ - 1)];
  const bool evolving = p_.dt_s > 0.0;
  for (int i = 0; i < n_; ++i) {
    const auto k = z(i);
    const double r = std::exp(u[var(i, 0)]);
    const double rho = std::exp(u[var(i, 2)]);

    // continuity
    {
      const sunindextype row = var(i, 0);
      const double f = four_pi * rho / p_.dm[k];
      set(row, var(i, 0), f * r * r * r);
      if (i > 0) {
        const double r_in = std::exp(u[var(i - 1, 0)]);
        set(row, var(i - 1, 0), -f * r_in * r_in * r_in);
        set(row, var(i, 2), f / 3.0 * (r * r * r - r_in * r_in * r_in));
      } else {
        set(row, var(i, 2), f / 3.0 * r * r * r);
      }
    }
    // energy
    {
      const sunindextype row = var(i, 1);
      const double S = p_.energy_scale[k];
      set(row, var(i, 1), p_.L_unit / S);
      if (i > 0) set(row, var(i - 1, 1), -p_.L_unit / S);
      double de_drho = s_.deps_nuc_dlnrho[k] - s_.deps_nu_dlnrho[k];
      double de_dT = s_.deps_nuc_dlnT[k] - s_.deps_nu_dlnT[k];
      if (evolving) {
        const double P = std::exp(s_.lnP[k]);
        const double dv = 1.0 / rho - 1.0 / p_.rho_old[k];
        const double Pbar = 0.5 * (P + p_.P_old[k]);
        de_drho -= (s_.dE_dlnrho[k] - Pbar / rho + 0.5 * P * s_.chi_rho[k] * dv) / p_.dt_s;
        de_dT -= (s_.dE_dlnT[k] + 0.5 * P * s_.chi_T[k] * dv) / p_.dt_s;
      }
      set(row, var(i, 2), -p_.dm[k] * de_drho / S);
      set(row, var(i, 3), -p_.dm[k] * de_dT / S);
    }
    if (i + 1 < n_) {
      const auto b = k + 1;
      const double w = p_.dm[b] / (p_.dm[k] + p_.dm[b]);
      const double wb = 1.0 - w;
      const double Pa = std::exp(s_.lnP[k]), Pb = std::exp(s_.lnP[b]);
      const double P_f = std::exp(w * s_.lnP[k] + wb * s_.lnP[b]);
      const double A = c::G_cgs * p_.m[k] * (p_.dm[k] + p_.dm[b]) / (8.0 * c::pi * r * r * r * r);
      const double R = (Pb - Pa + A) / P_f;
      // hydrostatic equilibrium
      {
        const sunindextype row = var(i, 2);
        set(row, var(i, 0), -4.0 * A / P_f);
        set(row, var(i, 2), -Pa * s_.chi_rho[k] / P_f - R * w * s_.chi_rho[k]);
        set(row, var(i, 3), -Pa * s_.chi_T[k] / P_f - R * w * s_.chi_T[k]);
        set(row, var(i + 1, 2), Pb * s_.chi_rho[b] / P_f - R * wb * s_.chi_rho[b]);
        set(row, var(i + 1, 3), Pb * s_.chi_T[b] / P_f - R * wb * s_.chi_T[b]);
      }
      // energy transport
      {
        const sunindextype row = var(i, 3);
        const double dlnP = s_.lnP[b] - s_.lnP[k];
        const double grad = s_.grad[k];
        const double* dg = &s_.dgrad[6 * k];
        set(row, var(i, 2), -dg[0] * dlnP + grad * s_.chi_rho[k]);
        set(row, var(i, 3), -1.0 - dg[1] * dlnP + grad * s_.chi_T[k]);
        set(row, var(i + 1, 2), -dg[2] * dlnP - grad * s_.chi_rho[b]);
        set(row, var(i + 1, 3), 1.0 - dg[3] * dlnP - grad * s_.chi_T[b]);
        set(row, var(i, 0), -dg[4] * dlnP);
        set(row, var(i, 1), -dg[5] * dlnP * p_.L_unit);
      }
    } else {
      const double kappa = std::exp(s_.lnkappa[k]);
      const double Ps = kTauPhotosphere * c::G_cgs * M / (r * r * kappa);
      const double As = c::G_cgs * M * p_.dm[k] / (8.0 * c::pi * r * r * r * r);
      const double fs = Ps / (Ps + As);
      {
        const sunindextype row = var(i, 2);
        set(row, var(i, 0), (2.0 * Ps + 4.0 * As) / (Ps + As));
        set(row, var(i, 2), s_.chi_rho[k] + fs * s_.dlnk_dlnrho[k]);
        set(row, var(i, 3), s_.chi_T[k] + fs * s_.dlnk_dlnT[k]);
      }
      {
        const sunindextype row = var(i, 3);
        const double dtau = kappa * p_.dm[k] / (8.0 * c::pi * r * r);
        const double h = dtau / (kTauPhotosphere + dtau + 2.0 / 3.0);
        const double L = u[var(i, 1)] * p_.L_unit;
        set(row, var(i, 0), 2.0 + 2.0 * h);
        set(row, var(i, 1), -p_.L_unit / L);
        set(row, var(i, 2), -h * s_.dlnk_dlnrho[k]);
        set(row, var(i, 3), 4.0 - h * s_.dlnk_dlnT[k]);
      }
    }
  }
}

CellThermo cell_thermo(const StellarModel& model, const Microphysics& micro) {
  CellThermo t;
  const int n = model.cells();
  t.P.resize(z(n));
  t.E.resize(z(n));
  for (int i = 0; i < n; ++i) {
    const auto k = z(i);
    const EosResult e = micro.eos(
        make_state_unchecked(std::exp(model.lnrho[k]), std::exp(model.lnT[k]), model.X[k], moments(model.X[k])));
    t.P[k] = e.P;
    t.E[k] = e.E;
  }
  return t;
}

StepProblem make_step_problem(const StellarModel& model, const Microphysics& micro, const StructureSettings& settings,
                              double dt_s, const CellThermo* start) {
  StepProblem p;
  p.micro = &micro;
  p.settings = settings;
  p.dm = model.dm;
  p.m = model.face_mass();
  p.X = model.X;
  p.dt_s = dt_s;
  const int n = model.cells();
  p.mom.resize(z(n));
  for (int i = 0; i < n; ++i) p.mom[z(i)] = moments(model.X[z(i)]);
  double Lmax = 0;
  for (double L : model.L) Lmax = std::max(Lmax, std::fabs(L));
  if (!(Lmax > 0.0)) Lmax = c::Lsun_cgs;
  p.L_unit = Lmax;
  p.energy_scale.resize(z(n));
  for (int i = 0; i < n; ++i) {
    const double Lin = i > 0 ? std::fabs(model.L[z(i - 1)]) : 0.0;
    p.energy_scale[z(i)] = std::max({std::fabs(model.L[z(i)]), Lin, 1e-6 * Lmax});
  }
  if (dt_s > 0.0) {
    const CellThermo own = start ? CellThermo{} : cell_thermo(model, micro);
    const CellThermo& t = start ? *start : own;
    p.rho_old.resize(z(n));
    for (int i = 0; i < n; ++i) p.rho_old[z(i)] = std::exp(model.lnrho[z(i)]);
    p.E_old = t.E;
    p.P_old = t.P;
    for (int i = 0; i < n; ++i) {
      const auto k = z(i);
      // eps_grav is a difference of energies of size E + P/rho: keep its rounding (1e-16 relative) well
      // below the residual tolerance.
      const double work = p.dm[k] * (std::fabs(p.E_old[k]) + p.P_old[k] / p.rho_old[k]) / dt_s;
      p.energy_scale[k] = std::max(p.energy_scale[k], 1e-6 * work);
    }
  }
  return p;
}

std::vector<double> pack_unknowns(const StellarModel& model, double L_unit) {
  const int n = model.cells();
  std::vector<double> u(z(kVarsPerCell * n));
  for (int i = 0; i < n; ++i) {
    const auto k = z(i);
    u[z(var(i, 0))] = model.lnr[k];
    u[z(var(i, 1))] = model.L[k] / L_unit;
    u[z(var(i, 2))] = model.lnrho[k];
    u[z(var(i, 3))] = model.lnT[k];
  }
  return u;
}

void unpack_unknowns(const double* u, double L_unit, StellarModel& model) {
  for (int i = 0; i < model.cells(); ++i) {
    const auto k = z(i);
    model.lnr[k] = u[var(i, 0)];
    model.L[k] = u[var(i, 1)] * L_unit;
    model.lnrho[k] = u[var(i, 2)];
    model.lnT[k] = u[var(i, 3)];
  }
}

}  // namespace nuflash::stellar
