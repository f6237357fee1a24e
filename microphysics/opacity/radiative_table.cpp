#include "radiative_table.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "error.hpp"

namespace nuflash {
namespace {

constexpr double kZetaOffset = 0.001;  // see table_zeta
constexpr std::size_t kMaxRows = 16;
constexpr std::size_t kMaxZetaAxes = 8;


GridAxis padded(const std::vector<double>& v) {
  GridAxis a;
  a.v.reserve(v.size() + 2);
  a.v.push_back(v.front() - (v[1] - v[0]));
  a.v.insert(a.v.end(), v.begin(), v.end());
  a.v.push_back(v.back() + (v.back() - v[v.size() - 2]));
  return a;
}

}  // namespace

double table_zeta(double Z) { return std::log10(Z + kZetaOffset); }

RadiativeTableSet make_radiative_table_set(const std::vector<double>& logT, const std::vector<double>& logR,
                                           const std::vector<RawOpacityTable>& raw) {
  RadiativeTableSet set;
  set.logT = padded(logT);
  set.logR = padded(logR);
  const int nT = static_cast<int>(logT.size()), nR = static_cast<int>(logR.size());
  const int pR = nR + 2;
  std::map<double, std::vector<std::pair<double, int>>> by_X;
  std::vector<std::pair<double, int>> helium_free;
  for (const auto& t : raw) {
    std::vector<double> v(static_cast<std::size_t>(nT + 2) * pR, std::nan(""));
    for (int i = 0; i < nT; ++i) {
      for (int j = 0; j < nR; ++j) v[static_cast<std::size_t>(i + 1) * pR + j + 1] = t.log_kappa[i * nR + j];
    }
    const int index = static_cast<int>(set.tables.size());
    set.tables.push_back(make_hermite_table(set.logT, set.logR, std::move(v)));
    set.Z_max = std::max(set.Z_max, t.Z);
    if (std::abs(t.X + t.Z - 1.0) < 1e-6) {
      helium_free.emplace_back(t.Z, index);
    } else {
      by_X[t.X].emplace_back(t.Z, index);
    }
  }
  auto make_row = [&set](double X, bool hf, std::vector<std::pair<double, int>> zs) {
    std::sort(zs.begin(), zs.end());
    RadiativeTableSet::Row row;
    row.X = X;
    row.helium_free = hf;
    std::vector<double> zeta;
    for (const auto& [Z, index] : zs) {
      zeta.push_back(table_zeta(Z));
      row.table.push_back(index);
    }
    const auto same = std::find_if(set.zeta_axes.begin(), set.zeta_axes.end(),
                                   [&](const QuadraticAxis& a) { return a.x == zeta; });
    row.zeta_axis = static_cast<int>(same - set.zeta_axes.begin());
    if (same == set.zeta_axes.end()) set.zeta_axes.emplace_back(zeta);
    row.zeta_max = zeta.back();
    return row;
  };
  for (auto& [X, zs] : by_X) set.rows.push_back(make_row(X, false, std::move(zs)));
  if (!helium_free.empty()) set.rows.push_back(make_row(1.0, true, std::move(helium_free)));
  if (set.zeta_axes.size() > kMaxZetaAxes || set.rows.size() > kMaxRows) {
    throw InputError("opacity tables: " + std::to_string(set.rows.size()) + " rows of constant X with " +
                     std::to_string(set.zeta_axes.size()) + " different Z grids; at most " +
                     std::to_string(kMaxRows) + " and " + std::to_string(kMaxZetaAxes) + " are supported");
  }
  return set;
}

TableValue evaluate(const RadiativeTableSet& set, double X, double Z, double zeta, double logT, double logR) {
  TableValue out;
  if (!(Z >= 0.0 && Z <= set.Z_max + 1e-12)) return out;
  const CellPoint p = locate(set.logT, set.logR, logT, logR);
  if (!p.inside()) return out;

  // The rows that tabulate this Z, in ascending X (the helium-free row sits at X = 1 - Z).
  double xs[kMaxRows];
  const RadiativeTableSet::Row* rows[kMaxRows];
  int n = 0;
  for (const auto& row : set.rows) {
    if (zeta > row.zeta_max + 1e-12) continue;
    const double x_row = row.helium_free ? 1.0 - Z : row.X;
    while (n > 0 && xs[n - 1] >= x_row - 1e-9) --n;
    xs[n] = x_row;
    rows[n++] = &row;
  }
  if (n == 0) return out;

  CellPatch patch;
  const int ny = set.logR.size();
  int fx = 0;
  double wx[4];
  const int kx = overlap_quadratic_weights(std::span<const double>(xs, n), X, fx, wx);
  // Z weights, once per distinct Z grid.
  int fz[kMaxZetaAxes], kz[kMaxZetaAxes] = {};
  double wz[kMaxZetaAxes][4];
  for (int a = 0; a < kx; ++a) {
    const auto& row = *rows[fx + a];
    const int g = row.zeta_axis;
    if (kz[g] == 0) kz[g] = set.zeta_axes[g].weights(zeta, fz[g], wz[g]);
    for (int b = 0; b < kz[g]; ++b) accumulate(patch, set.tables[row.table[fz[g] + b]], ny, p, wx[a] * wz[g][b]);
  }
  if (patch.hole()) return out;
  out.usable = true;
  out.log_kappa = nuflash::evaluate(patch, p);
  out.trust = evaluate_trust(patch, p);
  return out;
}

}  // namespace nuflash
