#include "micro_state.hpp"

#include <limits>

#include "error.hpp"

namespace nuflash::app {

std::vector<io::Setting> micro_state_settings() {
  using io::Kind;
  using io::Range;
  const double inf = std::numeric_limits<double>::infinity();
  return {
      {"rho_cgs", Kind::Real, 1.0e5, "mass density [g cm^-3]", "--rho", Range{0, inf, true, true}, {}},
      {"T_K", Kind::Real, 1.0e8, "temperature [K]", "--T", Range{0, inf, true, true}, {}},
      {"X", Kind::Real, 0.0, "hydrogen mass fraction (with --Z; GN93 metal mixture)", "--X", Range{0, 1}, {}},
      {"Z", Kind::Real, 0.0, "metal mass fraction (with --X)", "--Z", Range{0, 1}, {}},
      {"comp", Kind::String, std::string("he4=1"),
       "composition as name=fraction list, e.g. \"he4=0.98,c12=0.02\" (overrides --X/--Z)", "--comp", {}, {}},
  };
}

State micro_state_from_config(const io::Config& cfg) {
  const bool xz = cfg.explicitly_set("X") || cfg.explicitly_set("Z");
  if (xz && cfg.explicitly_set("comp")) throw InputError("give either --X/--Z or --comp, not both");
  const Composition comp =
      xz ? composition_from_XZ(cfg.real("X"), cfg.real("Z")) : parse_composition(cfg.text("comp"));
  return make_state(cfg.real("rho_cgs"), cfg.real("T_K"), comp);
}

}  // namespace nuflash::app
