// The nuclear data table (microphysics/nuclear/reaclib_rates.dat): REACLIB rate fits, atomic mass
// excesses and mean reaction-neutrino energies. The file is embedded in the binary at build time
// and parsed once, at first use.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nuflash::nuclear {

// One REACLIB rate: the sum of its parameter sets (Cyburt et al. 2010, ApJS 189, 240).
struct ReaclibRate {
  std::string key;        // short name used by the network ("c12pg")
  std::string reaction;   // "c12(p,g)n13"
  std::string label;      // REACLIB label ("ls09"); "ec" marks an electron capture (times rho*Ye)
  std::string reference;  // citation of the set
  std::vector<std::array<double, 7>> sets;  // a0..a6 of each set
  bool electron_capture() const { return label == "ec"; }
};

struct NuclearData {
  std::vector<ReaclibRate> rates;
  std::map<std::string, double, std::less<>> mass_excess_MeV;  // atomic mass excess by nuclide
  std::map<std::string, double, std::less<>> nu_MeV;           // mean neutrino energy by process

  // Lookups; throw InputError naming the missing key.
  const ReaclibRate& rate(std::string_view key) const;
  double mass_excess(std::string_view nuclide) const;
  double neutrino_energy(std::string_view process) const;
};

// Parses the table format documented at the top of reaclib_rates.dat. Throws InputError with the
// line number on a malformed record.
NuclearData parse_nuclear_data(std::string_view text);

// The embedded table, parsed once (thread-safe function-local static).
const NuclearData& nuclear_data();

// The text of reaclib_rates.dat as compiled into the binary (generated source).
std::string_view embedded_nuclear_table();

}  // namespace nuflash::nuclear
