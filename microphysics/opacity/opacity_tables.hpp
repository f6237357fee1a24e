// The parsed opacity tables behind OpacityTables (see opacity.hpp).
#pragma once

#include <string>

#include "electron_conduction.hpp"
#include "opacity.hpp"
#include "radiative_table.hpp"

namespace nuflash {

struct OpacityTables {
  RadiativeTableSet opal;      // Iglesias & Rogers 1996, GN93hz
  RadiativeTableSet ferguson;  // Ferguson et al. 2005, GN93
  ConductionTables conduction; // Potekhin condall06
  std::string description;
};

}  // namespace nuflash
