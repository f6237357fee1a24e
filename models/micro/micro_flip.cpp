// `nuflash micro flip`: chirality-flip (nu_L -> nu_R) emissivity of supernova matter through a Dirac
// neutrino magnetic moment, at (rho, T, Ye, Ynu). Not a (rho, T, composition) state command: it takes
// the electron and trapped-neutrino fractions of nuclear matter instead.
#include <limits>

#include "constants.hpp"
#include "micro_commands.hpp"
#include "neutrino/chirality_flip.hpp"

namespace nuflash::app {

void add_micro_flip_command(CLI::App* micro, AppContext& ctx) {
  using io::Kind;
  using io::Range;
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<io::Setting> settings = {
      {"rho_cgs", Kind::Real, 3.0e14, "mass density [g cm^-3]", "--rho", Range{1e8, 1e16}, {}},
      {"T_K", Kind::Real, 30 * constants::MeV_erg / constants::kB_cgs, "temperature [K] (30 MeV = 3.48e11 K)",
       "--T", Range{0, inf, true, true}, {}},
      {"Ye", Kind::Real, 0.3, "electron (= proton) fraction per baryon", "--Ye", Range{1e-4, 0.6}, {}},
      {"Ynu", Kind::Real, 0.06, "net trapped neutrinos of the flavour with the moment, per baryon", "--Ynu",
       Range{-0.3, 0.3}, {}},
      {"mu12", Kind::Real, 1.0, "neutrino magnetic moment [1e-12 Bohr magnetons]", "--mu12", Range{0, inf, false, true},
       {}},
  };
  add_command(micro, ctx, "flip",
              "nu_R emissivity from chirality flip on e-, e+, p in supernova matter [erg/g/s] and its parts",
              settings, [](RunContext& rc) {
                ChiralityFlipInput in;
                in.rho_cgs = rc.cfg.real("rho_cgs");
                in.T_K = rc.cfg.real("T_K");
                in.Ye = rc.cfg.real("Ye");
                in.Ynu = rc.cfg.real("Ynu");
                in.mu12 = rc.cfg.real("mu12");
                const ChiralityFlipResult r = chirality_flip_emissivity(in);
                io::Json j = io::Json::object();
                j.set("rho_cgs", in.rho_cgs).set("T_K", in.T_K).set("T_MeV", in.T_K * constants::kB_cgs / constants::MeV_erg);
                j.set("Ye", in.Ye).set("Ynu", in.Ynu).set("mu12", in.mu12);
                j.set("eps_R", r.eps_R).set("eps_R_electrons", r.eps_e).set("eps_R_protons", r.eps_p);
                j.set("lepton_rate_per_g_s", r.lepton_rate);
                j.set("mu_e_MeV", r.mu_e_MeV).set("mu_nu_MeV", r.mu_nu_MeV).set("eta_p", r.eta_p);
                j.set("k_TF_MeV", r.kTF_MeV).set("k_D_MeV", r.kD_MeV);
                return j;
              });
}

}  // namespace nuflash::app
