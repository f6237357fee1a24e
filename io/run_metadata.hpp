// The /meta group every output file carries: code version, git revision, the full effective
// configuration as TOML text, the command line, creation time and the data sources used.
#pragma once

#include <map>
#include <string>

#include "hdf5_file.hpp"

namespace nuflash::io {

struct RunMetadata {
  std::string command_line;                       // as typed
  std::string subcommand;                         // "rgb", "micro eos", ...
  std::string config_toml;                        // effective configuration
  std::map<std::string, std::string> data_sources;  // e.g. {"opacity_source": "tables: /path"}
};

void write_metadata(H5Writer& w, const RunMetadata& meta);

// UTC time as ISO 8601, e.g. "2026-11-24T10:15:00Z".
std::string utc_timestamp();

}  // namespace nuflash::io
