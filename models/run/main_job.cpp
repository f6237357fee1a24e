// The default main job. Today: every registered microphysics evaluator at reference states of the
// problems nuflash is about (red-giant core before the flash, solar centre, envelope), written to
// HDF5 under /micro/<state>/<quantity>. The red-giant, supernova and lab parts join as they land.
#include "main_job.hpp"

#include <iostream>

#include "hdf5_file.hpp"
#include "json_hdf5.hpp"
#include "micro_commands.hpp"
#include "run_metadata.hpp"

namespace nuflash::app {
namespace {

struct ReferenceState {
  const char* name;
  const char* description;
  double rho_cgs;
  double T_K;
  Composition comp;
};

std::vector<ReferenceState> reference_states() {
  Composition he;
  he[Species::he4] = 1.0;
  return {
      {"rgb_core_flash", "degenerate He core near the helium flash", 1.0e6, 8.0e7, he},
      {"rgb_core_base", "He core of a lower red giant", 1.0e5, 3.0e7, he},
      {"solar_centre", "centre of the present Sun (X = 0.34)", 150.0, 1.57e7, composition_from_XZ(0.34, 0.02)},
      {"envelope", "convective envelope of a red giant", 1.0e-6, 2.0e5, composition_from_XZ(0.70, 0.0002)},
  };
}

}  // namespace

void add_run_command(CLI::App* app, AppContext& ctx) {
  add_command(app, ctx, "run", "the default main job: microphysics at reference states (more as it lands)", {},
              [](const io::Config& cfg, AppContext& c) {
                const std::string out = cfg.text("out").empty() ? "nuflash_run.h5" : cfg.text("out");
                io::H5Writer w(out);
                io::write_metadata(w, {c.command_line, "run", cfg.to_toml(), {}});
                io::Json summary = io::Json::object();
                io::Json states = io::Json::object();
                for (const auto& ref : reference_states()) {
                  const State s = make_state(ref.rho_cgs, ref.T_K, ref.comp);
                  const std::string group = std::string("/micro/") + ref.name;
                  w.group(group);
                  w.attr(group, "description", ref.description);
                  io::Json per_state = io::Json::object();
                  for (const auto& ev : micro_evaluators()) {
                    const io::Json j = ev.evaluate(s, cfg);
                    io::write_json_attrs(w, group + "/" + ev.name, j);
                    per_state.set(ev.name, j);
                  }
                  states.set(ref.name, per_state);
                  note(cfg, std::string("run: evaluated microphysics at ") + ref.name);
                }
                w.commit();
                summary.set("output", out).set("states", states);
                if (cfg.boolean("json")) {
                  std::cout << summary.dump() << '\n';
                } else {
                  std::cout << "nuflash run: wrote " << out << '\n';
                }
                return 0;
              });
}

}  // namespace nuflash::app
