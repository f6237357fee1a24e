// Typed settings with a schema: defaults <- TOML file <- command-line overrides.
// An unknown key, a wrong type or an out-of-range value is an InputError naming the key and the
// allowed values, e.g. "mass_Msun = -1: must be in (0.1, 10]".
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace nuflash::io {

enum class Kind { Bool, Int, Real, String };
using Value = std::variant<bool, long long, double, std::string>;

struct Range {
  double lo;
  double hi;
  bool lo_open = false;
  bool hi_open = false;
};

struct Setting {
  std::string key;                    // TOML key, e.g. "mass_Msun"
  Kind kind = Kind::Real;
  Value default_value;
  std::string help;                   // one line, with the unit
  std::string flags;                  // command-line names, e.g. "--mass"; empty means "--" + key
  std::optional<Range> range;         // numeric settings
  std::vector<std::string> choices;   // string settings with a closed set of values
};

class Config {
 public:
  Config() = default;
  explicit Config(std::vector<Setting> schema);

  // Reads a TOML file / text. Nested tables are not settings and are rejected unless
  // `allow_tables` names them (their content is then kept verbatim for the caller, see table()).
  void load_file(const std::filesystem::path& path, const std::vector<std::string>& allow_tables = {});
  void load_toml(std::string_view text, const std::string& source,
                 const std::vector<std::string>& allow_tables = {});
  // A command-line value given as text, converted with the setting's kind and validated.
  void set_from_text(const std::string& key, const std::string& text);
  void set(const std::string& key, Value v);

  double real(const std::string& key) const;
  long long integer(const std::string& key) const;
  bool boolean(const std::string& key) const;
  const std::string& text(const std::string& key) const;
  const Value& value(const std::string& key) const;
  bool explicitly_set(const std::string& key) const;
  bool has(const std::string& key) const;

  // TOML text of an allowed nested table from the file ("" if absent).
  std::string table(const std::string& name) const;

  // The effective configuration as TOML text (every setting, with its help as a comment).
  std::string to_toml() const;
  const std::vector<Setting>& schema() const { return schema_; }

 private:
  const Setting& spec(const std::string& key) const;
  void validate_and_store(const Setting& s, Value v);

  std::vector<Setting> schema_;
  std::map<std::string, Value> values_;
  std::map<std::string, bool> explicit_;
  std::map<std::string, std::string> tables_;
};

// Human-readable form of a value ("1.5", "true", "\"abc\"").
std::string format_value(const Value& v);

}  // namespace nuflash::io
