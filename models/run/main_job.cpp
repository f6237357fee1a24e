// The default main job. Today: every registered microphysics evaluator at reference states of the
// problems nuflash is about (red-giant core before the flash, solar centre, envelope), written to
// HDF5 under /micro/<state>/<quantity>; the red giant with and without mu_nu (/history,
// /reference/history, /profiles); the SN 1987A criterion and PNS cooling (/sn); and the astro-vs-lab
// comparison (/compare).
#include "main_job.hpp"

#include "compare_command.hpp"
#include "models/sn/sn_command.hpp"
#include "rgb_command.hpp"
#include "json_hdf5.hpp"
#include "lab_commands.hpp"
#include "micro_commands.hpp"

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

// The red-giant part: the default star (0.82 Msun, Y = 0.245, Z = 2e-4) to the helium flash with
// mu12 = 2 and, as its reference, mu12 = 0; histories under /history and /reference/history.
io::Json run_red_giant(RunContext& rc) {
  auto settings = common_settings();
  for (const auto& x : rgb_settings()) settings.push_back(x);
  io::Config cfg(settings);
  cfg.set("quiet", rc.cfg.boolean("quiet"));
  cfg.set("data_dir", rc.cfg.text("data_dir"));
  cfg.set("mu12", 2.0);
  RunContext inner{cfg, rc.h5, {}};
  rc.progress("run: red giant to the helium flash with mu12 = 2 and mu12 = 0");
  io::Json j = run_rgb(inner);
  for (const auto& [k, v] : inner.data_sources) rc.data_sources[k] = v;
  return j;
}

// The SN 1987A part: the energy-loss criterion and a PNS cooling run with mu12 = 2 beside mu12 = 0
// (12 zones: the cooling time is converged to 2 % there, docs/supernova.md).
io::Json run_supernova(RunContext& rc) {
  auto settings = common_settings();
  for (const auto& x : sn_settings()) settings.push_back(x);
  io::Config cfg(settings);
  cfg.set("quiet", rc.cfg.boolean("quiet"));
  cfg.set("mu12", 2.0);
  cfg.set("zones", 12LL);
  RunContext inner{cfg, rc.h5, {}};
  rc.progress("run: SN 1987A criterion and PNS cooling (mu12 = 0 and 2)");
  return sn_compute(inner);
}

}  // namespace

void add_run_command(CLI::App* app, AppContext& ctx) {
  add_command(app, ctx, "run", "the default main job: red giant with mu12 = 0 and 2 to the helium flash, SN 1987A bound, astro-vs-lab limits, microphysics at reference states",
              limits_settings(),
              [](RunContext& rc) {
                io::Json states = io::Json::object();
                for (const auto& ref : reference_states()) {
                  const State s = make_state(ref.rho_cgs, ref.T_K, ref.comp);
                  const std::string group = std::string("/micro/") + ref.name;
                  io::Json per_state = io::Json::object();
                  per_state.set("description", ref.description);
                  for (const auto& ev : micro_evaluators()) {
                    const io::Json j = evaluate_at_defaults(ev, s, rc);
                    if (rc.h5) io::write_json_attrs(*rc.h5, group + "/" + ev.name, j);
                    per_state.set(ev.name, j);
                  }
                  if (rc.h5) rc.h5->attr(group, "description", ref.description);
                  states.set(ref.name, per_state);
                  rc.progress(std::string("run: evaluated microphysics at ") + ref.name);
                }
                io::Json summary = io::Json::object().set("micro", states);
                summary.set("rgb", run_red_giant(rc));
                const io::Json sn = run_supernova(rc);
                summary.set("sn", sn);
                const double sn_bound = sn.find("criterion")->find("mu12_bound")->number();
                summary.set("compare", run_comparison(rc, {sn_criterion_entry(sn_bound)}));
                return summary;
              });
}

}  // namespace nuflash::app
