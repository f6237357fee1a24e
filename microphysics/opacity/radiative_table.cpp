#include "radiative_table.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace nuflash {
namespace {

constexpr double kZetaOffset = 0.001;
constexpr int kMaxRows = 16;

double zeta_of(double Z) { return std::log10(Z + kZetaOffset); }

GridAxis padded(const std::vector<double>& v) {
  GridAxis a;
  a.v.reserve(v.size() + 2);
  a.v.push_back(v.front() - (v[1] - v[0]));
  a.v.insert(a.v.end(), v.begin(), v.end());
  a.v.push_back(v.back() + (v.back() - v[v.size() - 2]));
  return a;
}

}  // namespace

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
  auto make_row = [](double X, bool hf, std::vector<std::pair<double, int>> zs) {
    std::sort(zs.begin(), zs.end());
    RadiativeTableSet::Row row;
    row.X = X;
    row.helium_free = hf;
    for (const auto& [Z, index] : zs) {
      row.zeta.push_back(zeta_of(Z));
      row.table.push_back(index);
    }
    return row;
  };
  for (auto& [X, zs] : by_X) set.rows.push_back(make_row(X, false, std::move(zs)));
  if (!helium_free.empty()) set.rows.push_back(make_row(1.0, true, std::move(helium_free)));
  return set;
}

TableValue evaluate(const RadiativeTableSet& set, double X, double Z, double logT, double logR) {
  TableValue out;
  if (!(Z >= 0.0 && Z <= set.Z_max + 1e-12)) return out;
  const CellPoint p = locate(set.logT, set.logR, logT, logR);
  if (!p.inside()) return out;

  // The rows that tabulate this Z, in ascending X (the helium-free row sits at X = 1 - Z).
  const double zeta = zeta_of(Z);
  double xs[kMaxRows];
  const RadiativeTableSet::Row* rows[kMaxRows];
  int n = 0;
  for (const auto& row : set.rows) {
    if (n == kMaxRows || zeta > row.zeta.back() + 1e-12) continue;
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
  for (int a = 0; a < kx; ++a) {
    const auto& row = *rows[fx + a];
    int fz = 0;
    double wz[4];
    const int kz = overlap_quadratic_weights(row.zeta, zeta, fz, wz);
    for (int b = 0; b < kz; ++b) accumulate(patch, set.tables[row.table[fz + b]], ny, p, wx[a] * wz[b]);
  }
  if (patch.hole) return out;
  out.usable = true;
  out.log_kappa = nuflash::evaluate(patch, p);
  out.trust = evaluate_trust(patch, p);
  return out;
}

}  // namespace nuflash
