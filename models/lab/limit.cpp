#include "limit.hpp"

#include <Eigen/Dense>
#include <array>
#include <cmath>
#include <string>

#include "error.hpp"

namespace nuflash::lab {

namespace {

constexpr double kChi2_90 = 2.705543454095404;  // chi^2_1 quantile at 0.90
constexpr double kChi2_95 = 3.841458820694124;  // chi^2_1 quantile at 0.95

void check(const SpectralTemplates& t, const std::vector<double>& data) {
  const auto n = t.background.size();
  if (n == 0 || t.weak.size() != n || t.magnetic.size() != n || data.size() != n)
    throw InputError("limit: templates and data must have the same non-zero number of bins");
  double m = 0.0;
  for (double x : t.magnetic) m += x;
  if (!(m > 0.0)) throw InputError("limit: the magnetic template has no counts in the analysis window");
}

double constraint(double x, double sigma) {
  return (std::isinf(sigma) || sigma == 0.0) ? 0.0 : (x - 1.0) * (x - 1.0) / (sigma * sigma);
}

double deviance(const SpectralTemplates& t, const std::vector<double>& n, double s, double b, double f, bool& ok) {
  double chi2 = constraint(b, t.sigma_background) + constraint(f, t.sigma_flux);
  ok = true;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const double lam = b * t.background[i] + f * (t.weak[i] + s * t.magnetic[i]);
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
  double m = 0.0, tot = 0.0;
  for (std::size_t i = 0; i < t.magnetic.size(); ++i) {
    m += t.magnetic[i];
    tot += t.background[i] + t.weak[i];
  }
  return std::sqrt(std::max(tot, 1.0)) / m;
}

}  // namespace

std::vector<double> asimov_data(const SpectralTemplates& t) {
  std::vector<double> n(t.background.size());
  for (std::size_t i = 0; i < n.size(); ++i) n[i] = t.background[i] + t.weak[i];
  return n;
}

ProfilePoint profile_chi2(const SpectralTemplates& t, const std::vector<double>& n, double s) {
  check(t, n);
  if (!(t.sigma_background >= 0.0 && t.sigma_flux >= 0.0))
    throw InputError("limit: nuisance widths must be >= 0 (0 = fixed, infinity = free)");
  const std::array<double, 2> sig{t.sigma_background, t.sigma_flux};
  double b = 1.0, f = 1.0;
  bool ok = true;
  double chi2 = deviance(t, n, s, b, f, ok);
  if (!ok) throw ComputeError("limit: negative expectation at s = " + std::to_string(s) + " with nominal nuisances");
  for (int iter = 0; iter < 100; ++iter) {
    Eigen::Vector2d grad = Eigen::Vector2d::Zero();
    Eigen::Matrix2d hess = Eigen::Matrix2d::Zero();
    for (std::size_t i = 0; i < n.size(); ++i) {
      const double S = t.weak[i] + s * t.magnetic[i];
      const double lam = b * t.background[i] + f * S;
      if (lam <= 0.0) continue;
      const double r = 1.0 - n[i] / lam, q = n[i] / (lam * lam);
      grad += 2.0 * r * Eigen::Vector2d(t.background[i], S);
      hess += 2.0 * q * Eigen::Vector2d(t.background[i], S) * Eigen::RowVector2d(t.background[i], S);
    }
    const std::array<double, 2> x{b, f};
    for (int k = 0; k < 2; ++k) {
      if (sig[k] == 0.0 || hess(k, k) <= 0.0) {
        // fixed nuisance, or a template that is identically zero: hold it
        hess.row(k).setZero();
        hess.col(k).setZero();
        hess(k, k) = 1.0;
        grad(k) = 0.0;
      } else if (!std::isinf(sig[k])) {
        grad(k) += 2.0 * (x[k] - 1.0) / (sig[k] * sig[k]);
        hess(k, k) += 2.0 / (sig[k] * sig[k]);
      }
    }
    Eigen::Vector2d step = hess.ldlt().solve(-grad);
    if (!step.allFinite()) throw ComputeError("limit: singular profile Hessian at s = " + std::to_string(s));
    double lambda_step = 1.0, trial = chi2;
    bool improved = false;
    for (int half = 0; half < 60; ++half) {
      const double bt = b + lambda_step * step(0), ft = f + lambda_step * step(1);
      bool okt = true;
      trial = deviance(t, n, s, bt, ft, okt);
      if (okt && bt >= 0.0 && ft >= 0.0 && trial <= chi2 + 1e-12 * std::abs(chi2)) {
        b = bt;
        f = ft;
        improved = true;
        break;
      }
      lambda_step *= 0.5;
    }
    const double decrease = chi2 - trial;
    if (improved) chi2 = trial;
    if (!improved || decrease < 1e-10 * (1.0 + std::abs(chi2))) break;
  }
  return {chi2, b, f};
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
    for (int k = 0; k < 60; ++k, trial *= 0.5) {
      bool ok = true;
      deviance(t, n, trial, 1.0, 1.0, ok);
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
