#include "table_text.hpp"

#include <charconv>
#include <cmath>
#include <fstream>

#include "error.hpp"

namespace nuflash {
namespace {

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::vector<std::string> read_lines(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InputError(file.string() + ": cannot be opened for reading");
  std::vector<std::string> lines;
  for (std::string s; std::getline(in, s);) {
    if (!s.empty() && s.back() == '\r') s.pop_back();
    lines.push_back(std::move(s));
  }
  return lines;
}

void throw_table_error(const std::filesystem::path& file, int line, const std::string& what) {
  throw InputError(file.string() + ":" + std::to_string(line) + ": " + what);
}

double parse_number(std::string_view text, const std::filesystem::path& file, int line, std::string_view what) {
  const std::string_view t = trim(text);
  double v = 0;
  const char* first = t.data();
  if (!t.empty() && t.front() == '+') ++first;
  const auto [ptr, ec] = std::from_chars(first, t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || ptr != t.data() + t.size() || !std::isfinite(v)) {
    std::string msg = "'";
    msg.append(t).append("' is not a number (").append(what).append(")");
    throw_table_error(file, line, msg);
  }
  return v;
}

std::vector<double> parse_numbers(std::string_view text, const std::filesystem::path& file, int line) {
  std::vector<double> out;
  std::size_t pos = 0;
  while (true) {
    const auto b = text.find_first_not_of(" \t\r", pos);
    if (b == std::string_view::npos) break;
    auto e = text.find_first_of(" \t\r", b);
    if (e == std::string_view::npos) e = text.size();
    out.push_back(parse_number(text.substr(b, e - b), file, line, "table entry"));
    pos = e;
  }
  return out;
}

double parse_field(const std::string& text, std::size_t pos, std::size_t width,
                   const std::filesystem::path& file, int line) {
  if (pos >= text.size()) return std::nan("");
  const std::string_view field = trim(std::string_view(text).substr(pos, width));
  if (field.empty()) return std::nan("");
  return parse_number(field, file, line, "table entry in columns " + std::to_string(pos + 1) + "-" +
                                             std::to_string(pos + width));
}

double parse_keyed(std::string_view text, std::string_view key, const std::filesystem::path& file, int line) {
  const auto k = text.find(key);
  if (k == std::string_view::npos) throw_table_error(file, line, "missing '" + std::string(key) + "'");
  const auto b = text.find_first_not_of(' ', k + key.size());
  if (b == std::string_view::npos) throw_table_error(file, line, "no value after '" + std::string(key) + "'");
  auto e = text.find_first_of(" \t", b);
  if (e == std::string_view::npos) e = text.size();
  return parse_number(text.substr(b, e - b), file, line, std::string(key));
}

}  // namespace nuflash
