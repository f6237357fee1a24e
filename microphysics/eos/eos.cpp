#include "eos/eos.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

#include "constants.hpp"
#include "eos/electron_positron_gas.hpp"
#include "eos/electron_table.hpp"
#include "eos/ion_gas_coulomb.hpp"
#include "eos/safeguarded_newton.hpp"
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
    const double n = rho * comp.X[j] / (nu.M_u * c::mu_g);
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

// Free electrons supplied by the nuclei, with the bound-state terms, for electrons of chemical
// potential mu and density n_e. With Coulomb corrections the Saha equilibria see mu + phi(n_e, T),
// phi = dF_C/dn_e; the partials are converted back to (mu, T, rho) at fixed electron gas, using
// dn_e/dmu and dn_e/dT|mu of the gas (ne_mu, ne_T).
struct FreeElectrons {
  Partials n;
  ThermoTerm term;
  double zbar_free = 0;
};

struct Context {
  const Composition& comp;
  Nuclei nn;
  double rho, T;
  const EosOptions& opt;
};

// cf: the Coulomb free energy at the electron density of the gas, nullptr without Coulomb corrections.
FreeElectrons free_electrons(const Context& cx, double mu, const CoulombFreeEnergy* cf, double ne_mu, double ne_T) {
  const auto& nn = cx.nn;
  FreeElectrons fe;
  if (!cx.opt.ionisation) {
    fe.n = {nn.q_full, 0, 0, nn.q_full / cx.rho};
  } else {
    double phi = 0, phi_mu = 0, phi_T = 0;
    if (cf) {
      phi = cf->F_n;
      phi_mu = cf->F_nn * ne_mu;
      phi_T = cf->F_nT + cf->F_nn * ne_T;
    }
    const double m = mu + phi;
    const auto h = hydrogen_states(nn.n_H, nn.n_nuc, cx.rho, m, cx.T);
    const auto he = helium_states(nn.n_He, nn.n_nuc, cx.rho, m, cx.T);
    fe.n = {nn.q_metals, 0, 0, nn.q_metals / cx.rho};
    fe.n += h.n_free;
    fe.n += he.n_free;
    fe.term += h.term;
    fe.term += he.term;
    auto shift = [&](Partials& p) {
      p.T += p.mu * phi_T;
      p.mu *= 1.0 + phi_mu;
    };
    shift(fe.n);
    shift(fe.term.P);
    shift(fe.term.s);
    shift(fe.term.e);
  }
  fe.zbar_free = nn.n_nuc > 0 ? fe.n.v / nn.n_nuc : 0;
  return fe;
}

// The Coulomb free energy of the ionised plasma as a ThermoTerm in (mu, T), for an electron gas of
// density n_e with dn_e/dmu = ne_mu and dn_e/dT|mu = ne_T.
struct Coulomb {
  ThermoTerm term;
  double gamma = 0;
};
Coulomb coulomb_term(const CoulombFreeEnergy& f, double n_e, double ne_mu, double ne_T, double T) {
  // P = n phi - F, s = -F_T, e = F - T F_T, with their n and T derivatives, then to (mu, T).
  const double P = n_e * f.F_n - f.F, P_n = n_e * f.F_nn, P_T = n_e * f.F_nT - f.F_T;
  const double s = -f.F_T, s_n = -f.F_nT, s_T = -f.F_TT;
  const double e = f.F - T * f.F_T, e_n = f.F_n - T * f.F_nT, e_T = -T * f.F_TT;
  auto to_mu = [&](double v, double vn, double vT) { return Partials{v, vn * ne_mu, vT + vn * ne_T, 0}; };
  return {{to_mu(P, P_n, P_T), to_mu(s, s_n, s_T), to_mu(e, e_n, e_T)}, f.gamma};
}

// Charge neutrality n(e-) - n(e+) = n_free(mu) by safeguarded Newton on g = ln n - ln n_free.
ChemicalPotential solve_neutrality(const Context& cx) {
  const double kT = c::kB_cgs * cx.T;
  auto target = [&](double eta, const ElectronNumber& ne) {
    const double ne_mu = ne.dn_deta / kT;
    std::optional<CoulombFreeEnergy> cf;
    if (cx.opt.coulomb && cx.opt.ionisation) cf = coulomb_free_energy(cx.comp, ne.n, cx.T);
    const auto q = free_electrons(cx, eta * kT, cf ? &*cf : nullptr, ne_mu, 0.0);
    return FreeElectronTarget{q.n.v, kT * q.n.mu};
  };
  if (const auto cp = solve_chemical_potential(cx.T, cx.nn.q_full, target)) return *cp;
  std::ostringstream os;
  os << "eos: charge neutrality did not converge at rho = " << cx.rho << " g/cm^3, T = " << cx.T << " K";
  throw ComputeError(os.str());
}

ElectronPositronGas direct_gas(const Context& cx) {
  const auto cp = solve_neutrality(cx);
  return electron_positron_gas(cp.eta, cp.psi, cx.T);
}

// Charge neutrality with the tabulated gas: Newton on g(z) = z - ln n_free(mu(e^z)), z = ln n.
// Nothing if an iterate leaves the table. The Coulomb free energy of the last evaluation is returned
// with the gas when it belongs to it (same n_e), so that the caller need not compute it again.
struct TableNeutrality {
  ElectronPositronGas gas;
  std::optional<CoulombFreeEnergy> cf;
};
std::optional<TableNeutrality> neutrality_from_table(const Context& cx) {
  std::optional<ElectronPositronGas> gas;
  std::optional<CoulombFreeEnergy> cf;
  auto residual = [&](double z) {
    gas = electron_gas_from_table(std::exp(z), cx.T);
    cf.reset();
    if (!gas) return NewtonEval{std::numeric_limits<double>::quiet_NaN(), 0};
    if (cx.opt.coulomb && cx.opt.ionisation) cf = coulomb_free_energy(cx.comp, gas->n.v, cx.T);
    const auto q = free_electrons(cx, gas->eta * c::kB_cgs * cx.T, cf ? &*cf : nullptr, gas->n.mu, 0.0);
    return NewtonEval{z - std::log(q.n.v), 1.0 - gas->n.v * q.n.mu / (q.n.v * gas->n.mu)};
  };
  const auto z = safeguarded_newton(std::log(cx.nn.q_full), residual, 1e-15, 1e-15, false);
  if (!z) return std::nullopt;
  if (!gas || gas->n.v != std::exp(*z)) {
    gas = electron_gas_from_table(std::exp(*z), cx.T);
    cf.reset();
  }
  if (!gas) return std::nullopt;
  return TableNeutrality{*gas, cf};
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
  if (!(nn.q_full > 0)) {
    std::ostringstream os;
    os << "eos: composition has no electrons: sum X_i Z_i / M_i = " << nn.q_full * c::mu_g / rho
       << " electrons per u: must be > 0 (mass fractions >= 0 summing to 1)";
    throw InputError(os.str());
  }

  const Context cx{st.comp, nn, rho, T, opt};
  std::optional<TableNeutrality> tab;
  if (opt.electrons == ElectronMethod::table) tab = neutrality_from_table(cx);
  const ElectronPositronGas eg = tab ? tab->gas : direct_gas(cx);
  const double eta = eg.eta;
  std::optional<CoulombFreeEnergy> cf;
  if (opt.coulomb) cf = tab && tab->cf ? tab->cf : coulomb_free_energy(st.comp, eg.n.v, T);
  const auto fe = free_electrons(cx, eta * c::kB_cgs * T, cf ? &*cf : nullptr, eg.n.mu, eg.n.T);
  const auto ions = ideal_ions(st.comp, rho, T);
  Coulomb coul;
  if (cf) coul = coulomb_term(*cf, eg.n.v, eg.n.mu, eg.n.T, T);
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
