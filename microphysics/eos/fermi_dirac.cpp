#include "eos/fermi_dirac.hpp"

#include <Eigen/Eigenvalues>
#include <sstream>

#include "error.hpp"

namespace nuflash {
namespace {

// Golub & Welsch (1969): nodes are the eigenvalues of the Jacobi matrix of the orthogonal
// polynomials, weights mu0 times the squared first components of the normalised eigenvectors.
GaussRule golub_welsch(const Eigen::VectorXd& diag, const Eigen::VectorXd& offdiag, double mu0) {
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es;
  es.computeFromTridiagonal(diag, offdiag, Eigen::ComputeEigenvectors);
  GaussRule r{};
  for (int i = 0; i < kGaussOrder; ++i) {
    r.x[i] = es.eigenvalues()(i);
    const double v0 = es.eigenvectors()(0, i);
    r.w[i] = mu0 * v0 * v0;
  }
  return r;
}

GaussRule make_laguerre() {
  Eigen::VectorXd d(kGaussOrder), e(kGaussOrder - 1);
  for (int j = 0; j < kGaussOrder; ++j) d(j) = 2.0 * j + 1.0;
  for (int j = 1; j < kGaussOrder; ++j) e(j - 1) = j;
  GaussRule r = golub_welsch(d, e, 1.0);
  for (int i = 0; i < kGaussOrder; ++i) r.w[i] *= std::exp(r.x[i]);
  return r;
}

}  // namespace

const GaussRule& gauss_laguerre_rule() {
  static const GaussRule r = make_laguerre();
  return r;
}

FermiDirac fermi_dirac(double k, double eta, double beta) {
  if (!std::isfinite(k) || k <= -1.0) {
    std::ostringstream os;
    os << "fermi_dirac: k = " << k << ": order must be > -1";
    throw InputError(os.str());
  }
  if (!std::isfinite(eta)) {
    std::ostringstream os;
    os << "fermi_dirac: eta = " << eta << ": must be finite";
    throw InputError(os.str());
  }
  if (!std::isfinite(beta) || beta < 0.0) {
    std::ostringstream os;
    os << "fermi_dirac: beta = " << beta << ": must be finite and >= 0";
    throw InputError(os.str());
  }
  FermiDirac r;
  for_each_fermi_node(eta, beta, false, [&](double x, double u, double w) {
    const auto [f, fc] = fermi_factor(u);
    const double s = std::sqrt(1.0 + 0.5 * beta * x);
    const double xk = std::pow(x, k) * w;
    const double g1 = f * fc;
    const double ds = 0.25 * x / s;               // d sqrt(1 + beta x/2) / d beta
    const double dds = -0.0625 * x * x / (s * s * s);
    r.F += xk * s * f;
    r.dF_deta += xk * s * g1;
    r.d2F_deta2 += xk * s * g1 * (fc - f);
    r.dF_dbeta += xk * ds * f;
    r.d2F_deta_dbeta += xk * ds * g1;
    r.d2F_dbeta2 += xk * dds * f;
  });
  return r;
}

}  // namespace nuflash
