// Glue between CLI11 and the typed configuration: every setting of a subcommand is both a TOML key
// and a command-line flag; flags override the file, the file overrides defaults.
#pragma once

#include <CLI/CLI.hpp>

#include <deque>
#include <map>
#include <functional>
#include <string>
#include <vector>

#include "config.hpp"
#include "hdf5_file.hpp"
#include "json.hpp"

namespace nuflash::app {

// What a command's compute function gets: its configuration, the HDF5 file to add datasets to
// (nullptr without --out; /meta and /summary are written by the framework), progress output, and
// a place to record which data sources were used (written to /meta/data_sources).
struct RunContext {
  const io::Config& cfg;
  io::H5Writer* h5;
  std::map<std::string, std::string> data_sources;
  void progress(const std::string& line) const;
};

// Computes and returns the command's summary (printed as JSON with --json, else as key = value).
// Throws InputError for bad input, ComputeError when the computation fails.
using ComputeFunction = std::function<io::Json(RunContext&)>;

struct Command {
  CLI::App* app;                       // the CLI11 (sub)subcommand
  std::string name;                    // "rgb", "micro eos"
  std::vector<io::Setting> settings;   // its schema: common settings + its own
  ComputeFunction compute;
  bool writes_own_output = false;      // true: the command handles --out itself (sweep)
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
                      const std::vector<io::Setting>& settings, ComputeFunction compute);

// defaults <- --config file <- command-line flags given to the command that ran.
io::Config make_config(const AppContext& ctx, const Command& cmd);

// Settings every command has: out, json, quiet, data_dir.
std::vector<io::Setting> common_settings();

// Runs a command: opens --out (as FILE.tmp), computes, writes /meta and /summary, renames the file,
// prints the summary (JSON on stdout with --json, else "key = value" lines). Returns the exit code.
int execute(const Command& cmd, const io::Config& cfg, const std::string& command_line);

}  // namespace nuflash::app
