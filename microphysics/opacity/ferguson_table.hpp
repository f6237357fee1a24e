// Reader for the Ferguson et al. (2005, ApJ 623, 585) low-temperature Rosseland-mean opacity tables
// (molecules and grains), Grevesse & Noels (1993) mixture: one file g<X>.<Z>.tron per composition, a title
// line giving X and Z, a log R header (-8 ... +1) and 85 rows of log T (4.50 descending to 2.70) with 19
// fixed-width (f7.3) values of log10 kappa [cm^2 g^-1].
#pragma once

#include <filesystem>

#include "radiative_table.hpp"

namespace nuflash {

// Parses every *.tron file of `dir`; throws InputError naming the file and line if one is malformed.
RadiativeTableSet read_ferguson_gn93(const std::filesystem::path& dir);

}  // namespace nuflash
