#include "state.hpp"

#include <cmath>
#include <sstream>

#include "error.hpp"

namespace nuflash {

State make_state(double rho_cgs, double T_K, const Composition& comp) {
  auto bad = [](const char* name, double v, const char* what) {
    std::ostringstream os;
    os << name << " = " << v << ": " << what;
    throw InputError(os.str());
  };
  if (!std::isfinite(rho_cgs) || rho_cgs <= 0.0) bad("rho", rho_cgs, "density must be finite and > 0 [g/cm^3]");
  if (!std::isfinite(T_K) || T_K <= 0.0) bad("T", T_K, "temperature must be finite and > 0 [K]");
  validate_composition(comp);
  State s;
  s.rho_cgs = rho_cgs;
  s.T_K = T_K;
  s.comp = comp;
  s.mom = moments(comp);
  return s;
}

}  // namespace nuflash
