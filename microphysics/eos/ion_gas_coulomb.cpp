#include "eos/ion_gas_coulomb.hpp"

#include <cmath>

#include "constants.hpp"

namespace nuflash {
namespace {

namespace c = constants;

constexpr double kLogTOff = 4.0;  // Coulomb switched off below 1e4 K
constexpr double kLogTOn = 4.0 + std::numbers::log10e * std::numbers::ln2;  // on above 2e4 K

// w, T dw/dT, T^2 d2w/dT2 of the quintic smoothstep in z = log10 T.
struct Switch {
  double w, W1, W2;
};
Switch coulomb_switch(double T) {
  const double z = std::log10(T);
  if (z <= kLogTOff) return {0, 0, 0};
  if (z >= kLogTOn) return {1, 0, 0};
  const double h = kLogTOn - kLogTOff, t = (z - kLogTOff) / h;
  const double w = t * t * t * (10.0 + t * (-15.0 + 6.0 * t));
  const double wt = 30.0 * t * t * (1.0 - t) * (1.0 - t);
  const double wtt = 60.0 * t * (1.0 - t) * (1.0 - 2.0 * t);
  const double ln10 = std::numbers::ln10;
  const double wz = wt / h, wzz = wtt / (h * h);
  return {w, wz / ln10, wzz / (ln10 * ln10) - wz / ln10};
}

}  // namespace

ThermoTerm ideal_ions(const Composition& comp, double rho, double T) {
  const double k = c::kB_cgs, kT = k * T;
  double n_nuc = 0, s = 0;
  for (int j = 0; j < kNumSpecies; ++j) {
    if (comp.X[j] <= 0) continue;
    const double A = nuclides()[j].A;
    const double n = rho * comp.X[j] / (A * c::mu_g);
    const double lambda = c::h_cgs / std::sqrt(2.0 * c::pi * A * c::mu_g * kT);
    n_nuc += n;
    s += k * n * (2.5 - std::log(n * lambda * lambda * lambda));
  }
  ThermoTerm t;
  t.P = {n_nuc * kT, 0, n_nuc * k, n_nuc * kT / rho};
  t.s = {s, 0, 1.5 * k * n_nuc / T, (s - k * n_nuc) / rho};
  t.e = {1.5 * n_nuc * kT, 0, 1.5 * n_nuc * k, 1.5 * n_nuc * kT / rho};
  return t;
}

OcpFreeEnergy ocp_liquid(double G) {
  constexpr double A1 = -0.907, A2 = 0.62954, B1 = 0.00456, B2 = 211.6, B3 = -1e-4, B4 = 0.00462;
  const double A3 = -std::sqrt(3.0) / 2.0 - A1 / std::sqrt(A2);
  const double sG = std::sqrt(G);
  double fa, fb;  // A1 and A3 brackets
  if (G < 1e-4) {
    // Series (the closed forms subtract nearly equal terms): with y = G/A2,
    // sqrt(y(1+y)) - asinh(sqrt y) = 2/3 y^3/2 - 1/5 y^5/2 + 3/28 y^7/2 - 5/72 y^9/2 + ...
    // sqrt(G) - atan(sqrt(G)) = G^3/2 (1/3 - G/5 + G^2/7 - G^3/9 + ...)
    const double y = G / A2, sy = std::sqrt(y);
    fa = A2 * y * sy * (2.0 / 3.0 + y * (-1.0 / 5.0 + y * (3.0 / 28.0 - y * 5.0 / 72.0)));
    fb = G * sG * (1.0 / 3.0 + G * (-1.0 / 5.0 + G * (1.0 / 7.0 - G / 9.0)));
  } else {
    fa = std::sqrt(G * (A2 + G)) - A2 * std::asinh(std::sqrt(G / A2));
    fb = sG - std::atan(sG);
  }
  OcpFreeEnergy r;
  r.f = A1 * fa + 2.0 * A3 * fb + B1 * (G - B2 * std::log1p(G / B2)) + 0.5 * B3 * std::log1p(G * G / B4);
  // f' and f''
  const double d1 = A1 * sG / std::sqrt(A2 + G) + A3 * sG / (1.0 + G) + B1 * G / (B2 + G) + B3 * G / (B4 + G * G);
  const double d2 = A1 * A2 / (2.0 * sG * std::pow(A2 + G, 1.5)) + A3 * (1.0 - G) / (2.0 * sG * (1.0 + G) * (1.0 + G)) +
                    B1 * B2 / ((B2 + G) * (B2 + G)) + B3 * (B4 - G * G) / ((B4 + G * G) * (B4 + G * G));
  r.u = G * d1;
  r.v = r.u + G * G * d2;
  return r;
}

CoulombCorrection coulomb_correction(const Composition& comp, double rho, double T) {
  CoulombCorrection out;
  const double k = c::kB_cgs, kT = k * T;
  double ye = 0, n_nuc = 0, nz53 = 0;
  for (int j = 0; j < kNumSpecies; ++j) ye += comp.X[j] * nuclides()[j].Z / nuclides()[j].A;
  const double n_e = rho * ye / c::mu_g;
  const double Gamma_e = c::e_esu * c::e_esu * std::cbrt(4.0 * c::pi * n_e / 3.0) / kT;
  double Sf = 0, Su = 0, Sv = 0;
  for (int j = 0; j < kNumSpecies; ++j) {
    if (comp.X[j] <= 0) continue;
    const auto& nu = nuclides()[j];
    const double n = rho * comp.X[j] / (nu.A * c::mu_g);
    const double z53 = std::pow(nu.Z, 5.0 / 3.0);
    n_nuc += n;
    nz53 += n * z53;
    const auto o = ocp_liquid(Gamma_e * z53);
    Sf += n * o.f;
    Su += n * o.u;
    Sv += n * o.v;
  }
  out.gamma = n_nuc > 0 ? Gamma_e * nz53 / n_nuc : 0;
  const auto [w, W1, W2] = coulomb_switch(T);
  // With rho dGamma/drho = Gamma/3 and T dGamma/dT = -Gamma:
  // F = w kT Sf; P = w kT Su / 3; s = k [w Su - (W1 + w) Sf]; e = kT [w Su - W1 Sf].
  auto& t = out.term;
  t.P = {w * kT * Su / 3.0, 0, k / 3.0 * ((W1 + w) * Su - w * Sv), w * kT * (Su + Sv / 3.0) / (3.0 * rho)};
  t.s = {k * (w * Su - (W1 + w) * Sf), 0,
         k / T * (W1 * Su - w * Sv - (W2 + 2.0 * W1) * Sf + (W1 + w) * Su),
         k / rho * (w * (Su + Sv / 3.0) - (W1 + w) * (Sf + Su / 3.0))};
  t.e = {kT * (w * Su - W1 * Sf), 0, k * (w * Su - W1 * Sf + 2.0 * W1 * Su - w * Sv - (W2 + W1) * Sf),
         kT / rho * (w * (Su + Sv / 3.0) - W1 * (Sf + Su / 3.0))};
  return out;
}

}  // namespace nuflash
