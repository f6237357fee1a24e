#include "pending_commands.hpp"

#include <iostream>

namespace nuflash::app {

void add_pending_command(CLI::App* app, AppContext& ctx, const std::string& name, const std::string& description,
                         const std::string& what_is_missing) {
  add_command(app, ctx, name, description + " (not available yet)", {},
              [name, what_is_missing](const io::Config&, AppContext&) {
                std::cerr << "nuflash " << name << ": not available yet: " << what_is_missing << '\n';
                return 2;
              });
}

}  // namespace nuflash::app
