#include "plasmon_table.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <vector>

#include "error.hpp"
#include "plasmon_decay.hpp"

namespace nuflash::neutrino {

namespace {

constexpr double kX0 = -9.210340371976184;  // ln 1e-4
constexpr double kDx = 0.1;
constexpr int kNx = 155;                    // up to ln g = 6.19 (g = 490)
constexpr double kDy = 0.1;
constexpr int kNy = 39;                     // y = atanh v* up to 3.8

struct Table {
  // node values and the derivatives f_x, f_y, f_xy, row-major [ix * kNy + iy]
  std::vector<double> f, fx, fy, fxy;
};

Table build_table() {
  Table t;
  const int n = kNx * kNy;
  t.f.resize(n);
  t.fx.resize(n);
  t.fy.resize(n);
  t.fxy.resize(n);
  for (int ix = 0; ix < kNx; ++ix)
    for (int iy = 0; iy < kNy; ++iy) {
      const PlasmonIntegrals I = plasmon_integrals(std::exp(kX0 + ix * kDx), std::tanh(iy * kDy));
      t.f[ix * kNy + iy] = std::log(I.T_mu + 0.5 * I.L_mu);
    }
  // node slopes by fourth-order finite differences: central inside, one-sided at the ends of ln g, and
  // mirrored about y = 0 (the integrals are even in v*)
  auto slope = [](auto&& f, int i, int n, double h, bool even_at_zero) {
    if (i >= 2 && i <= n - 3) return (f(i - 2) - 8.0 * f(i - 1) + 8.0 * f(i + 1) - f(i + 2)) / (12.0 * h);
    if (even_at_zero && i < 2) {
      const int m1 = (i == 0) ? 1 : 0, m2 = (i == 0) ? 2 : 1;  // mirror images of i-1, i-2
      return (f(m2) - 8.0 * f(m1) + 8.0 * f(i + 1) - f(i + 2)) / (12.0 * h);
    }
    const double sgn = (i < 2) ? 1.0 : -1.0;
    const int j = (i < 2) ? i : n - 1 - i;  // distance from the end
    auto g = [&](int k) { return f(i < 2 ? k : n - 1 - k); };
    if (j == 0) return sgn * (-25.0 * g(0) + 48.0 * g(1) - 36.0 * g(2) + 16.0 * g(3) - 3.0 * g(4)) / (12.0 * h);
    return sgn * (-3.0 * g(0) - 10.0 * g(1) + 18.0 * g(2) - 6.0 * g(3) + g(4)) / (12.0 * h);
  };
  for (int ix = 0; ix < kNx; ++ix)
    for (int iy = 0; iy < kNy; ++iy)
      t.fx[ix * kNy + iy] = slope([&](int k) { return t.f[k * kNy + iy]; }, ix, kNx, kDx, false);
  for (int ix = 0; ix < kNx; ++ix)
    for (int iy = 0; iy < kNy; ++iy) {
      t.fy[ix * kNy + iy] = slope([&](int k) { return t.f[ix * kNy + k]; }, iy, kNy, kDy, true);
      t.fxy[ix * kNy + iy] = slope([&](int k) { return t.fx[ix * kNy + k]; }, iy, kNy, kDy, true);
    }
  return t;
}

const Table& table() {
  static const Table t = build_table();
  return t;
}

// cubic Hermite basis on [0, 1] and derivatives
struct Hermite {
  double h00, h10, h01, h11, d00, d10, d01, d11;
};
Hermite hermite(double u) {
  const double u2 = u * u, u3 = u2 * u;
  return {2 * u3 - 3 * u2 + 1, u3 - 2 * u2 + u, -2 * u3 + 3 * u2, u3 - u2,
          6 * u2 - 6 * u,      3 * u2 - 4 * u + 1, -6 * u2 + 6 * u, 3 * u2 - 2 * u};
}

// bicubic Hermite patch at grid cell (ix, iy), local (u, w) in [0, 1]^2: value, d/dx, d/dy, d2/dxdy
struct PatchValue {
  double f = 0, fx = 0, fy = 0, fxy = 0;
};
PatchValue patch(const Table& t, int ix, int iy, double u, double w) {
  const Hermite a = hermite(u), b = hermite(w);
  // per corner i: weights of the node value and of the node slope, and their x-derivatives
  const double vx[2] = {a.h00, a.h01}, sx[2] = {a.h10 * kDx, a.h11 * kDx};
  const double dvx[2] = {a.d00 / kDx, a.d01 / kDx}, dsx[2] = {a.d10, a.d11};
  const double vy[2] = {b.h00, b.h01}, sy[2] = {b.h10 * kDy, b.h11 * kDy};
  const double dvy[2] = {b.d00 / kDy, b.d01 / kDy}, dsy[2] = {b.d10, b.d11};
  PatchValue r;
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j) {
      const int k = (ix + i) * kNy + (iy + j);
      const double f = t.f[k], fx = t.fx[k], fy = t.fy[k], fxy = t.fxy[k];
      r.f += f * vx[i] * vy[j] + fx * sx[i] * vy[j] + fy * vx[i] * sy[j] + fxy * sx[i] * sy[j];
      r.fx += f * dvx[i] * vy[j] + fx * dsx[i] * vy[j] + fy * dvx[i] * sy[j] + fxy * dsx[i] * sy[j];
      r.fy += f * vx[i] * dvy[j] + fx * sx[i] * dvy[j] + fy * vx[i] * dsy[j] + fxy * sx[i] * dsy[j];
      r.fxy += f * dvx[i] * dvy[j] + fx * dsx[i] * dvy[j] + fy * dvx[i] * dsy[j] + fxy * dsx[i] * dsy[j];
    }
  return r;
}

}  // namespace

PlasmonTableValue plasmon_mu_table(double g, double v) {
  if (!(g > 0.0) || !std::isfinite(g) || !(v >= 0.0 && v < 1.0)) {
    std::ostringstream os;
    os << "plasmon_mu_table: g = " << g << ", v* = " << v << "; need g > 0 and 0 <= v* < 1";
    throw InputError(os.str());
  }
  const Table& t = table();
  const double x = std::log(g);
  const double ymax = (kNy - 1) * kDy;
  const bool yclamped = std::atanh(v) > ymax;
  const double y = yclamped ? ymax : std::atanh(v);
  int iy = std::min(static_cast<int>(y / kDy), kNy - 2);
  const double w = y / kDy - iy;

  const double xmax = kX0 + (kNx - 1) * kDx;
  const double xc = std::clamp(x, kX0, xmax);
  int ix = std::min(static_cast<int>((xc - kX0) / kDx), kNx - 2);
  const double u = (xc - kX0) / kDx - ix;
  const PatchValue p = patch(t, ix, iy, u, w);
  // outside the grid in ln g: linear continuation f + f_x (x - xc), and its y-derivative f_y + f_xy (x - xc)
  PlasmonTableValue r;
  r.ln_I = p.f + p.fx * (x - xc);
  r.dlnI_dlng = p.fx;
  const double dy = p.fy + p.fxy * (x - xc);
  r.dlnI_dv = yclamped ? 0.0 : dy / (1.0 - v * v);  // dy/dv = 1 / (1 - v^2)
  return r;
}

}  // namespace nuflash::neutrino
