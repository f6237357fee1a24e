#include "micro_commands.hpp"

#include "micro_state.hpp"

namespace nuflash::app {

std::vector<MicroEvaluator> micro_evaluators() {
  return {
      micro_state_evaluator(),
      micro_eos_evaluator(),
      micro_kappa_evaluator(),
      micro_burn_evaluator(),
      micro_neutrino_evaluator(),
  };
}

io::Json evaluate_at_defaults(const MicroEvaluator& ev, const State& s, RunContext& rc) {
  auto settings = common_settings();
  settings.insert(settings.end(), ev.extra_settings.begin(), ev.extra_settings.end());
  io::Config cfg(settings);
  cfg.set("data_dir", rc.cfg.text("data_dir"));
  cfg.set("quiet", rc.cfg.boolean("quiet"));
  RunContext inner{cfg, nullptr, {}};
  io::Json j = ev.evaluate(s, inner);
  for (const auto& [k, v] : inner.data_sources) rc.data_sources[k] = v;
  return j;
}

void add_micro_commands(CLI::App* app, AppContext& ctx) {
  CLI::App* micro = app->add_subcommand("micro", "evaluate microphysics at a given (rho, T, composition)");
  micro->require_subcommand(1);
  for (const auto& ev : micro_evaluators()) {
    auto settings = micro_state_settings();
    settings.insert(settings.end(), ev.extra_settings.begin(), ev.extra_settings.end());
    add_command(micro, ctx, ev.name, ev.description, settings,
                [ev](RunContext& rc) { return ev.evaluate(micro_state_from_config(rc.cfg), rc); });
  }
  add_micro_flip_command(micro, ctx);
}

}  // namespace nuflash::app
