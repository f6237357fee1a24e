// Table of the Helmholtz free energy density F(n, T) of the electron-positron gas (n = n(e-) - n(e+)),
// built by the code at first use from the Fermi-Dirac quadrature and interpolated by biquintic Hermite
// polynomials in (n, T), as in Timmes & Swesty (2000, ApJS 126, 501). The nodes store F and its
// derivatives up to d^4 F / dn^2 dT^2, computed from the pressure derivatives d^(i+j) P / dmu^i dT^j
// (pressure_derivatives) through the Legendre transform F = mu n - P. Every thermodynamic quantity
// is a derivative of the one interpolant, so the table is thermodynamically consistent by construction
// and its second derivatives are continuous across cells.
//
// Grid: log10 n = 7 ... 34, log10 T = 3 ... 10, 20 nodes per decade. Cells touching nodes with
// eta > 1e3 are not used: there the highest derivatives lose precision to cancellation (~1e-16 eta^3)
// and the caller falls back to the quadrature.
#pragma once

#include <optional>

#include "eos/electron_positron_gas.hpp"

namespace nuflash {

// The pair gas at net electron density n_cgs and temperature T_K from the table, in the same form as
// electron_positron_gas() (partials in mu and T). Nothing if (n, T) is outside the table.
std::optional<ElectronPositronGas> electron_gas_from_table(double n_cgs, double T_K);

}  // namespace nuflash
