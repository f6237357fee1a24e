// The sweep journal: one line per finished grid point, appended and flushed as points finish, so a
// killed sweep resumes and skips finished points. Each line is a small TOML document
//   p = { index = 17, status = "ok", error = "", summary = { ... } }
// A line cut short by a kill fails to parse and is ignored (that point runs again).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "json.hpp"

namespace nuflash::app {

struct PointResult {
  std::size_t index = 0;
  bool ok = false;
  std::string error;      // one line, when !ok
  io::Json summary;       // the scenario's summary, when ok
  std::string line;       // the journal line (TOML)
};

// Builds the journal line of a result.
std::string journal_line(std::size_t index, bool ok, const std::string& error, const io::Json& summary);

// Parses one journal line; nullopt if it is incomplete or malformed.
std::optional<PointResult> parse_journal_line(const std::string& line);

// Reads every complete line of a journal (a missing file gives an empty map); later lines win.
std::map<std::size_t, PointResult> read_journal(const std::filesystem::path& path);

}  // namespace nuflash::app
