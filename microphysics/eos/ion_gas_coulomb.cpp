#include "eos/ion_gas_coulomb.hpp"

#include <array>
#include <cmath>

#include "constants.hpp"

namespace nuflash {
namespace {

namespace c = constants;

}  // namespace

ThermoTerm ideal_ions(const Composition& comp, double rho, double T) {
  const double k = c::kB_cgs, kT = k * T;
  double n_nuc = 0, s = 0;
  for (int j = 0; j < kNumSpecies; ++j) {
    if (comp.X[j] <= 0) continue;
    const double M = nuclides()[j].M_u;
    const double n = rho * comp.X[j] / (M * c::mu_g);
    const double lambda = c::h_cgs / std::sqrt(2.0 * c::pi * M * c::mu_g * kT);
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
  const double sG = std::sqrt(G), sAG = std::sqrt(A2 + G);
  double fa, fb;  // A1 and A3 brackets
  if (G < 1e-4) {
    // Series (the closed forms subtract nearly equal terms): with y = G/A2,
    // sqrt(y(1+y)) - asinh(sqrt y) = 2/3 y^3/2 - 1/5 y^5/2 + 3/28 y^7/2 - 5/72 y^9/2 + ...
    // sqrt(G) - atan(sqrt(G)) = G^3/2 (1/3 - G/5 + G^2/7 - G^3/9 + ...)
    const double y = G / A2, sy = std::sqrt(y);
    fa = A2 * y * sy * (2.0 / 3.0 + y * (-1.0 / 5.0 + y * (3.0 / 28.0 - y * 5.0 / 72.0)));
    fb = G * sG * (1.0 / 3.0 + G * (-1.0 / 5.0 + G * (1.0 / 7.0 - G / 9.0)));
  } else {
    fa = sG * sAG - A2 * std::asinh(sG / std::sqrt(A2));
    fb = sG - std::atan(sG);
  }
  OcpFreeEnergy r;
  r.f = A1 * fa + 2.0 * A3 * fb + B1 * (G - B2 * std::log1p(G / B2)) + 0.5 * B3 * std::log1p(G * G / B4);
  // f' and f''
  const double d1 = A1 * sG / sAG + A3 * sG / (1.0 + G) + B1 * G / (B2 + G) + B3 * G / (B4 + G * G);
  const double d2 = A1 * A2 / (2.0 * sG * (A2 + G) * sAG) + A3 * (1.0 - G) / (2.0 * sG * (1.0 + G) * (1.0 + G)) +
                    B1 * B2 / ((B2 + G) * (B2 + G)) + B3 * (B4 - G * G) / ((B4 + G * G) * (B4 + G * G));
  r.u = G * d1;
  r.v = r.u + G * G * d2;
  return r;
}

CoulombFreeEnergy coulomb_free_energy(const Composition& comp, double n_e, double T) {
  CoulombFreeEnergy out;
  const double k = c::kB_cgs, kT = k * T;
  double ye = 0;
  for (int j = 0; j < kNumSpecies; ++j) ye += comp.X[j] * nuclides()[j].Z / nuclides()[j].M_u;
  const double Gamma_e = c::e_esu * c::e_esu * std::cbrt(4.0 * c::pi * n_e / 3.0) / kT;
  // Species of equal charge (3He and 4He; 12C and 13C; 14N and 15N; 16O, 17O and 18O) have the same
  // Gamma_j: the fit is evaluated once per distinct charge, with their number fractions added.
  struct Charges {
    std::array<int, kNumSpecies> group{};  // index of each species' charge in z53
    std::array<double, kNumSpecies> z53{};
    int n = 0;
  };
  static const Charges charges = [] {
    Charges q;
    for (int j = 0; j < kNumSpecies; ++j) {
      int first = 0;  // the first species with this charge
      while (first < j && nuclides()[first].Z != nuclides()[j].Z) ++first;
      q.group[j] = first < j ? q.group[first] : q.n++;
      q.z53[q.group[j]] = std::pow(nuclides()[j].Z, 5.0 / 3.0);
    }
    return q;
  }();
  std::array<double, kNumSpecies> c_group{};
  for (int j = 0; j < kNumSpecies; ++j) {
    if (comp.X[j] > 0) c_group[charges.group[j]] += comp.X[j] / nuclides()[j].M_u / ye;
  }
  double Sf = 0, Su = 0, Sv = 0, csum = 0, cz53 = 0;
  for (int g = 0; g < charges.n; ++g) {
    const double cg = c_group[g];
    if (cg <= 0) continue;
    const auto o = ocp_liquid(Gamma_e * charges.z53[g]);
    Sf += cg * o.f;
    Su += cg * o.u;
    Sv += cg * o.v;
    csum += cg;
    cz53 += cg * charges.z53[g];
  }
  out.gamma = Gamma_e * cz53 / csum;
  // With n dGamma/dn = Gamma/3 and T dGamma/dT = -Gamma: n dSf/dn = Su/3, T dSf/dT = -Su, and the same
  // for Su with Sv.
  const double n = n_e;
  out.F = kT * n * Sf;
  out.F_n = kT * (Sf + Su / 3.0);
  out.F_T = k * n * (Sf - Su);
  out.F_nn = kT / n * (Su / 3.0 + Sv / 9.0);
  out.F_nT = k * (Sf - 2.0 * Su / 3.0 - Sv / 3.0);
  out.F_TT = k * n * (Sv - Su) / T;
  return out;
}

}  // namespace nuflash
