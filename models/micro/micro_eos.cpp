// `nuflash micro eos`: the equation of state at a state: P, E, S with their rho and T derivatives, the
// response functions, the electron chemical potential and densities, and the pressure components.
#include <string>

#include "eos/eos.hpp"
#include "micro_commands.hpp"

namespace nuflash::app {

MicroEvaluator micro_eos_evaluator() {
  using io::Kind;
  return {"eos",
          "equation of state: P, E, S and derivatives, c_P, grad_ad, Gamma1, eta, n_e, pressure components",
          {{"no_coulomb", Kind::Bool, false, "switch off the one-component-plasma Coulomb corrections",
            "--no-coulomb", {}, {}},
           {"no_ionisation", Kind::Bool, false, "treat H and He as fully ionised (no Saha equation)",
            "--no-ionisation", {}, {}},
           {"electrons", Kind::String, std::string("table"),
            "electron-positron gas from the tabulated free energy (built at first use, ~2 s) or the direct "
            "Fermi-Dirac quadrature (the reference)",
            "--electrons", {}, {"table", "direct"}}},
          [](const State& s, RunContext& rc) {
            EosOptions opt;
            opt.coulomb = !rc.cfg.boolean("no_coulomb");
            opt.ionisation = !rc.cfg.boolean("no_ionisation");
            opt.electrons = rc.cfg.text("electrons") == "direct" ? ElectronMethod::direct : ElectronMethod::table;
            const EosResult r = eos(s, opt);
            io::Json j = io::Json::object();
            j.set("rho_cgs", s.rho_cgs).set("T_K", s.T_K).set("composition", to_string(s.comp));
            j.set("electrons", rc.cfg.text("electrons")).set("coulomb", opt.coulomb).set("ionisation", opt.ionisation);
            j.set("P", r.P).set("E", r.E).set("S", r.S);
            j.set("dP_drho", r.dP_drho).set("dP_dT", r.dP_dT).set("dE_drho", r.dE_drho).set("dE_dT", r.dE_dT);
            j.set("dS_drho", r.dS_drho).set("dS_dT", r.dS_dT);
            j.set("cV", r.cV).set("cP", r.cP).set("grad_ad", r.grad_ad).set("gamma1", r.gamma1);
            j.set("chi_rho", r.chi_rho).set("chi_T", r.chi_T);
            j.set("eta", r.eta).set("n_e", r.n_e).set("n_pos", r.n_pos).set("zbar_free", r.zbar_free);
            j.set("P_e", r.P_e).set("P_ion", r.P_ion).set("P_rad", r.P_rad).set("P_coul", r.P_coul);
            j.set("gamma_coul", r.gamma_coul);
            return j;
          }};
}

}  // namespace nuflash::app
