#include "nuclear/energy_generation.hpp"

#include <algorithm>
#include <limits>

#include "constants.hpp"
#include "nuclear/nuclear_data.hpp"

namespace nuflash::nuclear {
namespace {

// N_A * 1 MeV: converts [mol g^-1 s^-1] x [MeV] into [erg g^-1 s^-1].
constexpr double kMolMeV = constants::NA * constants::MeV_erg;

// The value of the fields nuclear_burning(..., NetworkDetail::structure) does not compute.
constexpr double kNotComputed = std::numeric_limits<double>::quiet_NaN();

int idx(Species s) { return static_cast<int>(s); }

// Mean neutrino energies [MeV] from the data table, looked up once: per reaction (0 for none), and the
// two 7Be branches of 3He+4He.
struct NeutrinoEnergies {
  std::array<double, kNumReactions> reaction{};
  double be7 = 0, b8 = 0;
};
const NeutrinoEnergies& neutrino_energies() {
  static const NeutrinoEnergies e = [] {
    const auto& data = nuclear_data();
    NeutrinoEnergies t;
    for (int k = 0; k < kNumReactions; ++k) {
      const auto process = reactions()[k].nu_process;
      t.reaction[k] = process.empty() ? 0.0 : data.neutrino_energy(process);
    }
    t.be7 = data.neutrino_energy("be7");
    t.b8 = data.neutrino_energy("b8");
    return t;
  }();
  return e;
}

// Mean neutrino energy per reaction [MeV] (fixed except for the 7Be branching of 3He+4He).
double nu_energy(int k, double f_ppII) {
  const auto& e = neutrino_energies();
  return k == kHe3AlphaReaction ? f_ppII * e.be7 + (1.0 - f_ppII) * e.b8 : e.reaction[k];
}

}  // namespace

EnergyRelease energy_release(const NetworkRates& r, const Abundances& Y) {
  const auto rate = reaction_rates(r, Y);
  const double f = be7_electron_capture_fraction(r, Y);
  EnergyRelease e;
  for (int k = 0; k < kNumReactions; ++k) {
    const double nu = nu_energy(k, f);
    const double net = kMolMeV * rate[k] * (reaction_Q_MeV(k) - nu);
    e.eps_nuc += net;
    e.eps_nu += kMolMeV * rate[k] * nu;
    e.eps[static_cast<int>(reactions()[k].chain)] += net;
  }
  return e;
}

NuclearBurning nuclear_burning(const State& s, NetworkDetail detail) {
  const auto Y = abundances_from(s.comp);
  const auto r = network_rates(s.rho_cgs, s.T_K, Y);
  const auto rate = reaction_rates(r, Y);
  const bool full = detail == NetworkDetail::full;

  NuclearBurning out;
  const double Yp = std::max(Y[idx(Species::h1)], 0.0);
  const double f = be7_electron_capture_fraction(r, Y);
  // d f / d x for x = ln T, ln rho, Y_p: f = a/(a+b), df = f (1-f) (dln a - dln b).
  const double ff = f * (1.0 - f);
  const double df_dlnT = ff * (r.dln_be7ec_dlnT - r.dln_be7pg_dlnT);
  const double df_dlnrho = ff * (r.dln_be7ec_dlnrho - r.dln_be7pg_dlnrho);
  const double df_dYp = Yp > 0.0 ? -ff / Yp : 0.0;
  const double dnu_df = neutrino_energies().be7 - neutrino_energies().b8;

  const auto e = energy_release(r, Y);
  out.eps_nuc = e.eps_nuc;
  out.eps_nu = e.eps_nu;
  out.eps_pp = e.eps[static_cast<int>(Chain::pp)];
  out.eps_cno = e.eps[static_cast<int>(Chain::cno)];
  out.eps_3a = e.eps[static_cast<int>(Chain::triple_alpha)];
  out.eps_CaO = e.eps[static_cast<int>(Chain::c12_alpha)];
  out.eps_alpha = e.eps[static_cast<int>(Chain::alpha_capture)];

  std::array<double, kNumReactions> q{};  // energy per reaction net of neutrinos [MeV]
  for (int k = 0; k < kNumReactions; ++k) {
    const auto& rx = reactions()[k];
    q[k] = reaction_Q_MeV(k) - nu_energy(k, f);
    const double net = kMolMeV * rate[k] * q[k];
    out.deps_dlnT += net * r.dlnc_dlnT[k];
    out.deps_dlnrho += net * r.dlnc_dlnrho[k];
    if (k == kHe3AlphaReaction) {
      out.deps_dlnT -= kMolMeV * rate[k] * dnu_df * df_dlnT;
      out.deps_dlnrho -= kMolMeV * rate[k] * dnu_df * df_dlnrho;
    }
    for (int j = 0; j < rx.n_change; ++j) {
      const auto [species, n] = rx.change[j];
      out.dYdt[idx(species)] += n * rate[k];
      out.dYdt_dlnT[idx(species)] += n * rate[k] * r.dlnc_dlnT[k];
      out.dYdt_dlnrho[idx(species)] += n * rate[k] * r.dlnc_dlnrho[k];
    }
  }
  out.rate = rate;
  out.screening = r.screening;
  out.f_ppII = f;

  if (!full) {
    out.deps_dY.fill(kNotComputed);
    out.jacobian.setConstant(kNotComputed);
    out.X_d_eq = out.X_be7_eq = out.X_li7_eq = kNotComputed;
    return out;
  }
  const auto drate_dY = reaction_rate_jacobian(r, Y);
  for (int k = 0; k < kNumReactions; ++k) {
    for (int j = 0; j < kNumSpecies; ++j) out.deps_dY[j] += kMolMeV * drate_dY(k, j) * q[k];
  }
  out.deps_dY[idx(Species::h1)] -= kMolMeV * rate[kHe3AlphaReaction] * dnu_df * df_dYp;
  out.jacobian = network_jacobian(r, Y);

  // Equilibrium abundances of the untracked intermediates: production = destruction.
  if (Yp > 0.0) {
    const double Yd = (rate[0] + rate[1]) / (r.dpg_coeff * Yp);
    const double Ybe7 = rate[kHe3AlphaReaction] / (r.be7_ec_per_s + r.be7_pg_coeff * Yp);
    const double Yli7 = r.be7_ec_per_s * Ybe7 / (r.li7pa_coeff * Yp);
    out.X_d_eq = 2.0 * Yd;
    out.X_be7_eq = 7.0 * Ybe7;
    out.X_li7_eq = 7.0 * Yli7;
  }
  return out;
}

}  // namespace nuflash::nuclear
