// A sweep grid file (TOML):
//
//   scenario = "rgb"          # the subcommand each grid point runs
//   [base]                    # settings shared by every point (keys of that subcommand)
//   mass_Msun = 0.82
//   [grid]                    # axes; points are their cartesian product, last axis fastest
//   mu12 = [0.0, 1.0, 2.0]
//   Z = [1e-4, 1e-3]
//
// Other top-level keys are settings of the sweep itself. Values are kept as text so that the
// scenario's own schema converts and validates them (same errors as on its command line).
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace nuflash::io {

struct SweepAxis {
  std::string key;
  std::vector<std::string> values;  // as text, e.g. "2.0"
};

struct SweepFile {
  std::string text;                                             // the whole file
  std::vector<std::pair<std::string, std::string>> top_level;   // sweep settings (key, value text)
  std::vector<std::pair<std::string, std::string>> base;        // shared point settings
  std::vector<SweepAxis> axes;
};

// Throws InputError (file unreadable, malformed TOML, empty or non-scalar axis, unknown table).
SweepFile read_sweep_file(const std::filesystem::path& path);

// Number of grid points and the settings of point `index` (base first, then one value per axis).
std::size_t point_count(const SweepFile& f);
std::vector<std::pair<std::string, std::string>> point_settings(const SweepFile& f, std::size_t index);

}  // namespace nuflash::io
