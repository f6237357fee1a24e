// `nuflash run`: the default main job on built-in defaults.
#pragma once

#include "app_context.hpp"

namespace nuflash::app {

void add_run_command(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
