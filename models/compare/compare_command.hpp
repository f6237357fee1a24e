// `nuflash compare`: nuflash's astrophysical bounds beside the published and reanalysed limits.
#pragma once

#include <vector>

#include "app_context.hpp"
#include "published_limits.hpp"

namespace nuflash::app {

// The comparison as JSON ({"limits": [...]}) and, with a writer, as /compare datasets.
// `nuflash_bounds` are bounds nuflash computed in this run (kind "nuflash").
io::Json run_comparison(RunContext& rc, const std::vector<lab::LimitEntry>& nuflash_bounds);

// Settings of the comparison (limits file, reanalysis method), shared with `nuflash run`.
std::vector<io::Setting> compare_settings();

void add_compare_command(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
