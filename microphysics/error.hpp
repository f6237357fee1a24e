// Error types shared by every layer. Messages are one line and name the offending value.
#pragma once

#include <stdexcept>
#include <string>

namespace nuflash {

// Bad user input: unknown key, value out of range, malformed file. The CLI exits with code 2.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A computation could not be completed (solver failure after retries). The CLI exits with code 1.
struct ComputeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nuflash
