// `nuflash rgb`: one low-mass star from the ZAMS to the helium flash, with the neutrino magnetic moment
// mu12 and (for mu12 > 0) with mu12 = 0 for comparison. See docs/stellar.md.
#pragma once

#include <vector>

#include "app_context.hpp"

namespace nuflash::app {

std::vector<io::Setting> rgb_settings();

// Runs the command's computation (used by `nuflash rgb` and by sweeps): the summary as JSON, and with a
// writer /history, /profiles (and /reference/... for the mu12 = 0 star).
io::Json run_rgb(RunContext& rc);

void add_rgb_command(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
