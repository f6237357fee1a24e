#include "sweep_command.hpp"

#include <chrono>
#include <cmath>
#include <fstream>
#include <set>

#include "error.hpp"
#include "hdf5_file.hpp"
#include "run_metadata.hpp"
#include "sweep_distribution.hpp"
#include "sweep_file.hpp"
#include "sweep_journal.hpp"

namespace nuflash::app {
namespace {

std::vector<io::Setting> sweep_settings() {
  using io::Kind;
  return {
      {"grid", Kind::String, std::string(), "sweep grid file (TOML with scenario, [base], [grid])", "--grid,grid", {}, {}},
      {"scenario", Kind::String, std::string(), "subcommand each point runs, e.g. \"rgb\" or \"micro neu\"", "--scenario",
       {}, {}},
      {"threads", Kind::Int, 0LL, "OpenMP threads per rank (0: OMP_NUM_THREADS or all cores)", "--threads",
       io::Range{0, 4096}, {}},
  };
}

const Command& find_scenario(const AppContext& ctx, const std::string& name) {
  std::string known;
  for (const auto& c : ctx.commands) {
    if (c.name == name && name != "sweep" && name != "run") return c;
    if (c.name != "sweep" && c.name != "run") known += (known.empty() ? "" : ", ") + c.name;
  }
  throw InputError("scenario = \"" + name + "\": must be one of " + known);
}

bool has_setting(const Command& c, const std::string& key) {
  for (const auto& s : c.settings) {
    if (s.key == key) return true;
  }
  return false;
}

// One grid point: the scenario's configuration from the point's settings, quiet, no own output.
std::string run_point(const Command& scenario, const io::SweepFile& f, std::size_t index) {
  try {
    io::Config cfg(scenario.settings);
    for (const auto& [k, v] : io::point_settings(f, index)) cfg.set_from_text(k, v);
    cfg.set("quiet", true);
    cfg.set("json", false);
    cfg.set("out", std::string());
    RunContext rc{cfg, nullptr, {}};
    return journal_line(index, true, "", scenario.compute(rc));
  } catch (const std::exception& e) {
    return journal_line(index, false, e.what(), io::Json());
  }
}

// Numeric scalar members of a summary, in first-seen order over all points.
std::vector<std::string> numeric_keys(const std::map<std::size_t, PointResult>& results) {
  std::vector<std::string> keys;
  std::set<std::string> seen;
  for (const auto& [i, r] : results) {
    if (!r.summary.is_object()) continue;
    for (const auto& [k, v] : r.summary.members()) {
      if ((v.is_number() || v.is_bool()) && seen.insert(k).second) keys.push_back(k);
    }
  }
  return keys;
}

void write_results(const std::string& out, const io::SweepFile& f, const std::string& command_line,
                   const io::Config& cfg, const std::map<std::size_t, PointResult>& results) {
  const std::size_t n = io::point_count(f);
  io::H5Writer w(out);
  io::write_metadata(w, {command_line, "sweep", cfg.to_toml() + "\n# grid file\n" + f.text, {}});
  w.attr("/sweep", "scenario", cfg.text("scenario"));
  w.attr("/sweep", "n_points", static_cast<long long>(n));
  std::vector<long long> status(n, -1);
  std::vector<std::string> errors(n);
  for (const auto& [i, r] : results) {
    status[i] = r.ok ? 0 : 1;
    errors[i] = r.error;
  }
  w.dataset("/sweep/status", status, "0 ok, 1 failed, -1 not run");
  w.dataset("/sweep/error", errors);
  for (const auto& axis : f.axes) {
    std::vector<std::string> text(n);
    std::vector<double> value(n);
    bool numeric = true;
    for (std::size_t i = 0; i < n; ++i) {
      for (const auto& [k, v] : io::point_settings(f, i)) {
        if (k != axis.key) continue;
        text[i] = v;
        try {
          std::size_t pos = 0;
          value[i] = std::stod(v, &pos);
          numeric = numeric && pos == v.size();
        } catch (const std::exception&) {
          numeric = false;
        }
      }
    }
    if (numeric) {
      w.dataset("/sweep/axes/" + axis.key, value);
    } else {
      w.dataset("/sweep/axes/" + axis.key, text);
    }
  }
  for (const auto& key : numeric_keys(results)) {
    std::vector<double> col(n, std::nan(""));
    for (const auto& [i, r] : results) {
      const io::Json* v = r.ok ? r.summary.find(key) : nullptr;
      if (v && v->is_bool()) col[i] = v->boolean() ? 1.0 : 0.0;
      if (v && v->is_number()) col[i] = v->number();
    }
    w.dataset("/sweep/results/" + key, col);
  }
  std::vector<std::string> summaries(n);
  for (const auto& [i, r] : results) summaries[i] = r.ok ? r.summary.dump(0) : "";
  w.dataset("/sweep/summary_json", summaries);
  w.commit();
}

}  // namespace

void add_sweep_command(CLI::App* app, AppContext& ctx) {
  add_command(app, ctx, "sweep", "parameter grid over any scenario (OpenMP threads, MPI ranks; resumable)",
              sweep_settings(), [&ctx](RunContext& rc) -> io::Json {
                const auto t0 = std::chrono::steady_clock::now();
                if (rc.cfg.text("grid").empty()) throw InputError("sweep: no grid file given (nuflash sweep GRID.toml)");
                const io::SweepFile f = io::read_sweep_file(rc.cfg.text("grid"));
                // The file's top-level keys are sweep settings; the command line overrides them.
                io::Config cfg(rc.cfg.schema());
                for (const auto& [k, v] : f.top_level) cfg.set_from_text(k, v);
                for (const auto& s : cfg.schema()) {
                  if (rc.cfg.explicitly_set(s.key)) cfg.set(s.key, rc.cfg.value(s.key));
                }
                if (cfg.text("scenario").empty()) throw InputError("sweep file: no scenario = \"...\" given");
                const Command& scenario = find_scenario(ctx, cfg.text("scenario"));
                for (const auto& [k, v] : io::point_settings(f, 0)) {
                  if (!has_setting(scenario, k)) {
                    throw InputError("sweep file: '" + k + "' is not a setting of '" + scenario.name + "'");
                  }
                }
                const std::string out = cfg.text("out").empty() ? "sweep.h5" : cfg.text("out");
                const std::string journal = out + ".journal";
                const std::size_t n = io::point_count(f);

                MpiSession mpi;
                std::vector<std::size_t> todo;
                std::size_t resumed = 0;
                if (mpi.rank() == 0) {
                  const auto done = read_journal(journal);
                  for (std::size_t i = 0; i < n; ++i) {
                    const auto it = done.find(i);
                    if (it != done.end() && it->second.ok) {
                      ++resumed;
                    } else {
                      todo.push_back(i);
                    }
                  }
                  if (resumed) rc.progress("sweep: resuming, " + std::to_string(resumed) + " of " +
                                           std::to_string(n) + " points already done");
                }
                std::ofstream jout;
                if (mpi.rank() == 0) jout.open(journal, std::ios::app);
                std::size_t finished = 0;
                distribute(
                    mpi, todo, static_cast<int>(cfg.integer("threads")),
                    [&](std::size_t i) { return run_point(scenario, f, i); },
                    [&](const std::string& line) {
                      jout << line << '\n' << std::flush;
                      ++finished;
                      const auto r = parse_journal_line(line);
                      rc.progress("sweep: " + std::to_string(finished) + "/" + std::to_string(todo.size()) +
                                  " point " + (r ? std::to_string(r->index) : "?") +
                                  (r && r->ok ? " ok" : " failed: " + (r ? r->error : line)));
                    });
                if (mpi.rank() != 0) return io::Json();
                jout.close();
                const auto results = read_journal(journal);
                write_results(out, f, ctx.command_line, cfg, results);
                long long failed = 0;
                for (const auto& [i, r] : results) failed += r.ok ? 0 : 1;
                const double wall =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                rc.progress("sweep: wrote " + out);
                return io::Json::object()
                    .set("scenario", scenario.name)
                    .set("n_points", static_cast<long long>(n))
                    .set("n_ok", static_cast<long long>(results.size()) - failed)
                    .set("n_failed", failed)
                    .set("n_resumed", static_cast<long long>(resumed))
                    .set("mpi_ranks", mpi.size())
                    .set("out", out)
                    .set("wall_s", wall);
              });
  ctx.commands.back().writes_own_output = true;
}

}  // namespace nuflash::app
