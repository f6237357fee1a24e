#include "mass_loss.hpp"

#include <algorithm>
#include <cmath>

#include "constants.hpp"

namespace nuflash::stellar {

double reimers_mass_loss_rate(double eta, const StellarModel& model) {
  namespace c = constants;
  const double L = model.L.back() / c::Lsun_cgs;
  const double R = std::exp(model.lnr.back()) / c::Rsun_cm;
  const double M = model.mass_g() / c::Msun_g;
  return std::max(0.0, 4.0e-13 * eta * L * R / M) * c::Msun_g / c::year_s;
}

void remove_envelope_mass(StellarModel& model, double dM_g, double m_core_g) {
  if (!(dM_g > 0.0)) return;
  const double M = model.mass_g();
  const double m_cut = m_core_g + 0.5 * (M - m_core_g);
  double m_in = 0, outer = 0;
  std::size_t first = model.dm.size();
  for (std::size_t i = 0; i < model.dm.size(); ++i) {
    if (m_in >= m_cut && first == model.dm.size()) first = i;
    if (i >= first) outer += model.dm[i];
    m_in += model.dm[i];
  }
  if (!(outer > 0.0)) return;
  const double f = 1.0 - std::min(dM_g, 0.5 * outer) / outer;
  for (std::size_t i = first; i < model.dm.size(); ++i) model.dm[i] *= f;
}

}  // namespace nuflash::stellar
