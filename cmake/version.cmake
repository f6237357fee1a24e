# Generates build_info.cpp at *build* time so the git revision is never stale.
set(NUFLASH_BUILD_INFO_CPP ${CMAKE_BINARY_DIR}/generated/build_info.cpp)
add_custom_target(nuflash_build_info_gen
  COMMAND ${CMAKE_COMMAND}
          -DSRC_DIR=${CMAKE_SOURCE_DIR}
          -DOUT=${NUFLASH_BUILD_INFO_CPP}
          -DVERSION=${PROJECT_VERSION}
          -P ${CMAKE_SOURCE_DIR}/cmake/write_build_info.cmake
  BYPRODUCTS ${NUFLASH_BUILD_INFO_CPP}
  COMMENT "Recording git revision")
