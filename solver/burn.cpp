#include "burn.hpp"

#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_context.h>
#include <sunmatrix/sunmatrix_dense.h>

#include <Eigen/LU>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

#include "error.hpp"
#include "sundials_handles.hpp"
#include "nuclear/energy_generation.hpp"
#include "nuclear/screening.hpp"

namespace nuflash {
namespace {

using nuclear::Abundances;
// CVODE state: the mass fractions, then the energy released per gram so far by each Chain and
// the energy carried off by reaction neutrinos [erg/g]. The energies are integrated with the same
// steps but are left out of the error and convergence tests (infinite absolute tolerance): they do
// not feed back on the composition.
constexpr int kN = kNumSpecies;
constexpr int kE = kN;                            // first energy component
constexpr int kNu = kN + nuclear::kNumChains;     // neutrino energy
constexpr int kSize = kNu + 1;
constexpr double kUnchecked = 1e300;


// The rate coefficients depend on the composition only through the screening plasma's sum Z Y (= Ye) and
// sum Z^2 Y. At constant (rho, T) they are reused while both stay within kPlasmaReuse (relative) of where
// they were computed: the screening exponents then differ by ~1e-5 H, the rates by < 1e-6 — below the
// burn's tolerance — and the zones that barely change over a step (most of a star) compute them once.
constexpr double kPlasmaReuse = 1e-5;

// The integration needs the rate coefficients, not their T and rho derivatives.
constexpr auto kCoefficientsOnly = nuclear::RateDerivatives::none;

struct Zone {
  Zone(double rho0_, double T0_, double drho_dt_, double dT_dt_)
      : rho0(rho0_), T0(T0_), drho_dt(drho_dt_), dT_dt(dT_dt_), lambda0(nuclear::reaclib_values(T0_)) {}
  double rho0, T0, drho_dt, dT_dt;
  nuclear::ReaclibValues lambda0;  // the unscreened rates at T0, reused while T is constant
  mutable nuclear::NetworkRates cached;
  mutable double cached_ye = -1.0, cached_z2 = -1.0;
  double rho(double t) const { return rho0 + drho_dt * t; }
  nuclear::NetworkRates rates(double t, const Abundances& Y) const {
    if (dT_dt != 0.0 || drho_dt != 0.0) return nuclear::network_rates(rho(t), T0 + dT_dt * t, Y, kCoefficientsOnly);
    const nuclear::PlasmaMoments m = nuclear::plasma_moments(Y);
    if (std::fabs(m.ye - cached_ye) > kPlasmaReuse * m.ye || std::fabs(m.z2 - cached_z2) > kPlasmaReuse * m.z2) {
      cached = nuclear::network_rates(rho0, lambda0, Y, kCoefficientsOnly);
      cached_ye = m.ye;
      cached_z2 = m.z2;
    }
    return cached;
  }
};

Abundances abundances(N_Vector x) {
  const double* X = N_VGetArrayPointer(x);
  Abundances Y{};
  for (int i = 0; i < kN; ++i) Y[i] = X[i] / nuclides()[i].A;
  return Y;
}

// The callbacks report failures to CVODE by return value (1: recoverable, -1: fatal), never by
// exception across the C interface.
int rhs(sunrealtype t, N_Vector x, N_Vector xdot, void* user) {
  try {
    const auto& z = *static_cast<const Zone*>(user);
    const auto Y = abundances(x);
    const auto rates = z.rates(t, Y);
    const auto dYdt = nuclear::network_dYdt(rates, Y);
    const auto e = nuclear::energy_release(rates, Y);
    double* out = N_VGetArrayPointer(xdot);
    for (int i = 0; i < kN; ++i) out[i] = nuclides()[i].A * dYdt[i];
    for (int c = 0; c < nuclear::kNumChains; ++c) out[kE + c] = e.eps[c];
    out[kNu] = e.eps_nu;
    return 0;
  } catch (const ComputeError&) {
    return 1;
  } catch (...) {
    return -1;
  }
}

int jacobian(sunrealtype t, N_Vector x, N_Vector, SUNMatrix J, void* user, N_Vector, N_Vector, N_Vector) {
  try {
    const auto& z = *static_cast<const Zone*>(user);
    const auto Y = abundances(x);
    const auto JY = nuclear::network_jacobian(z.rates(t, Y), Y);
    // d(dX_i/dt)/dX_j = A_i J_ij / A_j; the energy rows are not differentiated (see above).
    SUNMatZero(J);
    for (int i = 0; i < kN; ++i) {
      for (int j = 0; j < kN; ++j) SM_ELEMENT_D(J, i, j) = nuclides()[i].A * JY(i, j) / nuclides()[j].A;
    }
    return 0;
  } catch (const ComputeError&) {
    return 1;
  } catch (...) {
    return -1;
  }
}

// Linear solver for CVODE's Newton matrix M = I - gamma J. The energy rows of J are zero (see jacobian), so
// M is block diagonal, [[I - gamma J_X, 0], [0, I]]: only the kN x kN block of the mass fractions is
// factored (LU with partial pivoting), and the energy components of a correction equal those of the
// right-hand side. Against SUNDIALS' dense solver on the whole kSize x kSize matrix the LU takes
// ~(kSize/kN)^3 = 3x fewer operations.
using SpeciesMatrix = Eigen::Matrix<double, kN, kN>;
struct SpeciesBlock {
  Eigen::PartialPivLU<SpeciesMatrix> lu;
};

SpeciesBlock& block(SUNLinearSolver S) { return *static_cast<SpeciesBlock*>(S->content); }

SUNLinearSolver_Type block_type(SUNLinearSolver) { return SUNLINEARSOLVER_DIRECT; }

int block_setup(SUNLinearSolver S, SUNMatrix A) {
  SpeciesMatrix M;
  for (int j = 0; j < kN; ++j) {
    for (int i = 0; i < kN; ++i) M(i, j) = SM_ELEMENT_D(A, i, j);
  }
  block(S).lu.compute(M);
  const auto& U = block(S).lu.matrixLU();
  for (int i = 0; i < kN; ++i) {
    if (U(i, i) == 0.0 || !std::isfinite(U(i, i))) return SUNLS_LUFACT_FAIL;
  }
  return SUNLS_SUCCESS;
}

int block_solve(SUNLinearSolver S, SUNMatrix, N_Vector x, N_Vector b, sunrealtype) {
  const double* in = N_VGetArrayPointer(b);
  double* out = N_VGetArrayPointer(x);
  const Eigen::Matrix<double, kN, 1> dX = block(S).lu.solve(Eigen::Map<const Eigen::Matrix<double, kN, 1>>(in));
  for (int i = 0; i < kN; ++i) out[i] = dX(i);
  for (int i = kN; i < kSize; ++i) out[i] = in[i];
  return SUNLS_SUCCESS;
}

int block_free(SUNLinearSolver S) {
  delete static_cast<SpeciesBlock*>(S->content);
  S->content = nullptr;
  SUNLinSolFreeEmpty(S);
  return SUNLS_SUCCESS;
}

stellar::SUNLinSolPtr species_block_solver(SUNContext ctx) {
  stellar::SUNLinSolPtr S(SUNLinSolNewEmpty(ctx));
  if (!S) throw ComputeError("burn: cannot allocate the linear solver");
  S->ops->gettype = block_type;
  S->ops->setup = block_setup;
  S->ops->solve = block_solve;
  S->ops->free = block_free;  // owns the content from here on (deleting none is harmless)
  S->content = new SpeciesBlock;
  return S;
}

void check(int flag, const char* call) {
  if (flag < 0) {
    throw ComputeError(std::string("burn: ") + call + " failed: " + CVodeGetReturnFlagName(flag));
  }
}

void require_positive(double v, const char* name, const char* unit) {
  if (!std::isfinite(v) || v <= 0.0) {
    std::ostringstream os;
    os << "burn: " << name << " = " << v << " " << unit << " must be finite and > 0";
    throw InputError(os.str());
  }
}

}  // namespace

BurnResult burn(const Composition& comp, double rho_cgs, double T_K, double dt_s, const BurnOptions& opt) {
  validate_composition(comp);
  require_positive(rho_cgs, "rho", "g/cm^3");
  require_positive(T_K, "T", "K");
  require_positive(dt_s, "dt", "s");
  const double rho_end = opt.rho_end_cgs > 0.0 ? opt.rho_end_cgs : rho_cgs;
  const double T_end = opt.T_end_K > 0.0 ? opt.T_end_K : T_K;
  require_positive(rho_end, "rho_end", "g/cm^3");
  require_positive(T_end, "T_end", "K");
  require_positive(opt.rtol, "rtol", "");
  require_positive(opt.atol, "atol", "");
  if (opt.atol_metals != 0.0) require_positive(opt.atol_metals, "atol_metals", "");
  const double atol_metals = opt.atol_metals > 0.0 ? opt.atol_metals : opt.atol;
  Zone zone(rho_cgs, T_K, (rho_end - rho_cgs) / dt_s, (T_end - T_K) / dt_s);
  // Outside the REACLIB fits' temperature range: InputError here (the zone checked T_K).
  if (T_end != T_K) nuclear::reaclib_values(T_end);

  const stellar::SunContextPtr ctx = stellar::make_sun_context();
  stellar::NVectorPtr x(N_VNew_Serial(kSize, ctx.get()));
  stellar::NVectorPtr atol(N_VNew_Serial(kSize, ctx.get()));
  if (!x || !atol) throw ComputeError("burn: cannot allocate CVODE vectors");
  N_VConst(0.0, x.get());
  N_VConst(kUnchecked, atol.get());
  for (int i = 0; i < kN; ++i) {
    NV_Ith_S(x.get(), i) = comp.X[i];
    NV_Ith_S(atol.get(), i) = i >= static_cast<int>(Species::c12) ? atol_metals : opt.atol;
  }

  stellar::CvodePtr cv(CVodeCreate(CV_BDF, ctx.get()));
  if (!cv) throw ComputeError("burn: CVodeCreate failed");
  check(CVodeInit(cv.get(), rhs, 0.0, x.get()), "CVodeInit");
  check(CVodeSVtolerances(cv.get(), opt.rtol, atol.get()), "CVodeSVtolerances");
  check(CVodeSetUserData(cv.get(), &zone), "CVodeSetUserData");
  check(CVodeSetErrHandlerFn(cv.get(), stellar::silent_sundials_errors, nullptr), "CVodeSetErrHandlerFn");
  check(CVodeSetMaxNumSteps(cv.get(), opt.max_steps), "CVodeSetMaxNumSteps");
  check(CVodeSetStopTime(cv.get(), dt_s), "CVodeSetStopTime");
  stellar::SUNMatrixPtr A(SUNDenseMatrix(kSize, kSize, ctx.get()));
  if (!A) throw ComputeError("burn: cannot allocate the Jacobian matrix");
  stellar::SUNLinSolPtr ls = species_block_solver(ctx.get());
  check(CVodeSetLinearSolver(cv.get(), ls.get(), A.get()), "CVodeSetLinearSolver");
  check(CVodeSetJacFn(cv.get(), jacobian), "CVodeSetJacFn");

  double t = 0.0;
  check(CVode(cv.get(), dt_s, x.get(), &t, CV_NORMAL), "CVode");

  BurnResult out;
  double sum_before = 0, sum_after = 0, clipped = 0;
  for (int i = 0; i < kN; ++i) {
    const double X = NV_Ith_S(x.get(), i);
    sum_before += comp.X[i];
    sum_after += X;
    if (X < 0.0) {
      out.max_clipped = std::max(out.max_clipped, -X);
      clipped -= X;
    }
    out.comp.X[i] = std::max(X, 0.0);
  }
  out.baryon_defect = sum_after - sum_before;
  for (double& X : out.comp.X) X /= sum_after + clipped;
  for (int c = 0; c < nuclear::kNumChains; ++c) {
    out.eps_chain[c] = NV_Ith_S(x.get(), kE + c) / dt_s;
    out.eps_nuc += out.eps_chain[c];
  }
  out.eps_nu = NV_Ith_S(x.get(), kNu) / dt_s;
  check(CVodeGetNumSteps(cv.get(), &out.steps), "CVodeGetNumSteps");
  check(CVodeGetNumRhsEvals(cv.get(), &out.rhs_evals), "CVodeGetNumRhsEvals");
  check(CVodeGetNumJacEvals(cv.get(), &out.jac_evals), "CVodeGetNumJacEvals");
  return out;
}

}  // namespace nuflash
