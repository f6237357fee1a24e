// `nuflash micro burn`: nuclear energy generation at a state (eps_nuc, its parts by burning stage,
// reaction-neutrino losses, screening factors), and optionally a CVODE burn over --dt years.
#include <limits>
#include <string>

#include "burn.hpp"
#include "constants.hpp"
#include "micro_commands.hpp"
#include "nuclear/energy_generation.hpp"

namespace nuflash::app {
namespace {

io::Json burn_over(const State& s, double dt_yr) {
  const auto b = burn(s.comp, s.rho_cgs, s.T_K, dt_yr * constants::year_s);
  using nuclear::Chain;
  auto part = [&](Chain c) { return b.eps_chain[static_cast<int>(c)]; };
  io::Json j = io::Json::object();
  j.set("dt_yr", dt_yr).set("eps_nuc", b.eps_nuc).set("eps_pp", part(Chain::pp)).set("eps_cno", part(Chain::cno));
  j.set("eps_3a", part(Chain::triple_alpha)).set("eps_CaO", part(Chain::c12_alpha));
  j.set("eps_alpha", part(Chain::alpha_capture)).set("eps_nu_reac", b.eps_nu);
  j.set("composition", to_string(b.comp)).set("cvode_steps", b.steps);
  return j;
}

}  // namespace

MicroEvaluator micro_burn_evaluator() {
  const double inf = std::numeric_limits<double>::infinity();
  return {"burn",
          "nuclear energy generation: eps_nuc and its parts, reaction-neutrino losses, screening [erg/g/s]",
          {{"dt_yr", io::Kind::Real, 0.0,
            "if > 0, also burn at fixed (rho, T) for this many years (CVODE) and report time averages", "--dt",
            io::Range{0, inf, false, true}, {}}},
          [](const State& s, RunContext& rc) {
            const auto n = nuclear::nuclear_burning(s);
            io::Json j = io::Json::object();
            j.set("rho_cgs", s.rho_cgs).set("T_K", s.T_K).set("composition", to_string(s.comp));
            j.set("eps_nuc", n.eps_nuc).set("eps_pp", n.eps_pp).set("eps_cno", n.eps_cno);
            j.set("eps_3a", n.eps_3a).set("eps_CaO", n.eps_CaO).set("eps_alpha", n.eps_alpha);
            j.set("eps_nu_reac", n.eps_nu).set("deps_dlnT", n.deps_dlnT).set("deps_dlnrho", n.deps_dlnrho);
            j.set("f_ppII", n.f_ppII).set("X_d_eq", n.X_d_eq).set("X_be7_eq", n.X_be7_eq).set("X_li7_eq", n.X_li7_eq);
            io::Json screening = io::Json::object();
            io::Json rates = io::Json::object();
            for (int k = 0; k < nuclear::kNumReactions; ++k) {
              const std::string name(nuclear::reactions()[k].name);
              screening.set(name, n.screening[k]);
              rates.set(name, n.rate[k]);
            }
            j.set("screening", screening).set("rate_mol_per_g_s", rates);
            const double dt_yr = rc.cfg.real("dt_yr");
            if (dt_yr > 0.0) j.set("burn", burn_over(s, dt_yr));
            return j;
          }};
}

}  // namespace nuflash::app
