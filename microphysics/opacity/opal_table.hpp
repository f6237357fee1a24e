// Reader for the OPAL type-1 Rosseland-mean opacity file GN93hz (Iglesias & Rogers 1996, ApJ 464, 943):
// 126 tables for the Grevesse & Noels (1993) mixture at (X, Z), each log10 kappa [cm^2 g^-1] on 70 log T
// (3.75 ... 8.70) by 19 log R (-8 ... +1, R = rho / T6^3); 9.999 or blank = no data.
#pragma once

#include <filesystem>

#include "radiative_table.hpp"

namespace nuflash {

// Parses the file; throws InputError naming the file and line if it is malformed.
RadiativeTableSet read_opal_gn93(const std::filesystem::path& file);

}  // namespace nuflash
