// `nuflash micro neu`: thermal neutrino losses at a state (Itoh et al. 1996 SM processes, plasmon decay
// through a neutrino magnetic moment), with eta from the EOS.
#include <limits>
#include <string>

#include "eos/eos.hpp"
#include "micro_commands.hpp"
#include "neutrino/plasmon_decay.hpp"
#include "neutrino/thermal_neutrinos.hpp"

namespace nuflash::app {

MicroEvaluator micro_neutrino_evaluator() {
  const double inf = std::numeric_limits<double>::infinity();
  return {"neu",
          "thermal neutrino losses: pair, photo, plasma, bremsstrahlung, recombination and the mu_nu plasmon "
          "term [erg/g/s], with d/dT, d/drho",
          {{"mu12", io::Kind::Real, 0.0, "neutrino magnetic moment [1e-12 Bohr magnetons]", "--mu12",
            io::Range{0, inf, false, true}, {}},
           {"plasmon_mu_model", io::Kind::String, std::string("exact"),
            "mu_nu plasmon rate: exact (Braaten-Segel integral) or ratio (0.318 mu12^2 (10 keV/omega_pl)^2 Q_plasma)",
            "--plasmon-mu-model", {}, {"exact", "ratio"}}},
          [](const State& s, RunContext& rc) {
            const EosResult e = eos(s);
            NeutrinoOptions opt;
            opt.mu12 = rc.cfg.real("mu12");
            opt.plasmon_mu_model = parse_plasmon_mu_model(rc.cfg.text("plasmon_mu_model"));
            const NeutrinoResult r = neutrino_losses(s, e, opt);
            io::Json j = io::Json::object();
            j.set("rho_cgs", s.rho_cgs).set("T_K", s.T_K).set("composition", to_string(s.comp)).set("eta", e.eta);
            j.set("mu12", opt.mu12).set("plasmon_mu_model", std::string(to_string(opt.plasmon_mu_model)));
            j.set("eps_pair", r.eps_pair).set("eps_photo", r.eps_photo).set("eps_plasma", r.eps_plasma);
            j.set("eps_brems", r.eps_brems).set("eps_recomb", r.eps_recomb);
            j.set("eps_nu_sm", r.eps_nu_sm).set("deps_nu_sm_dT", r.deps_nu_sm_dT).set("deps_nu_sm_drho", r.deps_nu_sm_drho);
            j.set("eps_nu_mu", r.eps_nu_mu).set("deps_nu_mu_dT", r.deps_nu_mu_dT).set("deps_nu_mu_drho", r.deps_nu_mu_drho);
            j.set("omega_pl_keV", r.omega_pl_keV).set("v_star", r.v_star);
            // the SM plasmon rate from the Braaten-Segel integral that also gives eps_nu_mu (direct quadrature),
            // for comparison with the Itoh fit eps_plasma
            j.set("eps_plasma_braaten_segel", neutrino::plasmon_sm_rate(r.omega_pl_erg, r.v_star, s.T_K) / s.rho_cgs);
            return j;
          }};
}

}  // namespace nuflash::app
