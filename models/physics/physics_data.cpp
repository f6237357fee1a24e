#include "physics_data.hpp"

#include <iostream>
#include <map>
#include <mutex>

namespace nuflash::app {

const OpacityData& opacity_data(RunContext& rc) {
  static std::mutex mutex;
  static std::map<std::string, OpacityData> loaded;
  const std::string data_dir = rc.cfg.text("data_dir");
  const std::lock_guard lock(mutex);
  auto it = loaded.find(data_dir);
  if (it == loaded.end()) {
    OpacityData d;
    std::string why;
    d.tables = load_opacity_tables(data_dir, &why);
    d.source = d.tables ? "tables: " + describe(*d.tables) : "analytic: " + why;
    if (!d.tables && !rc.cfg.boolean("quiet")) {
      std::cerr << "warning: opacity tables not found (" << why
                << "); using the analytic opacities (opacity_source = analytic)\n";
    }
    it = loaded.emplace(data_dir, std::move(d)).first;
  }
  rc.data_sources["opacity_source"] = it->second.source;
  return it->second;
}

}  // namespace nuflash::app
