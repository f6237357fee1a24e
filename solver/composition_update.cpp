#include "composition_update.hpp"

#include <algorithm>
#include <cmath>
#include <exception>

#include "constants.hpp"

namespace nuflash::stellar {
namespace {

std::size_t z(int i) { return static_cast<std::size_t>(i); }

// A burn that fails over the whole interval is retried as kBurnPieces successive burns; if one of those
// fails, the failure is passed on.
constexpr int kBurnPieces = 8;
// Bound on the reported energy factor (a burn that releases more than the structure's rate predicts).
constexpr double kMaxFactor = 4.0;
// A cell holding hydrogen (above kNoHydrogenX) is burned at the latest once its pending energy reaches this
// fraction of the energy its hydrogen can release.
constexpr double kFuelFraction = 0.1;

// Energy released per gram of hydrogen burned to helium [erg/g]: (4 m(1H) - m(4He)) c^2 / (4 m(1H)) from the
// atomic masses, 6.3e18 erg/g (reaction neutrinos included; an upper bound, enough for a threshold).
double hydrogen_energy_erg_g() {
  return constants::c_cgs * constants::c_cgs * (1.0 - nuclide(Species::he4).M_u / (4.0 * nuclide(Species::h1).M_u));
}

// Pending energy [erg/g] at which a cell of composition X is burned: min_energy, or less where the cell's
// hydrogen cannot release much more than that (the inner edge of the burning shell, cells of the helium core
// with hydrogen left at 1e-9): without this such a cell collected time over millions of years while its
// fuel lasted ~1e3 yr, the structure took eps_nuc of hydrogen long gone, and the burn over the whole time
// failed.
double burn_threshold(const Composition& X, double min_energy) {
  const double XH = X[Species::h1];
  return XH > kNoHydrogenX ? std::min(min_energy, kFuelFraction * XH * hydrogen_energy_erg_g()) : min_energy;
}

BurnOutcome burn_at(const Microphysics& micro, const Composition& X0, double rho, double T, double t) {
  try {
    return micro.burn(make_state_unchecked(rho, T, X0, moments(X0)), rho, T, t);
  } catch (const std::exception&) {
    BurnOutcome out{X0, 0.0};
    for (int p = 0; p < kBurnPieces; ++p) {
      const BurnOutcome piece = micro.burn(make_state_unchecked(rho, T, out.comp, moments(out.comp)), rho, T, t / kBurnPieces);
      out.comp = piece.comp;
      out.energy_erg_g += piece.energy_erg_g;
    }
    return out;
  }
}

}  // namespace

double burn_cells(StellarModel& model, const std::vector<double>& eps_nuc, const Microphysics& micro, double dt_s,
                  double min_energy, std::vector<double>& pending_s, std::vector<double>& pending_erg,
                  double& energy_erg, std::vector<double>& factor) {
  double dX = 0;
  factor.assign(model.dm.size(), 1.0);
  for (int i = 0; i < model.cells(); ++i) {
    const auto k = z(i);
    const double eps = std::fabs(eps_nuc[k]);
    pending_s[k] += dt_s;
    pending_erg[k] += eps * dt_s;
    if (pending_erg[k] < burn_threshold(model.X[k], min_energy) || eps <= 0.0) continue;
    const double burn_time = std::min(pending_s[k], pending_erg[k] / eps);
    pending_s[k] = 0.0;
    pending_erg[k] = 0.0;
    const Composition& X0 = model.X[k];
    const double rho = std::exp(model.lnrho[k]), T = std::exp(model.lnT[k]);
    const BurnOutcome b = burn_at(micro, X0, rho, T, burn_time);
    energy_erg += model.dm[k] * b.energy_erg_g;
    factor[k] = std::clamp(b.energy_erg_g / (eps_nuc[k] * burn_time), 0.0, kMaxFactor);
    dX = std::max({dX, std::fabs(b.comp[Species::h1] - X0[Species::h1]), std::fabs(b.comp[Species::he4] - X0[Species::he4])});
    model.X[k] = b.comp;
  }
  return dX;
}

void mix_convective_regions(StellarModel& model, const std::vector<char>& convective_face) {
  const int n = model.cells();
  int i = 0;
  while (i < n) {
    int j = i;  // the region is cells i..j
    while (j + 1 < n && convective_face[z(j)]) ++j;
    bool uniform = true;
    for (int k = i + 1; k <= j && uniform; ++k) uniform = model.X[z(k)].X == model.X[z(i)].X;
    if (j > i && !uniform) {
      double mass = 0;
      Composition sum;
      for (int k = i; k <= j; ++k) {
        mass += model.dm[z(k)];
        for (int q = 0; q < kNumSpecies; ++q) sum.X[z(q)] += model.dm[z(k)] * model.X[z(k)].X[z(q)];
      }
      for (int q = 0; q < kNumSpecies; ++q) sum.X[z(q)] /= mass;
      for (int k = i; k <= j; ++k) model.X[z(k)] = sum;
    }
    i = j + 1;
  }
}

}  // namespace nuflash::stellar
