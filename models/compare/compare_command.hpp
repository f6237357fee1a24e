// `nuflash compare`: nuflash's astrophysical bounds beside the published and reanalysed limits.
#pragma once

#include <vector>

#include "app_context.hpp"
#include "published_limits.hpp"

namespace nuflash::app {

// The comparison as JSON ({"limits": [...]}) and, with a writer, as /compare datasets; the settings are
// limits_settings() (lab_commands.hpp).
// `nuflash_bounds` are bounds nuflash computed in this run (kind "nuflash").
io::Json run_comparison(RunContext& rc, const std::vector<lab::LimitEntry>& nuflash_bounds);

// nuflash's SN 1987A bound from the energy-loss criterion (kind "nuflash", no CL: a criterion).
lab::LimitEntry sn_criterion_entry(double mu12_bound);

void add_compare_command(CLI::App* app, AppContext& ctx);

}  // namespace nuflash::app
