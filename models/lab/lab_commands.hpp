// `nuflash lab xsec` and `nuflash lab limits`: the command-line face of models/lab.
#pragma once

#include <vector>

#include "app_context.hpp"
#include "published_limits.hpp"

namespace nuflash::app {

// {"limits": [{"experiment", "flavor", "method", "limit_muB", "cl", "year", "reference", "kind",
//              "published_limit_muB" (reanalyses only)}, ...]} -- also used by `compare`.
io::Json limits_json(const std::vector<lab::LimitEntry>& rows);

void add_lab_commands(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
