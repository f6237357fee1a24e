#include "remesh.hpp"

#include <algorithm>
#include <cmath>

#include "constants.hpp"

namespace nuflash::stellar {
namespace {

std::size_t z(int i) { return static_cast<std::size_t>(i); }

double minmod(double a, double b) {
  if (a * b <= 0.0) return 0.0;
  return std::fabs(a) < std::fabs(b) ? a : b;
}

struct Builder {
  StellarModel out;
  std::vector<std::vector<double>> carried;
  explicit Builder(std::size_t n_carried) : carried(n_carried) {}
  void push(double dm, double lnr, double L, double lnrho, double lnT, const Composition& X,
            const std::vector<double>& extra) {
    out.dm.push_back(dm);
    out.lnr.push_back(lnr);
    out.L.push_back(L);
    out.lnrho.push_back(lnrho);
    out.lnT.push_back(lnT);
    out.X.push_back(X);
    for (std::size_t k = 0; k < carried.size(); ++k) carried[k].push_back(extra[k]);
  }
};

}  // namespace

RemeshResult remesh(StellarModel& model, const std::vector<double>& lnP, double kappa_surface,
                    const MeshSettings& s, const std::vector<std::vector<double>*>& carried) {
  const int n = model.cells();
  const double M = model.mass_g();
  double Lscale = 0;
  for (double L : model.L) Lscale = std::max(Lscale, std::fabs(L));
  const auto& dm = model.dm;
  auto Xh = [&](int i) { return model.X[z(i)][Species::h1]; };
  auto Xhe = [&](int i) { return model.X[z(i)][Species::he4]; };
  auto L_in = [&](int i) { return i > 0 ? model.L[z(i - 1)] : 0.0; };
  const double R = std::exp(model.lnr[z(n - 1)]);
  auto surface_dtau = [&](double dm_outer) {
    return kappa_surface * dm_outer / (4.0 * constants::pi * R * R);
  };

  // Differences across face i relative to their limits: smooth quantities and composition. The ln P limit
  // is that of the inner cell's layer (MeshSettings::outer_T_K).
  const double lnT_outer = std::log(s.outer_T_K);
  auto dlnP_limit = [&](int i) { return model.lnT[z(i)] < lnT_outer ? s.max_dlnP : s.max_dlnP_deep; };
  auto face_smooth = [&](int i) {
    return std::max(std::fabs(lnP[z(i + 1)] - lnP[z(i)]) / dlnP_limit(i),
                    std::fabs(model.lnT[z(i + 1)] - model.lnT[z(i)]) / s.max_dlnT);
  };
  auto face_comp = [&](int i) {
    return std::max(std::fabs(Xh(i + 1) - Xh(i)), std::fabs(Xhe(i + 1) - Xhe(i))) / s.max_dX;
  };
  auto cell_L = [&](int i) { return Lscale > 0.0 ? std::fabs(model.L[z(i)] - L_in(i)) / (s.max_dL * Lscale) : 0.0; };

  std::vector<char> split(z(n), 0);
  for (int i = 0; i + 1 < n; ++i) {
    const int big = dm[z(i)] >= dm[z(i + 1)] ? i : i + 1;
    if (face_smooth(i) > 1.0 && dm[z(big)] > 2.0 * s.min_dq * M) split[z(big)] = 1;
    if (face_comp(i) > 1.0 && dm[z(big)] > 2.0 * s.min_dq_composition * M) split[z(big)] = 1;
  }
  for (int i = 0; i < n; ++i) {
    const double d = dm[z(i)];
    if (d > s.max_dq * M) split[z(i)] = 1;
    if (i == 0 && d > s.max_dq_centre * M) split[z(i)] = 1;
    if (cell_L(i) > 1.0 && d > 2.0 * s.min_dq * M) split[z(i)] = 1;
    if ((i > 0 && d > s.max_mass_ratio * dm[z(i - 1)]) || (i + 1 < n && d > s.max_mass_ratio * dm[z(i + 1)]))
      split[z(i)] = 1;
  }
  if (surface_dtau(dm[z(n - 1)]) > s.max_surface_dtau && dm[z(n - 1)] > 2.0 * s.min_dq * M) split[z(n - 1)] = 1;
  int n_split = 0;
  for (char f : split) n_split += f;
  if (n + n_split > s.max_cells) std::fill(split.begin(), split.end(), 0);

  const double f = s.merge_fraction;
  auto can_merge = [&](int i) {
    const int j = i + 1;
    if (j >= n || split[z(i)] || split[z(j)]) return false;
    const double d = dm[z(i)] + dm[z(j)];
    if (d > 0.9 * s.max_dq * M) return false;
    if (i == 0 && d > s.max_dq_centre * M) return false;
    const double ratio_cap = s.max_mass_ratio / 1.2;
    if (i > 0 && d > ratio_cap * dm[z(i - 1)]) return false;
    if (j + 1 < n && d > ratio_cap * dm[z(j + 1)]) return false;
    // The merged cell (mass-weighted values) against its neighbours, and the jump it hides.
    const double wi = dm[z(i)] / d, wj = dm[z(j)] / d;
    const double lnP_m = wi * lnP[z(i)] + wj * lnP[z(j)], lnT_m = wi * model.lnT[z(i)] + wj * model.lnT[z(j)];
    const double Xh_m = wi * Xh(i) + wj * Xh(j), Xhe_m = wi * Xhe(i) + wj * Xhe(j);
    auto too_far = [&](int k) {
      return std::fabs(lnP[z(k)] - lnP_m) > f * dlnP_limit(k) || std::fabs(model.lnT[z(k)] - lnT_m) > f * s.max_dlnT ||
             std::fabs(Xh(k) - Xh_m) > f * s.max_dX || std::fabs(Xhe(k) - Xhe_m) > f * s.max_dX;
    };
    if ((i > 0 && too_far(i - 1)) || (j + 1 < n && too_far(j + 1))) return false;
    if (face_smooth(i) > f || face_comp(i) > f) return false;
    if (Lscale > 0.0 && std::fabs(model.L[z(j)] - L_in(i)) > f * s.max_dL * Lscale) return false;
    if (j == n - 1 && surface_dtau(d) > f * s.max_surface_dtau) return false;
    return true;
  };

  const std::size_t nc = carried.size();
  Builder b(nc);
  std::vector<double> extra(nc);
  RemeshResult res;
  for (int i = 0; i < n; ++i) {
    const auto k = z(i);
    if (split[k]) {
      const double d = dm[k];
      auto slope = [&](const std::vector<double>& v) {
        const double left = i > 0 ? (v[k] - v[k - 1]) / (0.5 * (dm[k - 1] + d)) : 0.0;
        if (i + 1 == n) return left;
        const double right = (v[k + 1] - v[k]) / (0.5 * (d + dm[k + 1]));
        return i > 0 ? minmod(left, right) : 0.0;
      };
      const double sT = slope(model.lnT);
      double sR = slope(model.lnrho);
      const double rho = std::exp(model.lnrho[k]);
      double va = 1.0 / (rho * std::exp(-sR * d / 4.0));
      double vb = 2.0 / rho - va;
      if (!(vb > 0.25 * va)) {
        sR = 0.0;
        va = vb = 1.0 / rho;
      }
      const double r_in = i > 0 ? std::exp(model.lnr[k - 1]) : 0.0;
      const double r_mid = std::cbrt(r_in * r_in * r_in + 3.0 / (4.0 * constants::pi) * 0.5 * d * va);
      for (std::size_t c = 0; c < nc; ++c) extra[c] = (*carried[c])[k];
      b.push(0.5 * d, std::log(r_mid), 0.5 * (L_in(i) + model.L[k]), -std::log(va), model.lnT[k] - sT * d / 4.0,
             model.X[k], extra);
      b.push(0.5 * d, model.lnr[k], model.L[k], -std::log(vb), model.lnT[k] + sT * d / 4.0, model.X[k], extra);
      res.remapped.insert(res.remapped.end(), 2, 1);
      res.source.insert(res.source.end(), 2, -1);
      ++res.splits;
    } else if (can_merge(i)) {
      const auto j = k + 1;
      const double d = dm[k] + dm[j];
      const double wa = dm[k] / d, wb = dm[j] / d;
      const double v = wa * std::exp(-model.lnrho[k]) + wb * std::exp(-model.lnrho[j]);
      const double T = wa * std::exp(model.lnT[k]) + wb * std::exp(model.lnT[j]);
      Composition X;
      for (int q = 0; q < kNumSpecies; ++q)
        X.X[z(q)] = (dm[k] * model.X[k].X[z(q)] + dm[j] * model.X[j].X[z(q)]) / d;
      for (std::size_t c = 0; c < nc; ++c) extra[c] = wa * (*carried[c])[k] + wb * (*carried[c])[j];
      b.push(d, model.lnr[j], model.L[j], -std::log(v), std::log(T), X, extra);
      res.remapped.push_back(1);
      res.source.push_back(-1);
      ++res.merges;
      ++i;
    } else {
      for (std::size_t c = 0; c < nc; ++c) extra[c] = (*carried[c])[k];
      b.push(dm[k], model.lnr[k], model.L[k], model.lnrho[k], model.lnT[k], model.X[k], extra);
      res.remapped.push_back(0);
      res.source.push_back(i);
    }
  }
  b.out.age_s = model.age_s;
  model = std::move(b.out);
  for (std::size_t c = 0; c < nc; ++c) *carried[c] = std::move(b.carried[c]);
  return res;
}

}  // namespace nuflash::stellar
