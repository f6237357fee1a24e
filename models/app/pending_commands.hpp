// Subcommands whose physics has not landed yet: they say so and exit with code 2.
#pragma once

#include "app_context.hpp"

#include <stdexcept>

namespace nuflash::app {

// Thrown by a subcommand whose physics has not landed; the CLI exits with code 2.
struct NotAvailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void add_pending_command(CLI::App* app, AppContext& ctx, const std::string& name, const std::string& description,
                         const std::string& what_is_missing);

}  // namespace nuflash::app
