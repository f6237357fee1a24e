// `nuflash sn`: the SN 1987A bound on a Dirac neutrino magnetic moment, from the energy-loss
// criterion (--criterion) and from proto-neutron-star cooling runs (--cool); both when neither is given.
#pragma once

#include <vector>

#include "app_context.hpp"

namespace nuflash::app {

// The settings of `nuflash sn` and its computation (used by the main job too).
std::vector<io::Setting> sn_settings();
io::Json sn_compute(RunContext& rc);

void add_sn_command(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
