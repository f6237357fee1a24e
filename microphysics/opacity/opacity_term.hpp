// One opacity contribution with its logarithmic derivatives, and the rules for combining them.
#pragma once

namespace nuflash {

struct OpacityTerm {
  double kappa = 0;   // [cm^2 g^-1]
  double dlnrho = 0;  // d ln kappa / d ln rho at constant T
  double dlnT = 0;    // d ln kappa / d ln T at constant rho
};

// kappa = a + b
inline OpacityTerm operator+(const OpacityTerm& a, const OpacityTerm& b) {
  const double k = a.kappa + b.kappa;
  return {k, (a.kappa * a.dlnrho + b.kappa * b.dlnrho) / k, (a.kappa * a.dlnT + b.kappa * b.dlnT) / k};
}

// 1/kappa = 1/a + 1/b: two transport channels in parallel (or a low-T and a high-T source joined).
inline OpacityTerm harmonic_sum(const OpacityTerm& a, const OpacityTerm& b) {
  const double k = a.kappa * b.kappa / (a.kappa + b.kappa);
  const double fa = k / a.kappa, fb = k / b.kappa;
  return {k, fa * a.dlnrho + fb * b.dlnrho, fa * a.dlnT + fb * b.dlnT};
}

}  // namespace nuflash
