#include "sweep_journal.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <toml++/toml.h>

namespace nuflash::app {
namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string number_text(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  std::string s = buf;
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

// Inline TOML for a JSON value (null becomes nan: TOML has no null).
std::string inline_toml(const io::Json& v) {
  if (v.is_object()) {
    std::string out = "{ ";
    bool first = true;
    for (const auto& [k, m] : v.members()) {
      out += (first ? "" : ", ") + quoted(k) + " = " + inline_toml(m);
      first = false;
    }
    return out + " }";
  }
  if (v.is_array()) {
    std::string out = "[";
    bool first = true;
    for (const auto& e : v.elements()) {
      out += (first ? "" : ", ") + inline_toml(e);
      first = false;
    }
    return out + "]";
  }
  if (v.is_bool()) return v.boolean() ? "true" : "false";
  if (v.is_integer()) return std::to_string(v.integer());
  if (v.is_string()) return quoted(v.string());
  return number_text(v.number());
}

io::Json to_json(const toml::node& n) {
  if (const auto* t = n.as_table()) {
    io::Json o = io::Json::object();
    for (const auto& [k, m] : *t) o.set(std::string(k.str()), to_json(m));
    return o;
  }
  if (const auto* a = n.as_array()) {
    io::Json arr = io::Json::array();
    for (const auto& e : *a) arr.push(to_json(e));
    return arr;
  }
  if (auto b = n.value_exact<bool>()) return *b;
  if (auto i = n.value_exact<int64_t>()) return static_cast<long long>(*i);
  if (auto d = n.value_exact<double>()) return *d;
  if (auto s = n.value_exact<std::string>()) return *s;
  return nullptr;
}

}  // namespace

std::string journal_line(std::size_t index, bool ok, const std::string& error, const io::Json& summary) {
  return "p = { index = " + std::to_string(index) + ", status = " + (ok ? "\"ok\"" : "\"failed\"") +
         ", error = " + quoted(error) + ", summary = " + (summary.is_object() ? inline_toml(summary) : "{ }") + " }";
}

std::optional<PointResult> parse_journal_line(const std::string& line) {
  toml::table t;
  try {
    t = toml::parse(line);
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
  const auto* p = t["p"].as_table();
  if (!p) return std::nullopt;
  auto index = (*p)["index"].value<int64_t>();
  auto status = (*p)["status"].value<std::string>();
  if (!index || !status || *index < 0) return std::nullopt;
  PointResult r;
  r.index = static_cast<std::size_t>(*index);
  r.ok = *status == "ok";
  r.error = (*p)["error"].value_or(std::string());
  if (const auto* s = (*p)["summary"].as_table()) r.summary = to_json(*s);
  r.line = line;
  return r;
}

std::map<std::size_t, PointResult> read_journal(const std::filesystem::path& path) {
  std::map<std::size_t, PointResult> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (auto r = parse_journal_line(line)) out[r->index] = std::move(*r);
  }
  return out;
}

}  // namespace nuflash::app
