#include "pending_commands.hpp"


namespace nuflash::app {

void add_pending_command(CLI::App* app, AppContext& ctx, const std::string& name, const std::string& description,
                         const std::string& what_is_missing) {
  add_command(app, ctx, name, description + " (not available yet)", {},
              [name, what_is_missing](RunContext&) -> io::Json {
                throw NotAvailable("nuflash " + name + ": not available yet: " + what_is_missing);
              });
}

}  // namespace nuflash::app
