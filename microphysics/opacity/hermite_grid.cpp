#include "hermite_grid.hpp"

#include <algorithm>
#include <cmath>

namespace nuflash {
namespace {

// Slope at x0 from its neighbours: the three-point (parabola) derivative on a non-uniform grid, one-sided
// when only one neighbour has a value, zero when none has.
double node_slope(double xm, double fm, bool has_m, double x0, double f0, double xp, double fp, bool has_p) {
  if (has_m && has_p) {
    const double hm = x0 - xm, hp = xp - x0;
    return (hm * (fp - f0) / hp + hp * (f0 - fm) / hm) / (hm + hp);
  }
  if (has_p) return (fp - f0) / (xp - x0);
  if (has_m) return (f0 - fm) / (x0 - xm);
  return 0.0;
}

double extrapolate(double x1, double f1, double x2, double f2, double x) {
  return f1 + (f2 - f1) * (x - x1) / (x2 - x1);
}

struct Basis {
  double H[2], D[2], dH[2], dD[2];  // value and slope bases at the two ends, and their t-derivatives
};

Basis hermite_basis(double t) {
  const double t2 = t * t, t3 = t2 * t;
  Basis b{};
  b.H[0] = 2 * t3 - 3 * t2 + 1;
  b.H[1] = -2 * t3 + 3 * t2;
  b.D[0] = t3 - 2 * t2 + t;
  b.D[1] = t3 - t2;
  b.dH[0] = 6 * t2 - 6 * t;
  b.dH[1] = -6 * t2 + 6 * t;
  b.dD[0] = 3 * t2 - 4 * t + 1;
  b.dD[1] = 3 * t2 - 2 * t;
  return b;
}

std::array<double, 3> quadratic_denominators(const double* x3) {
  return {1.0 / ((x3[0] - x3[1]) * (x3[0] - x3[2])), 1.0 / ((x3[1] - x3[0]) * (x3[1] - x3[2])),
          1.0 / ((x3[2] - x3[0]) * (x3[2] - x3[1]))};
}

void quadratic_weights(const double* x3, const std::array<double, 3>& inv, double x, double* w) {
  const double d0 = x - x3[0], d1 = x - x3[1], d2 = x - x3[2];
  w[0] = d1 * d2 * inv[0];
  w[1] = d0 * d2 * inv[1];
  w[2] = d0 * d1 * inv[2];
}

// Overlapping-quadratic weights on n nodes; inv_h and inv_q are the precomputed reciprocals (or null:
// computed here).
int overlap_weights(const double* nodes, int n, double x, int& first, double w[4], const double* inv_h,
                    const std::array<double, 3>* inv_q) {
  if (n == 1) {
    first = 0;
    w[0] = 1.0;
    return 1;
  }
  int k = 0;
  if (x >= nodes[n - 1]) {
    k = n - 2;
  } else if (x > nodes[0]) {
    k = static_cast<int>(std::upper_bound(nodes, nodes + n, x) - nodes) - 1;
  }
  auto ih = [&](int i) { return inv_h ? inv_h[i] : 1.0 / (nodes[i + 1] - nodes[i]); };
  auto iq = [&](int i) { return inv_q ? inv_q[i] : quadratic_denominators(nodes + i); };
  if (n == 2) {
    const double s = (x - nodes[0]) * ih(0);
    first = 0;
    w[0] = 1.0 - s;
    w[1] = s;
    return 2;
  }
  const bool left = k >= 1, right = k + 2 < n;
  if (left && right) {
    const double s = (x - nodes[k]) * ih(k);
    double ql[3], qr[3];
    quadratic_weights(nodes + k - 1, iq(k - 1), x, ql);
    quadratic_weights(nodes + k, iq(k), x, qr);
    first = k - 1;
    w[0] = (1 - s) * ql[0];
    w[1] = (1 - s) * ql[1] + s * qr[0];
    w[2] = (1 - s) * ql[2] + s * qr[1];
    w[3] = s * qr[2];
    return 4;
  }
  first = left ? k - 1 : k;
  quadratic_weights(nodes + first, iq(first), x, w);
  return 3;
}

}  // namespace

int GridAxis::cell(double x) const {
  if (!(x >= v.front() && x <= v.back())) return -1;
  const auto it = std::upper_bound(v.begin(), v.end(), x);
  const int i = static_cast<int>(it - v.begin()) - 1;
  return std::min(i, size() - 2);
}

HermiteTable make_hermite_table(const GridAxis& x, const GridAxis& y, std::vector<double> f) {
  const int nx = x.size(), ny = y.size();
  auto at = [ny](int i, int j) { return static_cast<std::size_t>(i) * ny + j; };
  std::vector<NodeKind> kind(f.size());
  for (std::size_t k = 0; k < f.size(); ++k) kind[k] = std::isnan(f[k]) ? NodeKind::hole : NodeKind::trusted;

  auto near_trusted = [&](int i, int j) {
    for (int di = -1; di <= 1; ++di) {
      for (int dj = -1; dj <= 1; ++dj) {
        const int a = i + di, b = j + dj;
        if (a >= 0 && a < nx && b >= 0 && b < ny && kind[at(a, b)] == NodeKind::trusted) return true;
      }
    }
    return false;
  };
  // One fill pass on a snapshot: each hole next to trusted data takes the mean of the linear
  // extrapolations from the two nearest usable nodes on either side along y, or else along x.
  auto fill_pass = [&](NodeKind min_kind) {
    const auto f0 = f;
    const auto k0 = kind;
    auto ok = [&](int i, int j) {
      return i >= 0 && i < nx && j >= 0 && j < ny && k0[at(i, j)] >= min_kind;
    };
    for (int i = 0; i < nx; ++i) {
      for (int j = 0; j < ny; ++j) {
        if (k0[at(i, j)] != NodeKind::hole || !near_trusted(i, j)) continue;
        double sum = 0;
        int n = 0;
        if (ok(i, j - 1) && ok(i, j - 2)) sum += extrapolate(y.v[j - 1], f0[at(i, j - 1)], y.v[j - 2], f0[at(i, j - 2)], y.v[j]), ++n;
        if (ok(i, j + 1) && ok(i, j + 2)) sum += extrapolate(y.v[j + 1], f0[at(i, j + 1)], y.v[j + 2], f0[at(i, j + 2)], y.v[j]), ++n;
        if (n == 0) {
          if (ok(i - 1, j) && ok(i - 2, j)) sum += extrapolate(x.v[i - 1], f0[at(i - 1, j)], x.v[i - 2], f0[at(i - 2, j)], x.v[i]), ++n;
          if (ok(i + 1, j) && ok(i + 2, j)) sum += extrapolate(x.v[i + 1], f0[at(i + 1, j)], x.v[i + 2], f0[at(i + 2, j)], x.v[i]), ++n;
        }
        if (n > 0) {
          f[at(i, j)] = sum / n;
          kind[at(i, j)] = NodeKind::filled;
        }
      }
    }
  };
  fill_pass(NodeKind::trusted);
  fill_pass(NodeKind::filled);
  fill_pass(NodeKind::filled);

  // A trusted corner of a cell that cannot be evaluated would make the trust jump at the cell edge.
  for (int i = 0; i + 1 < nx; ++i) {
    for (int j = 0; j + 1 < ny; ++j) {
      const std::size_t c[4] = {at(i, j), at(i, j + 1), at(i + 1, j), at(i + 1, j + 1)};
      if (std::none_of(c, c + 4, [&](std::size_t k) { return kind[k] == NodeKind::hole; })) continue;
      for (std::size_t k : c) {
        if (kind[k] == NodeKind::trusted) kind[k] = NodeKind::filled;
      }
    }
  }

  HermiteTable table;
  table.node.resize(f.size());
  auto has = [&](int i, int j) { return i >= 0 && i < nx && j >= 0 && j < ny && kind[at(i, j)] != NodeKind::hole; };
  auto val = [&](int i, int j) { return has(i, j) ? f[at(i, j)] : 0.0; };
  for (int i = 0; i < nx; ++i) {
    for (int j = 0; j < ny; ++j) {
      if (!has(i, j)) continue;
      auto& n = table.node[at(i, j)];
      n.f = f[at(i, j)];
      n.fx = node_slope(i > 0 ? x.v[i - 1] : 0, val(i - 1, j), has(i - 1, j), x.v[i], n.f,
                        i + 1 < nx ? x.v[i + 1] : 0, val(i + 1, j), has(i + 1, j));
      n.fy = node_slope(j > 0 ? y.v[j - 1] : 0, val(i, j - 1), has(i, j - 1), y.v[j], n.f,
                        j + 1 < ny ? y.v[j + 1] : 0, val(i, j + 1), has(i, j + 1));
    }
  }
  for (int i = 0; i < nx; ++i) {
    for (int j = 0; j < ny; ++j) {
      if (!has(i, j)) continue;
      auto fy = [&](int a) { return has(a, j) ? table.node[at(a, j)].fy : 0.0; };
      table.node[at(i, j)].fxy = node_slope(i > 0 ? x.v[i - 1] : 0, fy(i - 1), has(i - 1, j), x.v[i], fy(i),
                                            i + 1 < nx ? x.v[i + 1] : 0, fy(i + 1), has(i + 1, j));
    }
  }
  for (std::size_t k = 0; k < f.size(); ++k) {
    if (kind[k] == NodeKind::hole) table.node[k].f = std::nan("");
    table.node[k].trust = kind[k] == NodeKind::trusted ? 1.0 : 0.0;
  }
  table.kind = std::move(kind);
  return table;
}

CellPoint locate(const GridAxis& x, const GridAxis& y, double xv, double yv) {
  CellPoint p;
  const int i = x.cell(xv), j = y.cell(yv);
  if (i < 0 || j < 0) return p;
  p.i = i;
  p.j = j;
  p.hx = x.v[i + 1] - x.v[i];
  p.hy = y.v[j + 1] - y.v[j];
  p.t = (xv - x.v[i]) / p.hx;
  p.u = (yv - y.v[j]) / p.hy;
  return p;
}

void accumulate(CellPatch& patch, const HermiteTable& table, int ny, const CellPoint& p, double w) {
  const HermiteNode* n = &table.node[static_cast<std::size_t>(p.i) * ny + p.j];
  const HermiteNode* corner[4] = {n, n + 1, n + ny, n + ny + 1};
  for (int c = 0; c < 4; ++c) {
    patch.c[c].f += w * corner[c]->f;
    patch.c[c].fx += w * corner[c]->fx;
    patch.c[c].fy += w * corner[c]->fy;
    patch.c[c].fxy += w * corner[c]->fxy;
    patch.trust[c] = std::min(patch.trust[c], corner[c]->trust);
  }
}

bool CellPatch::hole() const {
  return std::isnan(c[0].f) || std::isnan(c[1].f) || std::isnan(c[2].f) || std::isnan(c[3].f);
}

Value2D evaluate(const CellPatch& patch, const CellPoint& p) {
  const Basis bt = hermite_basis(p.t), bu = hermite_basis(p.u);
  Value2D r;
  for (int a = 0; a < 2; ++a) {
    for (int b = 0; b < 2; ++b) {
      const HermiteNode& n = patch.c[2 * a + b];
      const double gx = n.fx * p.hx, gy = n.fy * p.hy, gxy = n.fxy * p.hx * p.hy;
      r.f += bt.H[a] * (bu.H[b] * n.f + bu.D[b] * gy) + bt.D[a] * (bu.H[b] * gx + bu.D[b] * gxy);
      r.fx += bt.dH[a] * (bu.H[b] * n.f + bu.D[b] * gy) + bt.dD[a] * (bu.H[b] * gx + bu.D[b] * gxy);
      r.fy += bt.H[a] * (bu.dH[b] * n.f + bu.dD[b] * gy) + bt.D[a] * (bu.dH[b] * gx + bu.dD[b] * gxy);
      r.fxy += bt.dH[a] * (bu.dH[b] * n.f + bu.dD[b] * gy) + bt.dD[a] * (bu.dH[b] * gx + bu.dD[b] * gxy);
    }
  }
  r.fx /= p.hx;
  r.fy /= p.hy;
  r.fxy /= p.hx * p.hy;
  return r;
}

Value2D evaluate_trust(const CellPatch& patch, const CellPoint& p) {
  const Basis bt = hermite_basis(p.t), bu = hermite_basis(p.u);
  Value2D r;
  for (int a = 0; a < 2; ++a) {
    for (int b = 0; b < 2; ++b) {
      const double v = patch.trust[2 * a + b];
      r.f += bt.H[a] * bu.H[b] * v;
      r.fx += bt.dH[a] * bu.H[b] * v;
      r.fy += bt.H[a] * bu.dH[b] * v;
    }
  }
  r.fx /= p.hx;
  r.fy /= p.hy;
  return r;
}

int overlap_quadratic_weights(std::span<const double> nodes, double x, int& first, double w[4]) {
  return overlap_weights(nodes.data(), static_cast<int>(nodes.size()), x, first, w, nullptr, nullptr);
}

QuadraticAxis::QuadraticAxis(std::vector<double> nodes) : x(std::move(nodes)) {
  for (std::size_t k = 0; k + 1 < x.size(); ++k) inv_h.push_back(1.0 / (x[k + 1] - x[k]));
  for (std::size_t k = 0; k + 2 < x.size(); ++k) inv_q.push_back(quadratic_denominators(&x[k]));
}

int QuadraticAxis::weights(double v, int& first, double w[4]) const {
  return overlap_weights(x.data(), static_cast<int>(x.size()), v, first, w, inv_h.data(), inv_q.data());
}

}  // namespace nuflash
