// Subcommands whose physics has not landed yet: they say so and exit with code 2.
#pragma once

#include "app_context.hpp"

namespace nuflash::app {

void add_pending_command(CLI::App* app, AppContext& ctx, const std::string& name, const std::string& description,
                         const std::string& what_is_missing);

}  // namespace nuflash::app
