#include "opal_table.hpp"

#include <cmath>
#include <string>

#include "table_text.hpp"

namespace nuflash {
namespace {

constexpr int kRows = 70;        // log T values per table
constexpr int kColumns = 19;     // log R values per table
constexpr int kFieldWidth = 7;   // Fortran f7.3 after the log T label
constexpr double kNoData = 9.999;

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r") == std::string::npos; }

}  // namespace

RadiativeTableSet read_opal_gn93(const std::filesystem::path& file) {
  const auto lines = read_lines(file);
  const int n_lines = static_cast<int>(lines.size());
  int expected = -1;
  int k = 0;
  for (; k < n_lines && lines[k].find("*** Tables ***") == std::string::npos; ++k) {
    const auto p = lines[k].find("There are");
    if (p != std::string::npos) expected = static_cast<int>(parse_keyed(lines[k], "There are", file, k + 1));
  }
  if (k == n_lines) throw_table_error(file, n_lines, "no '*** Tables ***' section: not an OPAL type-1 file");
  if (expected <= 0) throw_table_error(file, k + 1, "the header does not say how many tables there are");

  std::vector<double> logT, logR;
  std::vector<RawOpacityTable> raw;
  while (true) {
    while (k < n_lines && !starts_with(lines[k], "TABLE #")) ++k;
    if (k == n_lines) break;
    const int header = k;
    RawOpacityTable t;
    t.X = parse_keyed(lines[k], "X=", file, k + 1);
    t.Z = parse_keyed(lines[k], "Z=", file, k + 1);
    ++k;
    while (k < n_lines && !starts_with(lines[k], "logT")) ++k;
    if (k == n_lines) throw_table_error(file, header + 1, "table without a 'logT' column header");
    const auto r = parse_numbers(std::string_view(lines[k]).substr(4), file, k + 1);
    if (static_cast<int>(r.size()) != kColumns) {
      throw_table_error(file, k + 1, "expected " + std::to_string(kColumns) + " log R values, found " +
                                         std::to_string(r.size()));
    }
    if (logR.empty()) {
      logR = r;
    } else if (r != logR) {
      throw_table_error(file, k + 1, "log R header differs from the first table's");
    }
    ++k;
    t.log_kappa.assign(static_cast<std::size_t>(kRows) * kColumns, std::nan(""));
    std::vector<double> this_logT;
    while (static_cast<int>(this_logT.size()) < kRows && k < n_lines) {
      const std::string& s = lines[k];
      if (blank(s)) {
        if (!this_logT.empty()) break;
        ++k;
        continue;
      }
      const auto end = s.find_first_of(" \t", s.find_first_not_of(" \t"));
      const double lt = parse_number(std::string_view(s).substr(0, end), file, k + 1, "log T");
      const int row = static_cast<int>(this_logT.size());
      for (int j = 0; j < kColumns; ++j) {
        const double v = parse_field(s, end + j * kFieldWidth, kFieldWidth, file, k + 1);
        if (!std::isnan(v) && std::abs(v - kNoData) > 1e-9) t.log_kappa[row * kColumns + j] = v;
      }
      if (end + kColumns * kFieldWidth < s.size() && !blank(s.substr(end + kColumns * kFieldWidth))) {
        throw_table_error(file, k + 1, "more than " + std::to_string(kColumns) + " entries");
      }
      this_logT.push_back(lt);
      ++k;
    }
    if (static_cast<int>(this_logT.size()) != kRows) {
      throw_table_error(file, k, "table at line " + std::to_string(header + 1) + " has " +
                                     std::to_string(this_logT.size()) + " log T rows, expected " +
                                     std::to_string(kRows));
    }
    if (logT.empty()) {
      for (std::size_t i = 1; i < this_logT.size(); ++i) {
        if (!(this_logT[i] > this_logT[i - 1])) throw_table_error(file, header + 1, "log T rows are not increasing");
      }
      logT = this_logT;
    } else if (this_logT != logT) {
      throw_table_error(file, header + 1, "log T rows differ from the first table's");
    }
    raw.push_back(std::move(t));
  }
  if (static_cast<int>(raw.size()) != expected) {
    throw_table_error(file, n_lines, "found " + std::to_string(raw.size()) + " tables, the header announces " +
                                         std::to_string(expected));
  }
  return make_radiative_table_set(logT, logR, raw);
}

}  // namespace nuflash
