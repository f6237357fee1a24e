// Glue between CLI11 and the typed configuration: every setting of a subcommand is both a TOML key
// and a command-line flag; flags override the file, the file overrides defaults.
#pragma once

#include <CLI/CLI.hpp>

#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "config.hpp"
#include "json.hpp"

namespace nuflash::app {

struct AppContext;
using RunFunction = std::function<int(const io::Config&, AppContext&)>;

struct Command {
  CLI::App* app;                       // the CLI11 (sub)subcommand
  std::string name;                    // "rgb", "micro eos"
  std::vector<io::Setting> settings;   // its schema: common settings + its own
  RunFunction run;
};

struct AppContext {
  std::vector<Command> commands;
  std::string config_file;
  bool dry_run = false;
  std::string command_line;

  struct Exposed {
    std::string key;
    CLI::App* owner;
    CLI::Option* option;
    std::string* text;
  };
  std::deque<std::string> storage;
  std::vector<Exposed> exposed;
};

// Registers a runnable (sub)subcommand with its settings exposed as flags, plus the common ones
// (--out, --json, --quiet, --data-dir, --config, --dry-run).
CLI::App* add_command(CLI::App* parent, AppContext& ctx, const std::string& name, const std::string& description,
                      const std::vector<io::Setting>& settings, RunFunction run);

// defaults <- --config file <- command-line flags given to the command that ran.
io::Config make_config(const AppContext& ctx, const Command& cmd);

// Settings every command has: out, json, quiet, data_dir.
std::vector<io::Setting> common_settings();

// Prints the summary (JSON on stdout with --json, else "key = value" lines) and, when --out is set,
// writes an HDF5 file with /meta and the summary as /summary attributes. Returns 0.
int report(const io::Config& cfg, const AppContext& ctx, const std::string& subcommand, const io::Json& summary);

// Progress and warnings on stderr unless --quiet.
void note(const io::Config& cfg, const std::string& line);

}  // namespace nuflash::app
