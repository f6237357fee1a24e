#include "stellar_model.hpp"

namespace nuflash::stellar {

double StellarModel::mass_g() const {
  double s = 0;
  for (double d : dm) s += d;
  return s;
}

std::vector<double> StellarModel::face_mass() const {
  std::vector<double> m(dm.size());
  double s = 0;
  for (std::size_t i = 0; i < dm.size(); ++i) {
    s += dm[i];
    m[i] = s;
  }
  return m;
}

void StellarModel::resize(int n) {
  const auto k = static_cast<std::size_t>(n);
  dm.resize(k);
  lnr.resize(k);
  L.resize(k);
  lnrho.resize(k);
  lnT.resize(k);
  X.resize(k);
}

double species_mass(const StellarModel& m, Species s) {
  double sum = 0;
  for (int i = 0; i < m.cells(); ++i) sum += m.X[static_cast<std::size_t>(i)][s] * m.dm[static_cast<std::size_t>(i)];
  return sum;
}

}  // namespace nuflash::stellar
