// `nuflash micro <quantity>`: evaluate one piece of microphysics at a given state and print it.
// Every quantity is a MicroEvaluator in micro_evaluators(); the default main job (`nuflash run`)
// evaluates each of them at the reference states too. See README "Adding a micro command".
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app_context.hpp"
#include "state.hpp"

namespace nuflash::app {

struct MicroEvaluator {
  std::string name;                          // subcommand name: "state", "eos", ...
  std::string description;                   // one line for --help
  std::vector<io::Setting> extra_settings;   // besides --rho/--T/--X/--Z/--comp
  std::function<io::Json(const State&, RunContext&)> evaluate;
};

// Every registered evaluator, in help order.
std::vector<MicroEvaluator> micro_evaluators();

// The evaluators, one file each.
MicroEvaluator micro_state_evaluator();
MicroEvaluator micro_kappa_evaluator();
MicroEvaluator micro_burn_evaluator();
MicroEvaluator micro_neutrino_evaluator();
MicroEvaluator micro_eos_evaluator();

void add_micro_commands(CLI::App* app, AppContext& ctx);

// `micro flip` (chirality flip in supernova matter) takes (rho, T, Ye, Ynu), not a composition.
void add_micro_flip_command(CLI::App* micro, AppContext& ctx);

// Evaluates at a state with the evaluator's own settings at their defaults (data_dir and quiet
// taken from the caller's configuration); used by the main job and other scenarios.
io::Json evaluate_at_defaults(const MicroEvaluator& ev, const State& s, RunContext& rc);

}  // namespace nuflash::app
