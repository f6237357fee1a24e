// `nuflash micro kappa`: Rosseland-mean opacity (radiative, conductive, total) and its logarithmic
// derivatives at a state, from the OPAL/Ferguson/Potekhin tables in data_dir or, without them, from the
// analytic fallback (warned once on stderr). off_table_count: the points so far in this process (a sweep
// accumulates) at which a table hole or edge brought in the analytic radiative opacity.
#include "micro_commands.hpp"
#include "physics_data.hpp"

namespace nuflash::app {
MicroEvaluator micro_kappa_evaluator() {
  return {"kappa", "Rosseland-mean opacity: radiative (OPAL + Ferguson), conduction (Potekhin), total", {},
          [](const State& s, RunContext& rc) {
            const OpacityData& d = opacity_data(rc);
            const OpacityResult r = opacity(s, d.tables.get(), d.fallbacks.get());
            io::Json j = io::Json::object();
            j.set("kappa", r.kappa).set("kappa_rad", r.kappa_rad).set("kappa_cond", r.kappa_cond);
            j.set("dlnkappa_dlnrho", r.dlnkappa_dlnrho).set("dlnkappa_dlnT", r.dlnkappa_dlnT);
            j.set("source", to_string(r.source)).set("table_weight", r.table_weight).set("off_table", r.off_table);
            j.set("off_table_count", static_cast<long long>(d.fallbacks->off_table.load()));
            j.set("data", d.source);
            return j;
          }};
}

}  // namespace nuflash::app
