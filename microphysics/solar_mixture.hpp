// The Grevesse & Noels (1993) solar metal mixture, as used by the OPAL GN93hz opacity tables.
#pragma once

#include <array>
#include <string_view>

namespace nuflash {

struct Element {
  std::string_view symbol;
  double Z;            // charge number
  double A;            // standard atomic weight
  double log_eps;      // log10(N_el / N_H) + 12, Grevesse & Noels (1993)
};

// The 19 metals of the GN93 mixture in the OPAL GN93hz tables.
inline constexpr std::array<Element, 19> kGN93{{
    {"C", 6, 12.011, 8.55},  {"N", 7, 14.007, 7.97},  {"O", 8, 15.999, 8.87},  {"Ne", 10, 20.180, 8.08},
    {"Na", 11, 22.990, 6.33}, {"Mg", 12, 24.305, 7.58}, {"Al", 13, 26.982, 6.47}, {"Si", 14, 28.086, 7.55},
    {"P", 15, 30.974, 5.45},  {"S", 16, 32.06, 7.21},   {"Cl", 17, 35.45, 5.5},   {"Ar", 18, 39.948, 6.52},
    {"K", 19, 39.098, 5.12},  {"Ca", 20, 40.078, 6.36}, {"Ti", 22, 47.867, 5.02}, {"Cr", 24, 51.996, 5.67},
    {"Mn", 25, 54.938, 5.39}, {"Fe", 26, 55.845, 7.50}, {"Ni", 28, 58.693, 6.25},
}};

// Solar isotopic number ratios used to split C, N, O (Anders & Grevesse 1989, Table 3):
// 13C/C = 0.0111, 15N/N = 0.00366, 17O/O = 0.00038, 18O/O = 0.00200.
inline constexpr double kC13_number_fraction = 0.0111;
inline constexpr double kN15_number_fraction = 0.00366;
inline constexpr double kO17_number_fraction = 0.00038;
inline constexpr double kO18_number_fraction = 0.00200;

}  // namespace nuflash
