// Stores a JSON object's members as typed HDF5 attributes of a group (nested values as JSON text).
#pragma once

#include <string>

#include "hdf5_file.hpp"
#include "json.hpp"

namespace nuflash::io {

void write_json_attrs(H5Writer& w, const std::string& group, const Json& object);

}  // namespace nuflash::io
