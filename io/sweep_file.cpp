#include "sweep_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "error.hpp"

namespace nuflash::io {
namespace {

// A scalar TOML value as text that Config::set_from_text reads back exactly.
std::string scalar_text(const toml::node& n, const std::string& where) {
  if (auto b = n.value_exact<bool>()) return *b ? "true" : "false";
  if (auto i = n.value_exact<int64_t>()) return std::to_string(*i);
  if (auto d = n.value_exact<double>()) {
    std::ostringstream os;
    os.precision(17);
    os << *d;
    return os.str();
  }
  if (auto s = n.value_exact<std::string>()) return *s;
  throw InputError(where + ": must be a number, boolean or string");
}

}  // namespace

SweepFile read_sweep_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError("sweep file '" + path.string() + "': cannot be opened");
  std::stringstream ss;
  ss << in.rdbuf();
  SweepFile f;
  f.text = ss.str();
  toml::table tbl;
  try {
    tbl = toml::parse(f.text, path.string());
  } catch (const toml::parse_error& e) {
    throw InputError("sweep file '" + path.string() + "' line " + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  }
  std::vector<std::size_t> axis_lines;  // toml++ iterates keys sorted; keep the file's order
  for (const auto& [k, node] : tbl) {
    const std::string key(k.str());
    if (key == "base" || key == "grid") {
      const auto* t = node.as_table();
      if (!t) throw InputError("sweep file: '" + key + "' must be a table [" + key + "]");
      for (const auto& [pk, pn] : *t) {
        const std::string pkey(pk.str());
        if (key == "base") {
          f.base.emplace_back(pkey, scalar_text(pn, "[base] " + pkey));
          continue;
        }
        const auto* arr = pn.as_array();
        if (!arr || arr->empty()) throw InputError("sweep file: [grid] " + pkey + " must be a non-empty array");
        SweepAxis axis{pkey, {}};
        for (const auto& v : *arr) axis.values.push_back(scalar_text(v, "[grid] " + pkey));
        f.axes.push_back(std::move(axis));
        axis_lines.push_back(pn.source().begin.line);
      }
    } else if (node.is_table()) {
      throw InputError("sweep file: unknown table [" + key + "] (allowed: [base], [grid])");
    } else {
      f.top_level.emplace_back(key, scalar_text(node, key));
    }
  }
  if (f.axes.empty()) throw InputError("sweep file '" + path.string() + "': no [grid] axes");
  std::vector<std::size_t> order(f.axes.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return axis_lines[a] < axis_lines[b]; });
  std::vector<SweepAxis> sorted;
  for (auto k : order) sorted.push_back(std::move(f.axes[k]));
  f.axes = std::move(sorted);
  return f;
}

std::size_t point_count(const SweepFile& f) {
  std::size_t n = 1;
  for (const auto& a : f.axes) n *= a.values.size();
  return n;
}

std::vector<std::pair<std::string, std::string>> point_settings(const SweepFile& f, std::size_t index) {
  auto out = f.base;
  std::vector<std::pair<std::string, std::string>> axis_values(f.axes.size());
  for (std::size_t k = f.axes.size(); k-- > 0;) {
    const auto& a = f.axes[k];
    axis_values[k] = {a.key, a.values[index % a.values.size()]};
    index /= a.values.size();
  }
  out.insert(out.end(), axis_values.begin(), axis_values.end());
  return out;
}

}  // namespace nuflash::io
