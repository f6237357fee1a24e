#include "ferguson_table.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "table_text.hpp"

namespace nuflash {
namespace {

constexpr int kRows = 85;
constexpr int kColumns = 19;
constexpr int kFieldWidth = 7;
constexpr int kHeaderLines = 4;  // title, "log R", blank, "log T" + log R values

struct FergusonFile {
  RawOpacityTable table;
  std::vector<double> logT_descending, logR;
};

FergusonFile read_one(const std::filesystem::path& file) {
  const auto lines = read_lines(file);
  if (static_cast<int>(lines.size()) < kHeaderLines + kRows) {
    throw_table_error(file, static_cast<int>(lines.size()),
                      "too short: expected " + std::to_string(kHeaderLines + kRows) + " lines");
  }
  FergusonFile f;
  f.table.X = parse_keyed(lines[0], "X=", file, 1);
  f.table.Z = parse_keyed(lines[0], "Z=", file, 1);
  const auto& head = lines[kHeaderLines - 1];
  const auto p = head.find("log T");
  if (p == std::string::npos) throw_table_error(file, kHeaderLines, "missing the 'log T' column header");
  f.logR = parse_numbers(std::string_view(head).substr(p + 5), file, kHeaderLines);
  if (static_cast<int>(f.logR.size()) != kColumns) {
    throw_table_error(file, kHeaderLines, "expected " + std::to_string(kColumns) + " log R values");
  }
  f.table.log_kappa.resize(static_cast<std::size_t>(kRows) * kColumns);
  for (int r = 0; r < kRows; ++r) {
    const int line = kHeaderLines + r + 1;
    const std::string& s = lines[line - 1];
    const auto b = s.find_first_not_of(' ');
    const auto end = b == std::string::npos ? std::string::npos : s.find(' ', b);
    if (end == std::string::npos) throw_table_error(file, line, "expected a log T row");
    f.logT_descending.push_back(parse_number(std::string_view(s).substr(0, end), file, line, "log T"));
    // Rows are stored in ascending log T.
    const int row = kRows - 1 - r;
    for (int j = 0; j < kColumns; ++j) {
      const double v = parse_field(s, end + 1 + j * kFieldWidth, kFieldWidth, file, line);
      if (std::isnan(v)) throw_table_error(file, line, "missing entry " + std::to_string(j + 1));
      f.table.log_kappa[static_cast<std::size_t>(row) * kColumns + j] = v;
    }
  }
  return f;
}

}  // namespace

RadiativeTableSet read_ferguson_gn93(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".tron") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw_table_error(dir, 0, "no *.tron tables in the directory");
  std::vector<RawOpacityTable> raw;
  std::vector<double> logT, logR;
  for (const auto& file : files) {
    auto f = read_one(file);
    if (logR.empty()) {
      logR = f.logR;
      logT.assign(f.logT_descending.rbegin(), f.logT_descending.rend());
      for (std::size_t i = 1; i < logT.size(); ++i) {
        if (!(logT[i] > logT[i - 1])) throw_table_error(file, kHeaderLines + 1, "log T rows are not descending");
      }
    } else if (f.logR != logR || !std::equal(logT.begin(), logT.end(), f.logT_descending.rbegin())) {
      throw_table_error(file, kHeaderLines, "grid differs from " + files.front().filename().string() + "'s");
    }
    raw.push_back(std::move(f.table));
  }
  return make_radiative_table_set(logT, logR, raw);
}

}  // namespace nuflash
