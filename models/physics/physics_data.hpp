// Run-time physics data shared by every scenario: the opacity tables of data_dir, parsed once per
// process and shared read-only across threads. Records what was used in the run's data sources
// (/meta/data_sources/opacity_source) and warns once on stderr when it falls back to analytic physics.
#pragma once

#include <memory>
#include <string>

#include "app_context.hpp"
#include "opacity/opacity.hpp"

namespace nuflash::app {

struct OpacityData {
  std::shared_ptr<const OpacityTables> tables;  // nullptr: analytic fallback
  std::string source;                           // "tables: ..." or "analytic: <why>"
  // Fallback events (holes / table edges) of every evaluation that passes it, for the run to report.
  std::shared_ptr<OpacityFallbackCounter> fallbacks = std::make_shared<OpacityFallbackCounter>();
};

const OpacityData& opacity_data(RunContext& rc);

}  // namespace nuflash::app
