#include "dense_matter/massless_fermions.hpp"

#include <cmath>
#include <numbers>
#include <string>

#include "error.hpp"

namespace nuflash::dense {
namespace {
constexpr double pi2 = std::numbers::pi * std::numbers::pi;
}

MasslessGas massless_gas(double mu, double T, double g) {
  MasslessGas r;
  const double mu2 = mu * mu, T2 = T * T;
  r.P = g * (7 * pi2 * T2 * T2 / 360 + mu2 * T2 / 12 + mu2 * mu2 / (24 * pi2));
  r.n_net = g * (mu * T2 / 6 + mu2 * mu / (6 * pi2));
  r.s = g * (7 * pi2 * T2 * T / 90 + mu2 * T / 6);
  r.dn_dmu = g * (T2 / 6 + mu2 / (2 * pi2));
  r.dn_dT = g * mu * T / 3;
  r.ds_dmu = g * mu * T / 3;
  r.ds_dT = g * (7 * pi2 * T2 / 30 + mu2 / 6);
  return r;
}

double massless_mu(double n_net, double T, double g) {
  if (!(T > 0) || !(g > 0) || !std::isfinite(n_net))
    throw InputError("massless_mu: needs T > 0 and g > 0, got T = " + std::to_string(T) +
                     " MeV, g = " + std::to_string(g));
  // mu^3 + p mu - q = 0 with p = pi^2 T^2 > 0: mu = 2 sqrt(p/3) sinh(asinh(3q/(2p) sqrt(3/p)) / 3)
  const double p = pi2 * T * T;
  const double q = 6 * pi2 * n_net / g;
  const double a = 2 * std::sqrt(p / 3);
  return a * std::sinh(std::asinh(1.5 * q / p * std::sqrt(3 / p)) / 3);
}

}  // namespace nuflash::dense
