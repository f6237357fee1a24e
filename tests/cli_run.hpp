// Runs the nuflash executable (NUFLASH_EXE, set by tests/CMakeLists.txt) in the CLI tests and reads numbers
// from its JSON summary.
#pragma once

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace nuflash::testing {

struct CliResult {
  int code;         // exit code
  std::string out;  // stdout and stderr
};

inline CliResult run_cli(const std::string& args) {
  const std::string cmd = std::string(NUFLASH_EXE) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf{};
  while (fgets(buf.data(), buf.size(), p)) out += buf.data();
  const int status = pclose(p);
  return {WEXITSTATUS(status), out};
}

// The number after "key": in a JSON text, or -1 when the key is absent.
inline double json_number(const std::string& json, const std::string& key) {
  const auto at = json.find("\"" + key + "\": ");
  if (at == std::string::npos) return -1;
  return std::stod(json.substr(at + key.size() + 4));
}

}  // namespace nuflash::testing
