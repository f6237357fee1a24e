#include "app_context.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "build_info.hpp"
#include "hdf5_file.hpp"
#include "json_hdf5.hpp"
#include "run_metadata.hpp"

namespace nuflash::app {
namespace {

std::string default_data_dir() {
  if (const char* env = std::getenv("NUFLASH_DATA"); env && *env) return env;
  const std::filesystem::path shared = build::default_shared_data_dir();
  std::error_code ec;
  if (std::filesystem::is_directory(shared, ec)) return shared.string();
  return "";
}

void print_human(const io::Json& summary) {
  for (const auto& [key, v] : summary.members()) {
    std::cout << key << " = " << (v.is_string() ? v.string() : v.dump(0)) << '\n';
  }
}

}  // namespace

std::vector<io::Setting> common_settings() {
  using io::Kind;
  return {
      {"out", Kind::String, std::string(), "HDF5 output file (written as FILE.tmp, renamed when complete)", "--out", {}, {}},
      {"json", Kind::Bool, false, "print a machine-readable JSON summary on stdout", "--json", {}, {}},
      {"quiet", Kind::Bool, false, "no progress or warnings on stderr", "--quiet", {}, {}},
      {"data_dir", Kind::String, default_data_dir(),
       "folder with OPAL/Ferguson/Potekhin tables (default: $NUFLASH_DATA, else ../shared/data)", "--data-dir", {}, {}},
  };
}

namespace {

// Makes every setting a flag of `sub`; the text given on the command line is kept for make_config.
void expose(CLI::App* sub, AppContext& ctx, const std::vector<io::Setting>& settings) {
  for (const auto& s : settings) {
    const std::string flags = s.flags.empty() ? "--" + s.key : s.flags;
    std::string& text = ctx.storage.emplace_back();
    const std::string help = s.help + " [" + s.key + " = " + io::format_value(s.default_value) + "]";
    CLI::Option* opt = s.kind == io::Kind::Bool ? sub->add_flag(flags + "{true}", text, help)
                                                : sub->add_option(flags, text, help);
    ctx.exposed.push_back({s.key, sub, opt, &text});
  }
}

}  // namespace

CLI::App* add_command(CLI::App* parent, AppContext& ctx, const std::string& name, const std::string& description,
                      const std::vector<io::Setting>& settings, ComputeFunction compute) {
  CLI::App* sub = parent->add_subcommand(name, description);
  std::vector<io::Setting> all = common_settings();
  all.insert(all.end(), settings.begin(), settings.end());
  expose(sub, ctx, all);
  sub->add_option("--config", ctx.config_file, "TOML file with settings (flags override it)");
  sub->add_flag("--dry-run", ctx.dry_run, "print the effective configuration as TOML and exit");
  const std::string full = parent->get_parent() ? parent->get_name() + " " + name : name;
  ctx.commands.push_back({sub, full, std::move(all), std::move(compute)});
  return sub;
}

io::Config make_config(const AppContext& ctx, const Command& cmd) {
  io::Config cfg(cmd.settings);
  if (!ctx.config_file.empty()) cfg.load_file(ctx.config_file, {"grid"});
  for (const auto& e : ctx.exposed) {
    if (e.option->count() == 0) continue;
    // The same key may be exposed on several commands; take the one that ran.
    if (e.owner != cmd.app) continue;
    cfg.set_from_text(e.key, *e.text);
  }
  return cfg;
}

void RunContext::progress(const std::string& line) const {
  if (!cfg.boolean("quiet")) std::cerr << line << '\n';
}

int execute(const Command& cmd, const io::Config& cfg, const std::string& command_line) {
  const std::string out = cfg.text("out");
  std::unique_ptr<io::H5Writer> writer;
  if (!out.empty() && !cmd.writes_own_output) writer = std::make_unique<io::H5Writer>(out);
  RunContext rc{cfg, writer.get(), {}};
  const io::Json summary = cmd.compute(rc);
  if (writer) {
    io::write_metadata(*writer, {command_line, cmd.name, cfg.to_toml(), rc.data_sources});
    io::write_json_attrs(*writer, "/summary", summary);
    writer->commit();
    rc.progress("wrote " + out);
  }
  if (!summary.is_object()) return 0;
  if (cfg.boolean("json")) {
    std::cout << summary.dump() << '\n';
  } else {
    print_human(summary);
  }
  return 0;
}

}  // namespace nuflash::app
