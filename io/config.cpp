#include "config.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "error.hpp"

namespace nuflash::io {
namespace {

std::string kind_name(Kind k) {
  switch (k) {
    case Kind::Bool: return "a boolean";
    case Kind::Int: return "an integer";
    case Kind::Real: return "a number";
    case Kind::String: return "a string";
  }
  return "?";
}

std::string fmt_number(double x) {
  std::ostringstream os;
  os.precision(15);
  os << x;
  return os.str();
}

std::string range_text(const Range& r) {
  std::string s = r.lo_open ? "(" : "[";
  s += std::isinf(r.lo) ? "-inf" : fmt_number(r.lo);
  s += ", ";
  s += std::isinf(r.hi) ? "inf" : fmt_number(r.hi);
  s += r.hi_open ? ")" : "]";
  return s;
}

std::string toml_escape(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string format_value(const Value& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* i = std::get_if<long long>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) {
    // Shortest text that reads back to the same double.
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, *d);
    std::string s(buf, res.ptr);
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
  }
  return toml_escape(std::get<std::string>(v));
}

Config::Config(std::vector<Setting> schema) : schema_(std::move(schema)) {
  for (const auto& s : schema_) {
    values_[s.key] = s.default_value;
    explicit_[s.key] = false;
  }
}

const Setting& Config::spec(const std::string& key) const {
  for (const auto& s : schema_) {
    if (s.key == key) return s;
  }
  throw InputError("unknown setting '" + key + "'");
}

bool Config::has(const std::string& key) const { return values_.count(key) > 0; }

void Config::validate_and_store(const Setting& s, Value v) {
  if (s.kind == Kind::Real) {
    if (const auto* i = std::get_if<long long>(&v)) v = static_cast<double>(*i);
  }
  const bool ok = (s.kind == Kind::Bool && std::holds_alternative<bool>(v)) ||
                  (s.kind == Kind::Int && std::holds_alternative<long long>(v)) ||
                  (s.kind == Kind::Real && std::holds_alternative<double>(v)) ||
                  (s.kind == Kind::String && std::holds_alternative<std::string>(v));
  if (!ok) throw InputError(s.key + " = " + format_value(v) + ": must be " + kind_name(s.kind));
  if (s.range && (s.kind == Kind::Real || s.kind == Kind::Int)) {
    const double x = s.kind == Kind::Real ? std::get<double>(v) : static_cast<double>(std::get<long long>(v));
    const auto& r = *s.range;
    const bool below = r.lo_open ? !(x > r.lo) : !(x >= r.lo);
    const bool above = r.hi_open ? !(x < r.hi) : !(x <= r.hi);
    if (below || above || std::isnan(x)) {
      throw InputError(s.key + " = " + fmt_number(x) + ": must be in " + range_text(r));
    }
  }
  if (!s.choices.empty()) {
    const auto& str = std::get<std::string>(v);
    bool found = false;
    std::string list;
    for (const auto& c : s.choices) {
      found = found || c == str;
      list += (list.empty() ? "" : ", ") + c;
    }
    if (!found) throw InputError(s.key + " = \"" + str + "\": must be one of " + list);
  }
  values_[s.key] = std::move(v);
  explicit_[s.key] = true;
}

void Config::set(const std::string& key, Value v) { validate_and_store(spec(key), std::move(v)); }

void Config::set_from_text(const std::string& key, const std::string& text) {
  const Setting& s = spec(key);
  auto fail = [&]() -> void { throw InputError(s.key + " = " + text + ": must be " + kind_name(s.kind)); };
  switch (s.kind) {
    case Kind::String: validate_and_store(s, text); return;
    case Kind::Bool:
      if (text == "true" || text == "1" || text == "yes") return validate_and_store(s, true);
      if (text == "false" || text == "0" || text == "no") return validate_and_store(s, false);
      fail();
      return;
    case Kind::Int: {
      std::size_t pos = 0;
      long long x = 0;
      try {
        x = std::stoll(text, &pos);
      } catch (const std::exception&) {
        fail();
      }
      if (pos != text.size()) fail();
      validate_and_store(s, x);
      return;
    }
    case Kind::Real: {
      std::size_t pos = 0;
      double x = 0;
      try {
        x = std::stod(text, &pos);
      } catch (const std::exception&) {
        fail();
      }
      if (pos != text.size() || !std::isfinite(x)) fail();
      validate_and_store(s, x);
      return;
    }
  }
}

void Config::load_file(const std::filesystem::path& path, const std::vector<std::string>& allow_tables) {
  std::ifstream in(path);
  if (!in) throw InputError("config file '" + path.string() + "': cannot be opened");
  std::stringstream ss;
  ss << in.rdbuf();
  load_toml(ss.str(), path.string(), allow_tables);
}

void Config::load_toml(std::string_view text, const std::string& source,
                       const std::vector<std::string>& allow_tables) {
  toml::table tbl;
  try {
    tbl = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    throw InputError("config file '" + source + "' line " + std::to_string(b.line) + ": " +
                     std::string(e.description()));
  }
  for (const auto& [k, node] : tbl) {
    const std::string key(k.str());
    if (node.is_table()) {
      bool allowed = false;
      for (const auto& t : allow_tables) allowed = allowed || t == key;
      if (!allowed) throw InputError("config file '" + source + "': unknown table [" + key + "]");
      std::ostringstream os;
      os << *node.as_table();
      tables_[key] = os.str();
      continue;
    }
    if (!has(key)) throw InputError("config file '" + source + "': unknown key '" + key + "'");
    const Setting& s = spec(key);
    if (auto b = node.value_exact<bool>()) {
      validate_and_store(s, *b);
    } else if (auto i = node.value_exact<int64_t>()) {
      validate_and_store(s, static_cast<long long>(*i));
    } else if (auto d = node.value_exact<double>()) {
      validate_and_store(s, *d);
    } else if (auto str = node.value_exact<std::string>()) {
      validate_and_store(s, *str);
    } else {
      throw InputError(s.key + ": must be " + kind_name(s.kind) + " (got an array or date)");
    }
  }
}

double Config::real(const std::string& key) const {
  const auto& v = values_.at(spec(key).key);
  if (const auto* i = std::get_if<long long>(&v)) return static_cast<double>(*i);
  return std::get<double>(v);
}
long long Config::integer(const std::string& key) const { return std::get<long long>(values_.at(spec(key).key)); }
bool Config::boolean(const std::string& key) const { return std::get<bool>(values_.at(spec(key).key)); }
const std::string& Config::text(const std::string& key) const {
  return std::get<std::string>(values_.at(spec(key).key));
}
const Value& Config::value(const std::string& key) const { return values_.at(spec(key).key); }
bool Config::explicitly_set(const std::string& key) const { return explicit_.at(spec(key).key); }

std::string Config::table(const std::string& name) const {
  const auto it = tables_.find(name);
  return it == tables_.end() ? std::string() : it->second;
}

std::string Config::to_toml() const {
  std::ostringstream os;
  for (const auto& s : schema_) {
    os << s.key << " = " << format_value(values_.at(s.key));
    if (!s.help.empty()) os << "  # " << s.help;
    os << '\n';
  }
  for (const auto& [name, body] : tables_) os << "\n[" << name << "]\n" << body << '\n';
  return os.str();
}

}  // namespace nuflash::io
