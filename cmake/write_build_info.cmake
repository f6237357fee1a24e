# Invoked by cmake -P at build time; rewrites OUT only when its content changes.
execute_process(COMMAND git -C ${SRC_DIR} rev-parse --short=12 HEAD
                OUTPUT_VARIABLE rev OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR rev STREQUAL "")
  set(rev "unknown")
endif()
execute_process(COMMAND git -C ${SRC_DIR} status --porcelain --untracked-files=no
                OUTPUT_VARIABLE dirty OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT dirty STREQUAL "")
  set(rev "${rev}-dirty")
endif()
get_filename_component(shared_data "${SRC_DIR}/../shared/data" ABSOLUTE)
set(content "#include \"build_info.hpp\"
namespace nuflash::build {
const char* version() { return \"${VERSION}\"; }
const char* git_revision() { return \"${rev}\"; }
const char* source_dir() { return \"${SRC_DIR}\"; }
const char* default_shared_data_dir() { return \"${shared_data}\"; }
}
")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
else()
  set(old "")
endif()
if(NOT old STREQUAL content)
  file(WRITE ${OUT} "${content}")
endif()
