#include "nuclear/nuclear_data.hpp"

#include <sstream>

#include "error.hpp"

namespace nuflash::nuclear {
namespace {

[[noreturn]] void fail(int line_no, const std::string& what) {
  throw InputError("nuclear data table, line " + std::to_string(line_no) + ": " + what);
}

double read_number(std::istringstream& in, int line_no, const char* what) {
  std::string token;
  if (!(in >> token)) fail(line_no, std::string("missing ") + what);
  try {
    std::size_t pos = 0;
    const double v = std::stod(token, &pos);
    if (pos != token.size()) throw std::invalid_argument(token);
    return v;
  } catch (const std::exception&) {
    fail(line_no, std::string(what) + " '" + token + "' is not a number");
  }
}

std::string read_word(std::istringstream& in, int line_no, const char* what) {
  std::string token;
  if (!(in >> token)) fail(line_no, std::string("missing ") + what);
  return token;
}

}  // namespace

NuclearData parse_nuclear_data(std::string_view text) {
  NuclearData data;
  std::istringstream lines{std::string(text)};
  std::string line;
  int line_no = 0;
  while (std::getline(lines, line)) {
    ++line_no;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream in(line);
    std::string kind;
    if (!(in >> kind)) continue;
    if (kind == "mass") {
      const std::string name = read_word(in, line_no, "nuclide");
      data.mass_excess_MeV[name] = read_number(in, line_no, "mass excess");
    } else if (kind == "nu") {
      const std::string name = read_word(in, line_no, "process");
      data.nu_MeV[name] = read_number(in, line_no, "neutrino energy");
    } else if (kind == "rate") {
      ReaclibRate r;
      r.key = read_word(in, line_no, "rate key");
      r.reaction = read_word(in, line_no, "reaction");
      r.label = read_word(in, line_no, "REACLIB label");
      std::getline(in >> std::ws, r.reference);
      if (r.reference.empty()) fail(line_no, "rate '" + r.key + "' has no reference");
      for (const auto& other : data.rates) {
        if (other.key == r.key) fail(line_no, "rate '" + r.key + "' defined twice");
      }
      data.rates.push_back(std::move(r));
    } else if (kind == "set") {
      if (data.rates.empty()) fail(line_no, "'set' before any 'rate'");
      const std::string flag = read_word(in, line_no, "set flag");
      if (flag != "n" && flag != "r" && flag != "w") fail(line_no, "set flag '" + flag + "' is not n, r or w");
      std::array<double, 7> a{};
      for (double& ai : a) ai = read_number(in, line_no, "REACLIB coefficient");
      data.rates.back().sets.push_back(a);
    } else {
      fail(line_no, "unknown record '" + kind + "' (expected mass, nu, rate or set)");
    }
    std::string extra;
    if (kind != "rate" && (in >> extra)) fail(line_no, "unexpected '" + extra + "'");
  }
  for (const auto& r : data.rates) {
    if (r.sets.empty()) throw InputError("nuclear data table: rate '" + r.key + "' has no parameter set");
  }
  return data;
}

const NuclearData& nuclear_data() {
  static const NuclearData data = parse_nuclear_data(embedded_nuclear_table());
  return data;
}

const ReaclibRate& NuclearData::rate(std::string_view key) const {
  for (const auto& r : rates) {
    if (r.key == key) return r;
  }
  throw InputError("nuclear data table: no rate '" + std::string(key) + "'");
}

double NuclearData::mass_excess(std::string_view nuclide) const {
  const auto it = mass_excess_MeV.find(nuclide);
  if (it == mass_excess_MeV.end()) throw InputError("nuclear data table: no mass for '" + std::string(nuclide) + "'");
  return it->second;
}

double NuclearData::neutrino_energy(std::string_view process) const {
  const auto it = nu_MeV.find(process);
  if (it == nu_MeV.end()) {
    throw InputError("nuclear data table: no neutrino energy for '" + std::string(process) + "'");
  }
  return it->second;
}

}  // namespace nuflash::nuclear
