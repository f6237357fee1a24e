// nuflash: command-line entry point. Parses the command line and calls a model; nothing else.
#include <CLI/CLI.hpp>

#include <iostream>

#include "app_context.hpp"
#include "build_info.hpp"
#include "compare_command.hpp"
#include "error.hpp"
#include "lab_commands.hpp"
#include "main_job.hpp"
#include "micro_commands.hpp"
#include "models/sn/sn_command.hpp"
#include "rgb_command.hpp"
#include "sweep_command.hpp"

int main(int argc, char** argv) {
  using namespace nuflash;
  app::AppContext ctx;
  for (int i = 0; i < argc; ++i) ctx.command_line += (i ? " " : "") + std::string(argv[i]);

  CLI::App cli{"nuflash: what stars say about the neutrino magnetic moment"};
  cli.set_version_flag("--version", std::string("nuflash ") + build::version() + " (" + build::git_revision() + ")");
  cli.require_subcommand(1);
  app::add_run_command(&cli, ctx);
  app::add_rgb_command(&cli, ctx);
  app::add_sn_command(&cli, ctx);
  app::add_lab_commands(&cli, ctx);
  app::add_compare_command(&cli, ctx);
  app::add_micro_commands(&cli, ctx);
  app::add_sweep_command(&cli, ctx);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? 0 : 2;
  }
  for (const auto& cmd : ctx.commands) {
    if (!cmd.app->parsed()) continue;
    try {
      const io::Config cfg = app::make_config(ctx, cmd);
      if (ctx.dry_run) {
        std::cout << "# effective configuration of 'nuflash " << cmd.name << "'\n" << cfg.to_toml();
        return 0;
      }
      return app::execute(cmd, cfg, ctx.command_line);
    } catch (const InputError& e) {
      std::cerr << "error: " << e.what() << '\n';
      return 2;
    } catch (const ComputeError& e) {
      std::cerr << "error: " << e.what() << '\n';
      return 1;
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << '\n';
      return 1;
    }
  }
  std::cerr << "error: no command given (see nuflash --help)\n";
  return 2;
}
