#include "solver/pns_cooling.hpp"

#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_context.h>
#include <sunlinsol/sunlinsol_band.h>
#include <sunmatrix/sunmatrix_band.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "constants.hpp"
#include "error.hpp"

namespace nuflash {
namespace {

namespace c = constants;
constexpr double pi = std::numbers::pi;

// RAII owners for the SUNDIALS objects.
struct Sundials {
  SUNContext ctx = nullptr;
  N_Vector y = nullptr;
  SUNMatrix A = nullptr;
  SUNLinearSolver LS = nullptr;
  void* cvode = nullptr;
  // hydrostatic Newton: tridiagonal system
  N_Vector hx = nullptr, hb = nullptr;
  SUNMatrix hA = nullptr;
  SUNLinearSolver hLS = nullptr;
  ~Sundials() {
    if (cvode) CVodeFree(&cvode);
    if (LS) SUNLinSolFree(LS);
    if (A) SUNMatDestroy(A);
    if (hLS) SUNLinSolFree(hLS);
    if (hA) SUNMatDestroy(hA);
    for (N_Vector v : {y, hx, hb})
      if (v) N_VDestroy(v);
    if (ctx) SUNContext_Free(&ctx);
  }
};

struct Onsager {
  double nn = 0, ne = 0, en = 0, ee = 0;
};

Onsager onsager(const PnsTransport& d, double T) { return {d.DN_eta, T * d.DN_lnT, d.DE_eta, T * d.DE_lnT}; }

Onsager inverse(const Onsager& a) {
  const double det = a.nn * a.ee - a.ne * a.en;
  if (!(det > 0)) throw ComputeError("pns_cooling: transport matrix is not positive definite");
  return {a.ee / det, -a.ne / det, -a.en / det, a.nn / det};
}

Onsager harmonic_mean(const Onsager& a, const Onsager& b) {
  const Onsager ia = inverse(a), ib = inverse(b);
  Onsager s = inverse({ia.nn + ib.nn, ia.ne + ib.ne, ia.en + ib.en, ia.ee + ib.ee});
  s.nn *= 2;
  s.ne *= 2;
  s.en *= 2;
  s.ee *= 2;
  return s;
}

class Pns {
 public:
  Pns(const PnsInitialModel& model, const PnsMicrophysics& micro, const PnsSettings& set, Sundials& sd)
      : model_(model), micro_(micro), set_(set), sd_(sd), n_(static_cast<int>(model.dm_g.size())) {
    m_edge_.assign(n_ + 1, 0.0);
    dm_edge_.assign(n_ + 1, 0.0);
    for (int i = 0; i < n_; ++i) m_edge_[i + 1] = m_edge_[i] + model.dm_g[i];
    for (int j = 1; j <= n_; ++j)
      dm_edge_[j] = 0.5 * (model.dm_g[j - 1] + (j < n_ ? model.dm_g[j] : 0.0));
    // first guess: uniform density 2e14 g/cm^3
    r_.assign(n_ + 1, 0.0);
    for (int j = 1; j <= n_; ++j) r_[j] = std::cbrt(3 * m_edge_[j] / (4 * pi * 2e14));
    hint_.assign(n_, PnsZoneThermo{});
    rho_.assign(n_, 0.0);
    th_.assign(n_, PnsZoneThermo{});
    LN_.assign(n_ + 1, 0.0);
    LE_.assign(n_ + 1, 0.0);
    sink_.assign(n_, PnsSink{});
  }

  // Weight of the shell around edge j (radius r, gravitational mass mg inside it for TOV) that the
  // pressure jump across the edge must carry: G m dm / (4 pi r^4), times the TOV factors
  // (1 + e/c^2 + P/(rho c^2)) (1 + 4 pi r^3 P / (m c^2)) / (1 - 2 G m / (r c^2)) with the edge
  // averages rho, P, e of the adjacent zones.
  double edge_weight(int j, double r, double mg, double rho, double P, double e) const {
    const double newton = c::G_cgs * (set_.tov ? mg : m_edge_[j]) * dm_edge_[j] / (4 * pi * std::pow(r, 4));
    if (!set_.tov) return newton;
    const double c2 = c::c_cgs * c::c_cgs;
    return newton * (1 + e / c2 + P / (rho * c2)) * (1 + 4 * pi * r * r * r * P / (mg * c2)) /
           (1 - 2 * c::G_cgs * mg / (r * c2));
  }

  // First structure by shooting: for a trial central density integrate the discrete hydrostatic
  // equations outwards (each zone's density from its pressure by bisection at fixed s, Y_L) and
  // bisect the central density until the pressure vanishes exactly at the surface edge.
  void initial_structure(const double* y) {
    auto zone_rho_at_pressure = [&](int i, double P) {
      double lo = std::log(1e6), hi = std::log(1e16);
      for (int k = 0; k < 60; ++k) {
        const double mid = 0.5 * (lo + hi);
        (thermo(i, std::exp(mid), y).P > P ? hi : lo) = mid;
      }
      return std::exp(0.5 * (lo + hi));
    };
    // returns +1 if the star is too heavy (pressure left at the surface), -1 if too light
    auto shoot = [&](double rho_c) {
      std::vector<double> r(n_ + 1, 0.0);
      double rho = rho_c, mg = 0;
      for (int i = 0; i < n_; ++i) {
        r[i + 1] = std::cbrt(r[i] * r[i] * r[i] + 3 * model_.dm_g[i] / (4 * pi * rho));
        const PnsZoneThermo t = thermo(i, rho, y);
        const double P = t.P;
        const int j = i + 1;
        mg += model_.dm_g[i] * (1 + t.e / (c::c_cgs * c::c_cgs));
        const double dP = edge_weight(j, r[j], mg, rho, P, t.e);
        if (j == n_) {
          r_ = r;
          return P > dP ? 1 : -1;
        }
        const double Pnext = P - dP;
        if (Pnext <= 0) return -1;
        rho = zone_rho_at_pressure(i + 1, Pnext);
        if (rho > rho_c * 1.0000001) return -1;
      }
      return -1;
    };
    double lo = std::log(1e13), hi = std::log(5e15);
    for (int k = 0; k < 50 && hi - lo > 1e-9; ++k) {
      const double mid = 0.5 * (lo + hi);
      (shoot(std::exp(mid)) > 0 ? hi : lo) = mid;
    }
    shoot(std::exp(hi));
    for (int i = 0; i < n_; ++i) hint_[i] = thermo(i, zone_density(r_, i), y);
  }

  // Structure, fluxes and sinks at state y = (s_0, YL_0, s_1, YL_1, ...).
  void evaluate(const double* y) {
    solve_structure(y);
    fluxes();
  }

  // y holds 2N zone unknowns followed by the energy radiated and the energy lost to the sink,
  // integrated along as two extra components.
  void rhs(const double* y, double* ydot) {
    evaluate(y);
    ++n_rhs_;
    ydot[2 * n_] = LE_[n_];
    ydot[2 * n_ + 1] = sink_luminosity();
    for (int i = 0; i < n_; ++i) {
      const double dm = model_.dm_g[i];
      const double dLN = LN_[i + 1] - LN_[i];
      const double dLE = LE_[i + 1] - LE_[i];
      const double kT = c::kB_cgs * th_[i].T_K;
      const double lep = dLN / dm + sink_[i].lepton;  // lepton number lost per gram and second
      ydot[2 * i + 1] = -lep * c::mu_g;
      ydot[2 * i] = c::mu_g * (-dLE / dm + th_[i].mu_L * lep - sink_[i].eps) / kT;
    }
  }

  double sink_luminosity() const {
    double L = 0;
    for (int i = 0; i < n_; ++i) L += sink_[i].eps * model_.dm_g[i];
    return L;
  }

  PnsSnapshot snapshot(double t, const double* y) {
    evaluate(y);
    PnsSnapshot s;
    s.t_s = t;
    s.L_nu = LE_[n_];
    s.L_sink = sink_luminosity();
    s.E_nu = y[2 * n_];
    s.E_sink = y[2 * n_ + 1];
    for (int i = 0; i < n_; ++i) s.E_int += model_.dm_g[i] * th_[i].e;
    for (int j = 1; j <= n_; ++j) s.E_grav -= c::G_cgs * m_edge_[j] * dm_edge_[j] / r_[j];
    s.T_c_K = th_[0].T_K;
    s.rho_c = rho_[0];
    s.Ye_c = th_[0].Ye;
    s.YL_c = y[1];
    s.s_c = y[0];
    s.R_cm = r_[n_];
    return s;
  }

  PnsProfile profile(const double* y) {
    evaluate(y);
    PnsProfile p;
    for (int i = 0; i < n_; ++i) {
      p.m_g.push_back(m_edge_[i + 1]);
      p.r_cm.push_back(r_[i + 1]);
      p.rho.push_back(rho_[i]);
      p.T_K.push_back(th_[i].T_K);
      p.s_kB.push_back(y[2 * i]);
      p.YL.push_back(y[2 * i + 1]);
      p.Ye.push_back(th_[i].Ye);
      p.eps_sink.push_back(sink_[i].eps);
      p.lepton_sink.push_back(sink_[i].lepton);
    }
    return p;
  }

  long n_rhs() const { return n_rhs_; }

  std::string last_error;  // message of the last failed right-hand-side evaluation

 private:
  double zone_density(const std::vector<double>& r, int i) const {
    return model_.dm_g[i] / (4 * pi / 3 * (r[i + 1] * r[i + 1] * r[i + 1] - r[i] * r[i] * r[i]));
  }

  PnsZoneThermo thermo(int i, double rho, const double* y) const {
    return micro_.thermo(rho, y[2 * i], y[2 * i + 1], hint_[i]);
  }

  // Newton iteration on the edge radii for hydrostatic equilibrium (chord Newton: dP/drho from the
  // first iterate; the TOV factors are not differentiated).
  void solve_structure(const double* y) {
    constexpr int kMaxIter = 200;
    std::vector<double> dPdrho(n_), P(n_), e(n_);
    double* x = N_VGetArrayPointer(sd_.hx);
    double* b = N_VGetArrayPointer(sd_.hb);
    for (int it = 0; it < kMaxIter; ++it) {
      for (int i = 0; i < n_; ++i) {
        rho_[i] = zone_density(r_, i);
        th_[i] = thermo(i, rho_[i], y);
        hint_[i] = th_[i];
        P[i] = th_[i].P;
        e[i] = th_[i].e;
        if (it == 0) {  // chord Newton: the zones' dP/drho (fixed s, Y_L) from the first iterate
          const double h = 1e-5;
          dPdrho[i] = (thermo(i, rho_[i] * (1 + h), y).P - P[i]) / (rho_[i] * h);
        }
      }
      // residuals R_j (j = 1..N) -> index j-1; Jacobian tridiagonal in r_1..r_N
      SUNMatZero(sd_.hA);
      double mg = 0;  // gravitational mass inside edge j (used by TOV)
      double res = 0;  // largest residual relative to the local pressure scale
      for (int j = 1; j <= n_; ++j) {
        const int row = j - 1;
        const double rj = r_[j];
        const double Pin = P[j - 1];
        const double Pout = j < n_ ? P[j] : 0.0;
        mg += model_.dm_g[j - 1] * (1 + e[j - 1] / (c::c_cgs * c::c_cgs));
        const double grav = edge_weight(j, rj, mg, j < n_ ? 0.5 * (rho_[j - 1] + rho_[j]) : rho_[j - 1],
                                        0.5 * (Pin + Pout), j < n_ ? 0.5 * (e[j - 1] + e[j]) : e[j - 1]);
        b[row] = -(Pout - Pin + grav);
        res = std::max(res, std::abs(b[row]) / (Pin + grav));
        // d rho_i / d r_i and d r_{i+1}
        auto drho = [&](int i, int edge) {
          const double vol3 = r_[i + 1] * r_[i + 1] * r_[i + 1] - r_[i] * r_[i] * r_[i];
          const double sign = edge == i + 1 ? -1.0 : 1.0;
          return sign * rho_[i] * 3 * r_[edge] * r_[edge] / vol3;
        };
        // d(-Pin)/dr: zone j-1 spans edges j-1, j
        if (j - 1 >= 1) SM_ELEMENT_B(sd_.hA, row, j - 2) += -dPdrho[j - 1] * drho(j - 1, j - 1);
        SM_ELEMENT_B(sd_.hA, row, j - 1) += -dPdrho[j - 1] * drho(j - 1, j);
        if (j < n_) {
          SM_ELEMENT_B(sd_.hA, row, j - 1) += dPdrho[j] * drho(j, j);
          SM_ELEMENT_B(sd_.hA, row, j) += dPdrho[j] * drho(j, j + 1);
        }
        SM_ELEMENT_B(sd_.hA, row, j - 1) += -4 * grav / rj;
      }
      if (SUNLinSolSetup(sd_.hLS, sd_.hA) != 0 || SUNLinSolSolve(sd_.hLS, sd_.hA, sd_.hx, sd_.hb, 0) != 0)
        throw ComputeError("pns_cooling: singular hydrostatic Jacobian");
      // damped update keeping the edges ordered (each shell keeps at least half its thickness)
      double lambda = 1;
      for (int j = 1; j <= n_; ++j) {
        const double dx = x[j - 1] - (j > 1 ? x[j - 2] : 0.0);
        const double thick = r_[j] - r_[j - 1];
        if (dx < 0 && -dx * lambda > 0.5 * thick) lambda = 0.5 * thick / -dx;
        if (std::abs(x[j - 1]) * lambda > 0.3 * r_[j]) lambda = 0.3 * r_[j] / std::abs(x[j - 1]);
      }
      double dmax = 0;
      for (int j = 1; j <= n_; ++j) {
        r_[j] += lambda * x[j - 1];
        dmax = std::max(dmax, std::abs(lambda * x[j - 1]) / r_[j]);
      }
      if (res < 1e-11 || dmax < 1e-14) break;
      if (it == kMaxIter - 1) throw ComputeError("pns_cooling: hydrostatic structure did not converge");
    }
    for (int i = 0; i < n_; ++i) {
      rho_[i] = zone_density(r_, i);
      th_[i] = thermo(i, rho_[i], y);
      hint_[i] = th_[i];
    }
  }

  void fluxes() {
    std::vector<double> rc(n_);
    std::vector<PnsTransport> D(n_);
    for (int i = 0; i < n_; ++i) {
      rc[i] = std::cbrt(0.5 * (r_[i] * r_[i] * r_[i] + r_[i + 1] * r_[i + 1] * r_[i + 1]));
      D[i] = micro_.transport(rho_[i], th_[i]);
      sink_[i] = micro_.sink ? micro_.sink(rho_[i], th_[i]) : PnsSink{};
    }
    LN_[0] = LE_[0] = 0;
    for (int j = 1; j < n_; ++j) {
      // Fluxes in Onsager form J = L X with forces X_N = -d(eta)/dr, X_E = d(1/T)/dr; each zone's
      // L = [[DN_eta, T DN_lnT], [DE_eta, T DE_lnT]] is symmetric positive definite, and the
      // interface takes the matrix harmonic mean 2 (L_a^-1 + L_b^-1)^-1 (layers in series), which
      // stays symmetric positive definite, so the discrete fluxes always produce entropy.
      const double dr = rc[j] - rc[j - 1];
      const double XN = -(th_[j].eta_L - th_[j - 1].eta_L) / dr;
      const double XE = (1 / th_[j].T_K - 1 / th_[j - 1].T_K) / dr;
      const Onsager L = harmonic_mean(onsager(D[j - 1], th_[j - 1].T_K), onsager(D[j], th_[j].T_K));
      const double area = 4 * pi * r_[j] * r_[j];
      LN_[j] = area * (L.nn * XN + L.ne * XE);
      LE_[j] = area * (L.en * XN + L.ee * XE);
    }
    const PnsFlux f = micro_.surface_flux(rho_[n_ - 1], th_[n_ - 1], r_[n_] - rc[n_ - 1]);
    LN_[n_] = 4 * pi * r_[n_] * r_[n_] * f.F_N;
    LE_[n_] = 4 * pi * r_[n_] * r_[n_] * f.F_E;
  }

  const PnsInitialModel& model_;
  const PnsMicrophysics& micro_;
  const PnsSettings& set_;
  Sundials& sd_;
  int n_;
  std::vector<double> m_edge_, dm_edge_, r_, rho_, LN_, LE_;
  std::vector<PnsSink> sink_;
  std::vector<PnsZoneThermo> hint_, th_;
  long n_rhs_ = 0;
};

int cv_rhs(sunrealtype, N_Vector y, N_Vector ydot, void* user) {
  Pns* pns = static_cast<Pns*>(user);
  try {
    pns->rhs(N_VGetArrayPointer(y), N_VGetArrayPointer(ydot));
    return 0;
  } catch (const std::exception& e) {
    pns->last_error = e.what();
    return 1;  // recoverable: CVODE retries with a smaller step
  }
}

void check_flag(int flag, const char* what, const std::string& detail = "") {
  if (flag < 0)
    throw ComputeError(std::string("pns_cooling: ") + what + " failed with CVODE flag " + std::to_string(flag) +
                       (detail.empty() ? "" : " (last right-hand-side error: " + detail + ")"));
}

void validate(const PnsInitialModel& m, const PnsMicrophysics& micro, const PnsSettings& s) {
  const std::size_t n = m.dm_g.size();
  if (n < 4 || m.s_kB.size() != n || m.YL.size() != n)
    throw InputError("pns_cooling: need >= 4 zones with dm_g, s_kB and YL of equal length, got " +
                     std::to_string(n));
  for (std::size_t i = 0; i < n; ++i)
    if (!(m.dm_g[i] > 0) || !(m.s_kB[i] > 0) || !(m.YL[i] > 0))
      throw InputError("pns_cooling: zone " + std::to_string(i) + " needs dm, s, YL > 0");
  if (!micro.thermo || !micro.transport || !micro.surface_flux)
    throw InputError("pns_cooling: the microphysics bundle lacks thermo, transport or surface_flux");
  if (!(s.t_end_s > s.t_first_s) || !(s.t_first_s > 0) || s.n_output < 2 || !(s.rtol > 0))
    throw InputError("pns_cooling: need 0 < t_first_s < t_end_s, n_output >= 2, rtol > 0");
}

}  // namespace

PnsRunResult run_pns_cooling(const PnsInitialModel& model, const PnsMicrophysics& micro,
                             const PnsSettings& set) {
  validate(model, micro, set);
  const int n = static_cast<int>(model.dm_g.size());
  Sundials sd;
  if (SUNContext_Create(nullptr, &sd.ctx) != 0) throw ComputeError("pns_cooling: SUNContext_Create failed");
  sd.y = N_VNew_Serial(2 * n + 2, sd.ctx);
  sd.hx = N_VNew_Serial(n, sd.ctx);
  sd.hb = N_VNew_Serial(n, sd.ctx);
  sd.hA = SUNBandMatrix(n, 1, 1, sd.ctx);
  sd.hLS = SUNLinSol_Band(sd.hx, sd.hA, sd.ctx);
  double* y = N_VGetArrayPointer(sd.y);
  for (int i = 0; i < n; ++i) {
    y[2 * i] = model.s_kB[i];
    y[2 * i + 1] = model.YL[i];
  }
  y[2 * n] = y[2 * n + 1] = 0;
  Pns pns(model, micro, set, sd);
  pns.initial_structure(y);

  PnsRunResult out;
  out.history.push_back(pns.snapshot(0, y));
  out.initial = pns.profile(y);

  sd.cvode = CVodeCreate(CV_BDF, sd.ctx);
  check_flag(CVodeInit(sd.cvode, cv_rhs, 0.0, sd.y), "CVodeInit");
  check_flag(CVodeSetUserData(sd.cvode, &pns), "CVodeSetUserData");
  N_Vector atol = N_VNew_Serial(2 * n + 2, sd.ctx);
  for (int i = 0; i < n; ++i) {
    NV_Ith_S(atol, 2 * i) = set.atol_s;
    NV_Ith_S(atol, 2 * i + 1) = set.atol_YL;
  }
  NV_Ith_S(atol, 2 * n) = NV_Ith_S(atol, 2 * n + 1) = 1e44;  // erg; relative control dominates
  const int tol_flag = CVodeSVtolerances(sd.cvode, set.rtol, atol);
  N_VDestroy(atol);
  check_flag(tol_flag, "CVodeSVtolerances");
  // zone i couples to its neighbours through the fluxes: half-bandwidth 3 in (s, Y_L) pairs; the
  // global coupling through the hydrostatic structure is left out of the Newton matrix.
  sd.A = SUNBandMatrix(2 * n + 2, 3, 3, sd.ctx);
  sd.LS = SUNLinSol_Band(sd.y, sd.A, sd.ctx);
  check_flag(CVodeSetLinearSolver(sd.cvode, sd.LS, sd.A), "CVodeSetLinearSolver");
  check_flag(CVodeSetMaxNumSteps(sd.cvode, set.max_steps), "CVodeSetMaxNumSteps");
  // CVODE's own first-step estimate overshoots the initial thermal adjustment of the outer
  // zones; starting small lets the error control follow it (docs/supernova.md).
  check_flag(CVodeSetInitStep(sd.cvode, set.initial_step_s), "CVodeSetInitStep");

  const double ratio = std::pow(set.t_end_s / set.t_first_s, 1.0 / (set.n_output - 1));
  double tout = set.t_first_s;
  for (int k = 0; k < set.n_output; ++k, tout *= ratio) {
    if (k == set.n_output - 1) tout = set.t_end_s;
    double t = 0;
    check_flag(CVode(sd.cvode, tout, sd.y, &t, CV_NORMAL), "CVode", pns.last_error);
    out.history.push_back(pns.snapshot(t, y));
  }
  out.final = pns.profile(y);
  CVodeGetNumSteps(sd.cvode, &out.n_steps);
  out.n_rhs = pns.n_rhs();
  out.stop_reason = "reached t_end_s = " + std::to_string(set.t_end_s) + " s";
  return out;
}

}  // namespace nuflash
