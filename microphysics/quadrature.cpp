#include "quadrature.hpp"

#include <Eigen/Eigenvalues>
#include <array>
#include <numbers>

namespace nuflash::quadrature {

namespace {

constexpr int kMaxNodes = 64;

// P_n(z) and P_{n-1}(z) by the three-term recurrence.
struct LegendrePair {
  double pn, pnm1;
};
LegendrePair legendre(int n, double z) {
  double p0 = 1.0, p1 = z;
  for (int k = 2; k <= n; ++k) {
    const double p2 = ((2.0 * k - 1.0) * z * p1 - (k - 1.0) * p0) / k;
    p0 = p1;
    p1 = p2;
  }
  return n == 1 ? LegendrePair{z, 1.0} : LegendrePair{p1, p0};
}

// Roots of P_n in (0, 1) by Newton's method from Tricomi's initial guess, mirrored to (-1, 0); weights
// 2 / ((1 - z^2) P_n'(z)^2) with the derivative taken at the converged root.
Rule build_legendre(int n) {
  Rule r;
  r.x.resize(n);
  r.w.resize(n);
  for (int i = 0; i < (n + 1) / 2; ++i) {
    double z = std::cos(std::numbers::pi * (i + 0.75) / (n + 0.5));
    for (int it = 0; it < 100; ++it) {
      const auto [pn, pnm1] = legendre(n, z);
      const double dz = pn / (n * (z * pn - pnm1) / (z * z - 1.0));
      z -= dz;
      if (std::fabs(dz) < 1e-16) break;
    }
    const auto [pn, pnm1] = legendre(n, z);
    const double dp = (n == 1) ? 1.0 : n * (z * pn - pnm1) / (z * z - 1.0);
    const double w = 2.0 / ((1.0 - z * z) * dp * dp);
    r.x[i] = -z;
    r.x[n - 1 - i] = z;
    r.w[i] = w;
    r.w[n - 1 - i] = w;
  }
  return r;
}

// L_n(x) and L_{n-1}(x) by the three-term recurrence.
struct LaguerrePair {
  double ln, lnm1;
};
LaguerrePair laguerre(int n, double x) {
  double p0 = 1.0, p1 = 1.0 - x;
  for (int k = 1; k < n; ++k) {
    const double p2 = ((2.0 * k + 1.0 - x) * p1 - k * p0) / (k + 1.0);
    p0 = p1;
    p1 = p2;
  }
  return {p1, p0};
}

// Nodes: the eigenvalues of the Jacobi matrix of the Laguerre polynomials (diagonal 2j + 1, off-diagonal
// j; Golub & Welsch 1969), polished by Newton's method on L_n. Weights 1 / (x L_n'(x)^2) (A&S 25.4.45)
// times e^x, with L_n'(x) = n (L_n - L_{n-1}) / x: unlike the eigenvector components of Golub & Welsch,
// this keeps full relative precision at the largest nodes.
Rule build_laguerre(int n) {
  Eigen::VectorXd d(n), e(n - 1);
  for (int j = 0; j < n; ++j) d(j) = 2.0 * j + 1.0;
  for (int j = 1; j < n; ++j) e(j - 1) = j;
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es;
  es.computeFromTridiagonal(d, e, Eigen::EigenvaluesOnly);
  Rule r;
  r.x.resize(n);
  r.w.resize(n);
  for (int i = 0; i < n; ++i) {
    double x = es.eigenvalues()(i);
    for (int it = 0; it < 10; ++it) {
      const auto [ln, lnm1] = laguerre(n, x);
      const double dx = ln / (n * (ln - lnm1) / x);
      x -= dx;
      if (std::fabs(dx) < 1e-15 * x) break;
    }
    const auto [ln, lnm1] = laguerre(n, x);
    const double dl = n * (ln - lnm1) / x;
    r.x[i] = x;
    r.w[i] = std::exp(x) / (x * dl * dl);
  }
  return r;
}

template <int kMax>
std::array<Rule, kMax + 1> build_all(Rule (*build)(int)) {
  std::array<Rule, kMax + 1> a;
  for (int n = 1; n <= kMax; ++n) a[n] = build(n);
  return a;
}

void check_order(const char* rule, int n, int max) {
  if (n < 1 || n > max)
    throw InputError(std::string(rule) + ": n = " + std::to_string(n) + " outside the allowed range [1, " +
                     std::to_string(max) + "]");
}

}  // namespace

const Rule& gauss_legendre(int n) {
  check_order("gauss_legendre", n, kMaxNodes);
  static const auto rules = build_all<kMaxNodes>(build_legendre);
  return rules[n];
}

const Rule& gauss_laguerre(int n) {
  check_order("gauss_laguerre", n, kMaxNodes);
  static const auto rules = build_all<kMaxNodes>(build_laguerre);
  return rules[n];
}

}  // namespace nuflash::quadrature
