// A family of Rosseland-mean opacity tables log10 kappa(log T, log R), R = rho / T6^3, on one grid, given
// for a set of compositions (X, Z): the OPAL or the Ferguson set. Interpolation is bicubic Hermite in
// (log T, log R) (hermite_grid.hpp) and overlapping-quadratic in Z and then in X (at fixed Z the tables
// form rows of constant X, plus the helium-free row X = 1 - Z). Z is interpolated in
// zeta = log10(Z + 0.001), which spreads the metal-poor tables (Z = 0 ... 0.004) evenly.
#pragma once

#include <vector>

#include "hermite_grid.hpp"

namespace nuflash {

// One table as read from a file: log10 kappa on the (log T ascending) x (log R ascending) grid,
// index iT * nR + jR, NaN where the table has no entry.
struct RawOpacityTable {
  double X = 0, Z = 0;
  std::vector<double> log_kappa;
};

struct RadiativeTableSet {
  GridAxis logT, logR;  // the file grid padded by one extrapolated node on every side
  std::vector<HermiteTable> tables;
  struct Row {
    double X = 0;              // hydrogen fraction of the row (unused for the helium-free row)
    bool helium_free = false;  // X = 1 - Z
    int zeta_axis = 0;         // index into `zeta_axes`: log10(Z + 0.001) of the tables, ascending
    double zeta_max = 0;       // its last node
    std::vector<int> table;    // index into `tables`
  };
  std::vector<Row> rows;  // constant-X rows in ascending X, then the helium-free row
  std::vector<QuadraticAxis> zeta_axes;  // the distinct Z grids of the rows
  double Z_max = 0;       // largest Z of any table
};

// Builds the set from the file grid (ascending) and the raw tables; rows are formed from the tables' X
// and Z. Tables with |X + Z - 1| < 1e-6 form the helium-free row.
RadiativeTableSet make_radiative_table_set(const std::vector<double>& logT, const std::vector<double>& logR,
                                           const std::vector<RawOpacityTable>& raw);

// log10 kappa and its trust (1 inside the tabulated data, 0 outside, C1 in between; see hermite_grid.hpp)
// with their derivatives with respect to log T (at fixed log R) and log R. `usable` is false where the
// set cannot be evaluated (off the padded grid, a cell with a hole, Z outside the tables); the trust is
// then 0.
struct TableValue {
  bool usable = false;
  Value2D log_kappa;  // f, fx = d/dlogT, fy = d/dlogR
  Value2D trust;
};

// zeta = table_zeta(Z) is passed in so that it is computed once for both sets.
TableValue evaluate(const RadiativeTableSet& set, double X, double Z, double zeta, double logT, double logR);

double table_zeta(double Z);  // log10(Z + 0.001)

}  // namespace nuflash
