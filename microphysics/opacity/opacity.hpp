// Rosseland-mean opacity of stellar matter: radiative (OPAL GN93hz blended with Ferguson et al. 2005 at low
// temperature) and electron conduction (Potekhin's condall06 with the Cassisi et al. 2007 mixture rule),
// combined as 1/kappa = 1/kappa_rad + 1/kappa_cond; analytic fallback when the tables are absent.
//
// Radiative part with tables: log kappa_rad = a log kappa_OPAL + b log kappa_Ferguson + (1 - a - b) log
// kappa_analytic. Ferguson's share w rises from 0 at log T = 4.50 to 1 at log T = 3.75 as a cubic
// smoothstep (the overlap of the two sets). A set's trust c is 1 inside its tabulated data and falls to 0
// across one grid step of extrapolated values around holes (9.999 / blank entries) and around the table
// edges (see hermite_grid.hpp); where one set is untrusted the other takes its share, a = c_O (1 - w c_F),
// b = c_F (1 - c_O + w c_O), and only where neither has data (a + b < 1) does the analytic opacity enter,
// without a jump; such points are flagged `off_table`, their source is "tables+analytic", and a caller can
// count them with an OpacityFallbackCounter. Everything is C1 in (rho, T).
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "state.hpp"

namespace nuflash {

struct OpacityTables;  // parsed tables, immutable once loaded (opacity_tables.hpp)

// Loads <data_dir>/opacity/GN93hz, <data_dir>/opacity/ferguson_gn93/*.tron and
// <data_dir>/conductivity/condall06.d. If the directory or one of them is missing, returns nullptr and, if
// `why_absent` is given, a one-line reason (the caller falls back to the analytic opacities and says so).
// Throws InputError naming the file and line if a file is malformed. Share the result read-only.
std::shared_ptr<const OpacityTables> load_opacity_tables(const std::filesystem::path& data_dir,
                                                         std::string* why_absent = nullptr);

// Where the data came from, for output metadata.
std::string describe(const OpacityTables& tables);

// tables: kappa_rad and kappa_cond from the tables (table_weight = 1); tables_and_analytic: tables given but
// a hole or the table edge brought in the analytic kappa_rad (table_weight < 1, all of kappa_rad when 0;
// kappa_cond still from the tables); analytic: no tables. to_string: "tables", "tables+analytic", "analytic".
enum class OpacitySource { tables, tables_and_analytic, analytic };
const char* to_string(OpacitySource source);

struct OpacityResult {
  double kappa = 0;       // total [cm^2 g^-1]
  double kappa_rad = 0;   // radiative [cm^2 g^-1]
  double kappa_cond = 0;  // electron conduction [cm^2 g^-1]
  double dlnkappa_dlnrho = 0;  // of the total, at constant T and composition
  double dlnkappa_dlnT = 0;    // of the total, at constant rho and composition
  OpacitySource source = OpacitySource::analytic;
  double table_weight = 0;  // weight of the tables in log kappa_rad: 1 on the tables, 0 off them
  bool off_table = false;   // tables given, but a hole or the table edge brought in the analytic kappa_rad
};

// Counts of evaluations with tables and of the fallback events among them: off_table (the analytic opacity
// has a share in kappa_rad) and analytic_only (table_weight = 0). The caller owns it (one per run, say) and
// reports it; record() uses relaxed atomic increments, so threads evaluating in parallel may share one.
struct OpacityFallbackCounter {
  std::atomic<std::uint64_t> evaluations{0};
  std::atomic<std::uint64_t> off_table{0};
  std::atomic<std::uint64_t> analytic_only{0};
  void record(const OpacityResult& r);
};

// Opacity at the state; tables == nullptr selects the analytic fallback. Thread-safe. With `fallbacks`, the
// evaluation is recorded there.
OpacityResult opacity(const State& s, const OpacityTables* tables, OpacityFallbackCounter* fallbacks = nullptr);

}  // namespace nuflash
