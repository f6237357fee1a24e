// Thermal neutrino energy losses: the Standard-Model processes of Itoh et al. 1996 (ApJS 102, 411) and
// plasmon decay through a neutrino magnetic moment mu_nu = mu12 1e-12 mu_B (Haft, Raffelt & Weiss 1994,
// ApJ 425, 222), with d/dT and d/drho of the totals. Pure and thread-safe; the plasmon table is built once
// at first use.
#pragma once

#include <string_view>

#include "eos/eos_result.hpp"
#include "state.hpp"

namespace nuflash {

enum class PlasmonMuModel {
  exact,  // Q_mu from the Braaten-Segel plasmon integral (tabulated, validated against the direct integral)
  ratio   // Q_mu = coefficient mu12^2 (10 keV / omega_pl)^2 Q_plasma(Itoh), Raffelt 1996 ch. 6
};

// "exact" or "ratio"; throws InputError naming the allowed values otherwise.
PlasmonMuModel parse_plasmon_mu_model(std::string_view text);
std::string_view to_string(PlasmonMuModel m);

struct NeutrinoOptions {
  double mu12 = 0;  // neutrino magnetic moment in units of 1e-12 Bohr magnetons (>= 0)
  PlasmonMuModel plasmon_mu_model = PlasmonMuModel::exact;
};

// All rates are specific: erg g^-1 s^-1; derivatives at fixed composition.
struct NeutrinoResult {
  double eps_pair = 0;
  double eps_photo = 0;
  double eps_plasma = 0;   // Itoh fit
  double eps_brems = 0;
  double eps_recomb = 0;
  double eps_nu_sm = 0;    // sum of the five above
  double deps_nu_sm_dT = 0;    // [erg g^-1 s^-1 K^-1]
  double deps_nu_sm_drho = 0;  // [erg cm^3 g^-2 s^-1]
  double eps_nu_mu = 0;        // plasmon decay through mu_nu (0 when mu12 = 0)
  double deps_nu_mu_dT = 0;
  double deps_nu_mu_drho = 0;
  double omega_pl_erg = 0;     // hbar omega_P (Braaten & Segel 1993, from eta and T)
  double omega_pl_keV = 0;
  double v_star = 0;           // typical electron velocity omega_1 / omega_P
};

// eta and n_e are taken from the EOS result (never re-solved); T and rho from the state.
// Throws InputError for an invalid state, eta, n_e or mu12.
NeutrinoResult neutrino_losses(const State& s, const EosResult& e, const NeutrinoOptions& opt);

}  // namespace nuflash
