// Local-state input shared by the `nuflash micro ...` commands: --rho, --T and the composition
// (--X/--Z with the GN93 metal mixture, or --comp "he4=0.98,c12=0.02").
#pragma once

#include <vector>

#include "config.hpp"
#include "state.hpp"

namespace nuflash::app {

std::vector<io::Setting> micro_state_settings();

// Builds and validates the State described by the configuration (throws InputError).
State micro_state_from_config(const io::Config& cfg);

}  // namespace nuflash::app
