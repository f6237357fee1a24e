#include "run_metadata.hpp"

#include <chrono>
#include <ctime>

#include "build_info.hpp"

namespace nuflash::io {

std::string utc_timestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void write_metadata(H5Writer& w, const RunMetadata& meta) {
  w.group("/meta");
  w.attr("/meta", "code", "nuflash");
  w.attr("/meta", "code_version", build::version());
  w.attr("/meta", "git_revision", build::git_revision());
  w.attr("/meta", "created_utc", utc_timestamp());
  w.attr("/meta", "command_line", meta.command_line);
  w.attr("/meta", "subcommand", meta.subcommand);
  w.attr("/meta", "config", meta.config_toml);
  w.attr("/meta", "units", "CGS unless a dataset's 'units' attribute says otherwise; Msun, Lsun, yr as named");
  w.group("/meta/data_sources");
  for (const auto& [k, v] : meta.data_sources) w.attr("/meta/data_sources", k, v);
}

}  // namespace nuflash::io
