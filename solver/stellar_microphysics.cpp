#include "stellar_microphysics.hpp"

#include "error.hpp"

namespace nuflash::stellar {

void validate(const Microphysics& m) {
  auto need = [&](bool set, const char* what) {
    if (!set) throw InputError("microphysics '" + m.name + "': the " + what + " callable is not set");
  };
  need(static_cast<bool>(m.eos), "eos");
  need(static_cast<bool>(m.opacity), "opacity");
  need(static_cast<bool>(m.nuclear), "nuclear");
  need(static_cast<bool>(m.neutrino), "neutrino");
  need(static_cast<bool>(m.burn), "burn");
}

}  // namespace nuflash::stellar
