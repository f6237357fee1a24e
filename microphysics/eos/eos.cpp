#include "eos/eos.hpp"

#include <cmath>
#include <limits>
#include <sstream>

#include "constants.hpp"
#include "eos/electron_positron_gas.hpp"
#include "eos/ion_gas_coulomb.hpp"
#include "eos/saha_ionisation.hpp"
#include "error.hpp"

namespace nuflash {
namespace {

namespace c = constants;

void check_range(const char* name, double v, double lo, double hi, const char* unit) {
  if (!std::isfinite(v) || v < lo || v > hi) {
    std::ostringstream os;
    os << "eos: " << name << " = " << v << " " << unit << ": must be finite and in [" << lo << ", " << hi << "]";
    throw InputError(os.str());
  }
}

// Nuclei in the groups the EOS treats differently.
struct Nuclei {
  double n_H = 0, n_He = 0;  // hydrogen and helium (Saha)
  double n_nuc = 0;          // all nuclei
  double q_metals = 0;       // electrons of the (always fully ionised) heavier nuclei
  double q_full = 0;         // electrons at full ionisation
};

Nuclei count_nuclei(const Composition& comp, double rho) {
  Nuclei nn;
  for (int j = 0; j < kNumSpecies; ++j) {
    const auto& nu = nuclides()[j];
    const double n = rho * comp.X[j] / (nu.A * c::mu_g);
    nn.n_nuc += n;
    nn.q_full += n * nu.Z;
    const auto sp = static_cast<Species>(j);
    if (sp == Species::h1) {
      nn.n_H += n;
    } else if (sp == Species::he3 || sp == Species::he4) {
      nn.n_He += n;
    } else {
      nn.q_metals += n * nu.Z;
    }
  }
  return nn;
}

// Free electrons supplied by the nuclei at chemical potential mu, with the bound-state terms.
struct FreeElectrons {
  Partials n;
  ThermoTerm term;
  double zbar_free = 0;
};

FreeElectrons free_electrons(const Nuclei& nn, double rho, double mu, double T, bool ionisation) {
  FreeElectrons fe;
  if (!ionisation) {
    fe.n = {nn.q_full, 0, 0, nn.q_full / rho};
  } else {
    const auto h = hydrogen_states(nn.n_H, nn.n_nuc, rho, mu, T);
    const auto he = helium_states(nn.n_He, nn.n_nuc, rho, mu, T);
    fe.n = {nn.q_metals, 0, 0, nn.q_metals / rho};
    fe.n += h.n_free;
    fe.n += he.n_free;
    fe.term += h.term;
    fe.term += he.term;
  }
  fe.zbar_free = nn.n_nuc > 0 ? fe.n.v / nn.n_nuc : 0;
  return fe;
}

// The electron chemical potential, as eta = mu / kT and psi = eta + 1/beta (with rest mass).
struct ChemicalPotential {
  double eta, psi;
};

// Above ~1.2e8 K (1/beta < 50) pairs can outnumber the net electrons and the solve runs in psi, whose
// small values carry the net charge; below, positrons are negligible and it runs in eta, which keeps
// full precision when 1/beta is large.
constexpr double kPsiModeInvBeta = 50.0;

// Initial guess: the largest of the degenerate estimate E_F / kT, the non-degenerate, non-relativistic
// ln(n lambda^3 / 2) and, with pairs, asinh(n / 2 n_0) - 1/beta with n_0 the Boltzmann pair density
// (m_e c / hbar)^3 beta K_2(1/beta) / pi^2.
double eta_guess(double n, double T) {
  const double kT = c::kB_cgs * T, beta = kT / c::me_c2_erg;
  const double x = c::lambda_C_cgs * std::cbrt(3.0 * c::pi * c::pi * n);
  const double EF = c::me_c2_erg * x * x / (std::sqrt(1.0 + x * x) + 1.0);
  const double lambda = c::h_cgs / std::sqrt(2.0 * c::pi * c::me_g * kT);
  double eta = std::max(EF / kT, std::log(0.5 * n * lambda * lambda * lambda));
  if (1.0 / beta < kPsiModeInvBeta) {
    const double lc = c::lambda_C_cgs;
    const double n0 = beta * std::cyl_bessel_k(2.0, 1.0 / beta) / (c::pi * c::pi * lc * lc * lc);
    eta = std::max(eta, std::asinh(0.5 * n / n0) - 1.0 / beta);
  }
  return eta;
}

// Solves n(e-) - n(e+) = n_free(mu) by Newton on g = ln n - ln n_free, which increases monotonically
// with the chemical potential, inside a bracket that shrinks with every evaluation; bisection when a
// step leaves the bracket.
ChemicalPotential solve_chemical_potential(const Nuclei& nn, double rho, double T, bool ionisation) {
  const double kT = c::kB_cgs * T, inv_beta = c::me_c2_erg / kT;
  const bool psi_mode = inv_beta < kPsiModeInvBeta;
  auto at = [&](double z) {
    return psi_mode ? ChemicalPotential{z - inv_beta, z} : ChemicalPotential{z, z + inv_beta};
  };
  const double guess = eta_guess(nn.q_full, T);
  double z = psi_mode ? guess + inv_beta : guess;
  double lo = -std::numeric_limits<double>::infinity(), hi = std::numeric_limits<double>::infinity();
  for (int it = 0; it < 200 && std::isfinite(z); ++it) {
    const auto cp = at(z);
    const auto ne = electron_number(cp.eta, cp.psi, T);
    const auto q = free_electrons(nn, rho, cp.eta * kT, T, ionisation);
    double step;
    if (!(ne.n > 0)) {
      lo = z;
      step = std::max(1.0, std::abs(z));
    } else {
      const double g = std::log(ne.n / q.n.v);
      const double dg = ne.dn_deta / ne.n - kT * q.n.mu / q.n.v;
      if (std::abs(g) < 1e-15) return cp;
      (g > 0 ? hi : lo) = z;
      step = -g / dg;
    }
    double next = z + step;
    if (!(next > lo && next < hi)) {
      if (std::isfinite(lo) && std::isfinite(hi)) {
        next = 0.5 * (lo + hi);
      } else {
        const double jump = std::max(1.0, 2.0 * std::abs(z));
        next = std::isfinite(lo) ? z + jump : z - jump;
      }
    }
    const double tol = 1e-14 * (psi_mode ? std::abs(z) : std::max(1.0, std::abs(z)));
    if (std::abs(next - z) <= tol) return at(next);
    z = next;
  }
  std::ostringstream os;
  os << "eos: charge neutrality did not converge at rho = " << rho << " g/cm^3, T = " << T << " K";
  throw ComputeError(os.str());
}

ThermoTerm radiation(double T) {
  const double a = c::a_rad_cgs, T3 = T * T * T;
  ThermoTerm t;
  t.P = {a * T3 * T / 3.0, 0, 4.0 * a * T3 / 3.0, 0};
  t.s = {4.0 * a * T3 / 3.0, 0, 4.0 * a * T * T, 0};
  t.e = {a * T3 * T, 0, 4.0 * a * T3, 0};
  return t;
}

}  // namespace

EosResult eos(const State& st, const EosOptions& opt) {
  const double rho = st.rho_cgs, T = st.T_K;
  check_range("rho", rho, kEosRhoMin, kEosRhoMax, "g/cm^3");
  check_range("T", T, kEosTMin, kEosTMax, "K");
  const Nuclei nn = count_nuclei(st.comp, rho);
  if (!(nn.q_full > 0)) throw InputError("eos: composition has no electrons (all mass fractions zero?)");

  const double kT = c::kB_cgs * T;
  const auto cp = solve_chemical_potential(nn, rho, T, opt.ionisation);
  const double eta = cp.eta, mu = eta * kT;
  const auto eg = electron_positron_gas(cp.eta, cp.psi, T);
  const auto fe = free_electrons(nn, rho, mu, T, opt.ionisation);
  const auto ions = ideal_ions(st.comp, rho, T);
  CoulombCorrection coul;
  if (opt.coulomb) coul = coulomb_correction(st.comp, rho, T);
  const ThermoTerm rad = opt.radiation ? radiation(T) : ThermoTerm{};

  ThermoTerm tot = eg.term;
  tot += fe.term;
  tot += ions;
  tot += coul.term;
  tot += rad;

  // Charge neutrality C = n_e(mu, T) - n_free(mu, T, rho) = 0 defines mu(rho, T).
  const double Cmu = eg.n.mu - fe.n.mu;
  const double mu_rho = fe.n.rho / Cmu;
  const double mu_T = -(eg.n.T - fe.n.T) / Cmu;
  auto d_rho = [&](const Partials& p) { return p.rho + p.mu * mu_rho; };
  auto d_T = [&](const Partials& p) { return p.T + p.mu * mu_T; };

  EosResult r;
  r.P = tot.P.v;
  r.E = tot.e.v / rho;
  r.S = tot.s.v / rho;
  r.dP_drho = d_rho(tot.P);
  r.dP_dT = d_T(tot.P);
  r.dE_drho = d_rho(tot.e) / rho - tot.e.v / (rho * rho);
  r.dE_dT = d_T(tot.e) / rho;
  r.dS_drho = d_rho(tot.s) / rho - tot.s.v / (rho * rho);
  r.dS_dT = d_T(tot.s) / rho;

  r.cV = r.dE_dT;
  r.chi_rho = rho * r.dP_drho / r.P;
  r.chi_T = T * r.dP_dT / r.P;
  const double gamma3m1 = r.P * r.chi_T / (rho * T * r.cV);
  r.gamma1 = r.chi_T * gamma3m1 + r.chi_rho;
  r.grad_ad = gamma3m1 / r.gamma1;
  r.cP = r.cV * r.gamma1 / r.chi_rho;

  r.eta = eta;
  r.n_e = eg.n.v;
  r.n_pos = eg.n_pos;
  r.P_e = eg.term.P.v;
  r.P_ion = ions.P.v + fe.term.P.v;
  r.P_rad = rad.P.v;
  r.P_coul = coul.term.P.v;
  r.gamma_coul = coul.gamma;
  r.zbar_free = fe.zbar_free;
  return r;
}

}  // namespace nuflash
