// `nuflash micro state`: the composition moments of a state (Ye, mean A, Z, mu).
#include "micro_commands.hpp"

namespace nuflash::app {

MicroEvaluator micro_state_evaluator() {
  return {"state", "composition moments (Ye, abar, zbar, mu) of a state", {},
          [](const State& s, RunContext&) {
            io::Json j = io::Json::object();
            j.set("rho_cgs", s.rho_cgs).set("T_K", s.T_K).set("composition", to_string(s.comp));
            j.set("Ye", s.mom.Ye).set("abar", s.mom.abar).set("zbar", s.mom.zbar);
            j.set("z2bar", s.mom.z2bar).set("mu", s.mom.mu).set("mu_e", s.mom.mu_e);
            return j;
          }};
}

}  // namespace nuflash::app
