#include "limit.hpp"

#include <Eigen/Dense>
#include <cmath>
#include <string>

#include "error.hpp"

namespace nuflash::lab {

namespace {

constexpr double kChi2_90 = 2.705543454095404;  // chi^2_1 quantile at 0.90
constexpr double kChi2_95 = 3.841458820694124;  // chi^2_1 quantile at 0.95

void check(const SpectralTemplates& t, const std::vector<double>& data) {
  const auto n = t.weak.size();
  bool ok = n > 0 && t.magnetic.size() == n && data.size() == n;
  for (const auto& bg : t.backgrounds) {
    ok = ok && bg.counts.size() == n;
    if (!(bg.sigma >= 0.0)) throw InputError("limit: background '" + bg.name + "' width must be >= 0");
  }
  if (!ok) throw InputError("limit: templates and data must have the same non-zero number of bins");
  if (!(t.sigma_flux >= 0.0)) throw InputError("limit: flux-normalisation width must be >= 0");
  double m = 0.0;
  for (double x : t.magnetic) m += x;
  if (!(m > 0.0)) throw InputError("limit: the magnetic template has no counts in the analysis window");
}

double constraint(double x, double sigma) {
  return (std::isinf(sigma) || sigma == 0.0) ? 0.0 : (x - 1.0) * (x - 1.0) / (sigma * sigma);
}

// Nuisance vector p = (b_1..b_K, f).
double expectation(const SpectralTemplates& t, std::size_t i, double s, const Eigen::VectorXd& p) {
  const auto K = t.backgrounds.size();
  double lam = p(K) * (t.weak[i] + s * t.magnetic[i]);
  for (std::size_t k = 0; k < K; ++k) lam += p(k) * t.backgrounds[k].counts[i];
  return lam;
}

double sigma_of(const SpectralTemplates& t, std::size_t k) {
  return k < t.backgrounds.size() ? t.backgrounds[k].sigma : t.sigma_flux;
}

double deviance(const SpectralTemplates& t, const std::vector<double>& n, double s, const Eigen::VectorXd& p,
                bool& ok) {
  double chi2 = 0.0;
  for (Eigen::Index k = 0; k < p.size(); ++k) chi2 += constraint(p(k), sigma_of(t, k));
  ok = true;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const double lam = expectation(t, i, s, p);
    if (lam <= 0.0) {
      if (lam < 0.0 || n[i] > 0.0) ok = false;
      continue;
    }
    chi2 += 2.0 * (lam - n[i] + (n[i] > 0.0 ? n[i] * std::log(n[i] / lam) : 0.0));
  }
  return chi2;
}

// Upper root of g(s) = target for s > s0 (g increasing there): bracket by doubling, then bisection.
template <class G>
double upper_crossing(G&& g, double s0, double target, double step) {
  double lo = s0, hi = s0 + step;
  int guard = 0;
  while (g(hi) < target) {
    lo = hi;
    hi = s0 + 2.0 * (hi - s0);
    if (++guard > 200) throw ComputeError("limit: profile chi2 never reaches " + std::to_string(target));
  }
  for (int it = 0; it < 100 && hi - lo > 1e-10 * hi; ++it) {
    const double mid = 0.5 * (lo + hi);
    (g(mid) < target ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Minimum of a unimodal g on [a, b] (golden section).
template <class G>
double golden_min(G&& g, double a, double b) {
  const double r = 0.5 * (std::sqrt(5.0) - 1.0);
  double x1 = b - r * (b - a), x2 = a + r * (b - a), g1 = g(x1), g2 = g(x2);
  for (int it = 0; it < 200 && (b - a) > 1e-10 * (std::abs(a) + std::abs(b) + 1e-300); ++it) {
    if (g1 < g2) {
      b = x2; x2 = x1; g2 = g1; x1 = b - r * (b - a); g1 = g(x1);
    } else {
      a = x1; x1 = x2; g1 = g2; x2 = a + r * (b - a); g2 = g(x2);
    }
  }
  return 0.5 * (a + b);
}

// Natural scale of s: the s at which the magnetic signal equals the square root of the expected counts.
double s_scale(const SpectralTemplates& t) {
  double m = 0.0;
  const auto n0 = asimov_data(t);
  double tot = 0.0;
  for (std::size_t i = 0; i < t.magnetic.size(); ++i) {
    m += t.magnetic[i];
    tot += n0[i];
  }
  return std::sqrt(std::max(tot, 1.0)) / m;
}

}  // namespace

std::vector<double> asimov_data(const SpectralTemplates& t) {
  std::vector<double> n(t.weak);
  for (const auto& bg : t.backgrounds)
    for (std::size_t i = 0; i < n.size() && i < bg.counts.size(); ++i) n[i] += bg.counts[i];
  return n;
}

ProfilePoint profile_chi2(const SpectralTemplates& t, const std::vector<double>& n, double s) {
  check(t, n);
  const auto K = t.backgrounds.size();
  const Eigen::Index dim = static_cast<Eigen::Index>(K + 1);
  Eigen::VectorXd p = Eigen::VectorXd::Ones(dim);
  bool ok = true;
  double chi2 = deviance(t, n, s, p, ok);
  if (!ok) throw ComputeError("limit: negative expectation at s = " + std::to_string(s) + " with nominal nuisances");
  Eigen::VectorXd column(dim);
  for (int iter = 0; iter < 200; ++iter) {
    Eigen::VectorXd grad = Eigen::VectorXd::Zero(dim);
    Eigen::MatrixXd hess = Eigen::MatrixXd::Zero(dim, dim);
    for (std::size_t i = 0; i < n.size(); ++i) {
      const double lam = expectation(t, i, s, p);
      if (lam <= 0.0) continue;
      for (std::size_t k = 0; k < K; ++k) column(k) = t.backgrounds[k].counts[i];
      column(K) = t.weak[i] + s * t.magnetic[i];
      grad += 2.0 * (1.0 - n[i] / lam) * column;
      hess += (2.0 * n[i] / (lam * lam)) * column * column.transpose();
    }
    for (Eigen::Index k = 0; k < dim; ++k) {
      const double sg = sigma_of(t, k);
      if (sg == 0.0 || hess(k, k) <= 0.0) {
        // fixed nuisance, or a template that is identically zero: hold it
        hess.row(k).setZero();
        hess.col(k).setZero();
        hess(k, k) = 1.0;
        grad(k) = 0.0;
      } else if (!std::isinf(sg)) {
        grad(k) += 2.0 * (p(k) - 1.0) / (sg * sg);
        hess(k, k) += 2.0 / (sg * sg);
      }
    }
    const Eigen::VectorXd step = hess.ldlt().solve(-grad);
    if (!step.allFinite()) throw ComputeError("limit: singular profile Hessian at s = " + std::to_string(s));
    double damping = 1.0, trial = chi2;
    bool improved = false;
    for (int half = 0; half < 60; ++half) {
      const Eigen::VectorXd pt = p + damping * step;
      bool okt = true;
      trial = deviance(t, n, s, pt, okt);
      if (okt && pt.minCoeff() >= 0.0 && trial <= chi2 + 1e-12 * std::abs(chi2)) {
        p = pt;
        improved = true;
        break;
      }
      damping *= 0.5;
    }
    const double decrease = chi2 - trial;
    if (improved) chi2 = trial;
    if (!improved || decrease < 1e-10 * (1.0 + std::abs(chi2))) break;
  }
  return {chi2, std::vector<double>(p.data(), p.data() + K), p(static_cast<Eigen::Index>(K))};
}

UpperLimit upper_limit(const SpectralTemplates& t, const std::vector<double>& n, LimitMethod method) {
  check(t, n);
  const double scale = s_scale(t);
  auto chi2_at = [&](double s) { return profile_chi2(t, n, s).chi2; };
  if (method == LimitMethod::delta_chi2) {
    // best fit in s >= 0
    double s_hat = 0.0;
    if (chi2_at(1e-3 * scale) < chi2_at(0.0)) {
      double hi = scale;
      while (chi2_at(2.0 * hi) < chi2_at(hi)) hi *= 2.0;
      s_hat = golden_min(chi2_at, 0.0, 2.0 * hi);
    }
    const double chi2_min = chi2_at(s_hat);
    const double s90 = upper_crossing(chi2_at, s_hat, chi2_min + kChi2_90, scale);
    const double s95 = upper_crossing(chi2_at, s_hat, chi2_min + kChi2_95, scale);
    return {std::sqrt(s90), std::sqrt(s95), s_hat, 0.0};
  }
  // Feldman-Cousins: unconstrained best fit (s may go negative while every expectation stays positive).
  double s_low = 0.0;
  {
    double trial = -scale;
    const Eigen::VectorXd nominal = Eigen::VectorXd::Ones(static_cast<Eigen::Index>(t.backgrounds.size() + 1));
    for (int k = 0; k < 60; ++k, trial *= 0.5) {
      bool ok = true;
      deviance(t, n, trial, nominal, ok);
      if (ok) { s_low = trial; break; }
    }
  }
  double hi = scale;
  while (chi2_at(2.0 * hi) < chi2_at(hi)) hi *= 2.0;
  const double s_hat = golden_min(chi2_at, s_low, 2.0 * hi);
  const double chi2_min = chi2_at(s_hat);
  const double sigma = upper_crossing(chi2_at, s_hat, chi2_min + 1.0, scale) - s_hat;
  const double s90 = sigma * feldman_cousins_gaussian_upper(s_hat / sigma, 0.90);
  const double s95 = sigma * feldman_cousins_gaussian_upper(s_hat / sigma, 0.95);
  return {std::sqrt(s90), std::sqrt(s95), s_hat, sigma};
}

double feldman_cousins_gaussian_upper(double x, double cl) {
  if (!(cl > 0.0 && cl < 1.0)) throw InputError("Feldman-Cousins: cl = " + std::to_string(cl) + ", must be in (0, 1)");
  auto Phi = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
  // Acceptance interval [x1, x2] for mean mu: the set where the likelihood ratio
  // R(x) = P(x|mu) / P(x|max(0, x)) exceeds k, with probability cl. ln R = -(x-mu)^2/2 for x >= 0 and
  // x mu - mu^2/2 for x < 0.
  auto lower_edge = [&](double mu) {
    auto interval = [&](double lnk, double& x1, double& x2) {
      const double d = std::sqrt(-2.0 * lnk);
      x2 = mu + d;
      x1 = (mu - d >= 0.0) ? mu - d : (mu > 0.0 ? (lnk + 0.5 * mu * mu) / mu : -1e300);
    };
    double lo = -200.0, hi = 0.0;  // ln k; probability decreases with k
    for (int it = 0; it < 200; ++it) {
      const double mid = 0.5 * (lo + hi);
      double x1, x2;
      interval(mid, x1, x2);
      const double prob = Phi(x2 - mu) - Phi(x1 - mu);
      (prob > cl ? lo : hi) = mid;
    }
    double x1, x2;
    interval(0.5 * (lo + hi), x1, x2);
    return x1;
  };
  // Upper limit: the largest mu whose acceptance interval still contains x, i.e. x1(mu) = x
  // (x1 increases with mu).
  double lo = 0.0, hi = std::max(x, 0.0) + 10.0;
  if (lower_edge(lo) > x) return 0.0;
  for (int it = 0; it < 200; ++it) {
    const double mid = 0.5 * (lo + hi);
    (lower_edge(mid) <= x ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace nuflash::lab
