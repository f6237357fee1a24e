// `nuflash sweep GRID.toml`: run a scenario over a parameter grid (see io/sweep_file.hpp for the
// file format). Resumable through a journal next to the output; a failed point is recorded with its
// error and the sweep goes on.
#pragma once

#include "app_context.hpp"

namespace nuflash::app {

// Must be registered after the scenarios it can run.
void add_sweep_command(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
