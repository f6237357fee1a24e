// Runs the nuflash executable (NUFLASH_EXE, set by tests/CMakeLists.txt) or a command line around it in the
// CLI tests, and reads numbers from its JSON summary.
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

// Runs a shell command line.
inline CliResult run_command(const std::string& cmd) {
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  std::string out;
  std::array<char, 4096> buf{};
  while (fgets(buf.data(), buf.size(), p)) out += buf.data();
  const int status = pclose(p);
  return {WEXITSTATUS(status), out};
}

// Runs `nuflash <args>`.
inline CliResult run_cli(const std::string& args) { return run_command(std::string(NUFLASH_EXE) + " " + args); }

// The number after "key": in a JSON text, or -1 when the key is absent.
inline double json_number(const std::string& json, const std::string& key) {
  const auto at = json.find("\"" + key + "\": ");
  if (at == std::string::npos) return -1;
  return std::stod(json.substr(at + key.size() + 4));
}

}  // namespace nuflash::testing
