#include "json_hdf5.hpp"

namespace nuflash::io {

void write_json_attrs(H5Writer& w, const std::string& group, const Json& object) {
  w.group(group);
  if (!object.is_object()) return;
  for (const auto& [key, v] : object.members()) {
    if (v.is_integer()) {
      w.attr(group, key, v.integer());
    } else if (v.is_number()) {
      w.attr(group, key, v.number());
    } else if (v.is_string()) {
      w.attr(group, key, v.string());
    } else if (v.is_bool()) {
      w.attr(group, key, static_cast<long long>(v.boolean()));
    } else {
      w.attr(group, key, v.dump(0));
    }
  }
}

}  // namespace nuflash::io
