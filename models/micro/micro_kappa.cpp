// `nuflash micro kappa`: Rosseland-mean opacity (radiative, conductive, total) and its logarithmic
// derivatives at a state, from the OPAL/Ferguson/Potekhin tables in data_dir or, without them, from the
// analytic fallback (warned once on stderr).
#include <iostream>
#include <map>
#include <memory>
#include <mutex>

#include "micro_commands.hpp"
#include "opacity/opacity.hpp"

namespace nuflash::app {
namespace {

struct LoadedTables {
  std::shared_ptr<const OpacityTables> tables;  // nullptr: absent
  std::string why_absent;
};

// The tables of a data directory, parsed once per process and shared read-only (the main job and sweeps
// evaluate many states, possibly on several threads).
const LoadedTables& opacity_tables(const std::string& data_dir, bool quiet) {
  static std::mutex mutex;
  static std::map<std::string, LoadedTables> loaded;
  const std::lock_guard lock(mutex);
  auto it = loaded.find(data_dir);
  if (it == loaded.end()) {
    LoadedTables t;
    t.tables = load_opacity_tables(data_dir, &t.why_absent);
    if (!t.tables && !quiet) {
      std::cerr << "warning: opacity tables not found (" << t.why_absent
                << "); using the analytic opacities (opacity_source = analytic)\n";
    }
    it = loaded.emplace(data_dir, std::move(t)).first;
  }
  return it->second;
}

}  // namespace

MicroEvaluator micro_kappa_evaluator() {
  return {"kappa", "Rosseland-mean opacity: radiative (OPAL + Ferguson), conduction (Potekhin), total", {},
          [](const State& s, const io::Config& cfg) {
            const LoadedTables& t = opacity_tables(cfg.text("data_dir"), cfg.boolean("quiet"));
            const OpacityResult r = opacity(s, t.tables.get());
            io::Json j = io::Json::object();
            j.set("kappa", r.kappa).set("kappa_rad", r.kappa_rad).set("kappa_cond", r.kappa_cond);
            j.set("dlnkappa_dlnrho", r.dlnkappa_dlnrho).set("dlnkappa_dlnT", r.dlnkappa_dlnT);
            j.set("source", to_string(r.source)).set("table_weight", r.table_weight).set("off_table", r.off_table);
            j.set("data", t.tables ? describe(*t.tables) : "analytic fallback: " + t.why_absent);
            return j;
          }};
}

}  // namespace nuflash::app
