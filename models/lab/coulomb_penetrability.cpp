#include "coulomb_penetrability.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <string>

#include "error.hpp"

namespace nuflash::lab {

ShiftPenetrability coulomb_shift_penetrability(int l, double eta, double rho) {
  if (!(l >= 0 && eta >= 0.0 && rho > 0.0))
    throw InputError("Coulomb penetrability: need l >= 0, eta >= 0, rho > 0 (got l = " + std::to_string(l) +
                     ", eta = " + std::to_string(eta) + ", rho = " + std::to_string(rho) + ")");
  using cplx = std::complex<double>;
  const double ll = l * (l + 1.0);
  auto V = [&](double r) { return ll / (r * r) + 2.0 * eta / r - 1.0; };
  auto rhs = [&](double r, cplx y) { return V(r) - y * y; };
  // Start far outside the turning point eta + sqrt(eta^2 + l(l+1)), where the second-order WKB
  // corrections (~ eta / r^3) are below 1e-5.
  const double r_max = std::max({60.0, 10.0 * eta + 10.0 * std::sqrt(ll), 2.0 * rho});
  const double q = std::sqrt(-V(r_max));
  const double dV = -2.0 * ll / (r_max * r_max * r_max) - 2.0 * eta / (r_max * r_max);
  const double dq = -dV / (2.0 * q);
  cplx y(-dq / (2.0 * q), q);  // outgoing WKB: H ~ q^(-1/2) exp(i int q)
  double r = r_max;
  while (r - rho > 1e-12 * rho) {
    const double h = -std::min({0.05, 0.01 * r, r - rho});
    const cplx k1 = rhs(r, y);
    const cplx k2 = rhs(r + 0.5 * h, y + 0.5 * h * k1);
    const cplx k3 = rhs(r + 0.5 * h, y + 0.5 * h * k2);
    const cplx k4 = rhs(r + h, y + h * k3);
    y += h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
    r += h;
  }
  const cplx L = rho * y;
  return {L.real(), L.imag()};
}

}  // namespace nuflash::lab
