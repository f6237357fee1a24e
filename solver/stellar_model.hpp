// One stellar model on the Lagrangian mass grid.
// Cells are numbered from the centre (0) to the surface (n-1). Cell i holds the mass dm[i] between its
// inner face i-1 (the centre for i = 0) and its outer face i. Cell quantities: rho, T, composition.
// Face quantities: r and L at the outer face (face n-1 is the photosphere, tau = 2/3).
#pragma once

#include <vector>

#include "composition.hpp"

namespace nuflash::stellar {

struct StellarModel {
  std::vector<double> dm;        // cell mass [g]
  std::vector<double> lnr;       // ln radius of the outer face [cm]
  std::vector<double> L;         // luminosity through the outer face [erg s^-1]
  std::vector<double> lnrho;     // ln density of the cell [g cm^-3]
  std::vector<double> lnT;       // ln temperature of the cell [K]
  std::vector<Composition> X;    // mass fractions of the cell
  double age_s = 0;              // age since the zero-age main sequence [s]

  int cells() const { return static_cast<int>(dm.size()); }
  double mass_g() const;         // total mass (sum of dm)
  std::vector<double> face_mass() const;  // m at the outer face of each cell (running sum of dm)
  // Resizes every per-cell array to n.
  void resize(int n);
};

// Mass of a species in the model [g]: sum of X dm.
double species_mass(const StellarModel& m, Species s);

}  // namespace nuflash::stellar
