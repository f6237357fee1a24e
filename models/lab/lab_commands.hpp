// `nuflash lab xsec` and `nuflash lab limits`: the command-line face of models/lab.
#pragma once

#include <vector>

#include "app_context.hpp"
#include "limit.hpp"
#include "published_limits.hpp"

namespace nuflash::app {

// {"limits": [{"experiment", "flavor", "method", "limit_muB", "cl", "year", "reference", "kind",
//              "published_limit_muB" (reanalyses only)}, ...]} -- also used by `compare`.
io::Json limits_json(const std::vector<lab::LimitEntry>& rows);

// Settings of the laboratory limits (published-limits file, reanalysis method), shared by `lab limits`,
// `compare` and `run`.
std::vector<io::Setting> limits_settings();

// The published limits and the reanalysis method those settings name; the database used is recorded in
// rc.data_sources.
struct LimitsInput {
  std::vector<lab::PublishedLimit> published;
  lab::LimitMethod method;
};
LimitsInput limits_input(RunContext& rc);

void add_lab_commands(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
