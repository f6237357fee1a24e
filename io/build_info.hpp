// Facts about this build, generated at build time by cmake/write_build_info.cmake.
#pragma once

namespace nuflash::build {
const char* version();
const char* git_revision();
const char* source_dir();
const char* default_shared_data_dir();  // <source>/../shared/data (may not exist)
}  // namespace nuflash::build
