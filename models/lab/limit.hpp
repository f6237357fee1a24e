// Upper limits on mu_nu^2 from binned recoil spectra.
// Model per bin i: lambda_i(s; b, f) = sum_k b_k B_ki + f (W_i + s M_i), with s = mu12^2, B_k the
// background components, W the weak (Standard Model) nu-e signal, M the magnetic signal for mu12 = 1;
// nuisance parameters b_k (background normalisations) and f (neutrino-flux normalisation) with Gaussian
// constraints (widths sigma; infinity = free, 0 = fixed at 1). Test statistic: the Poisson deviance
//   chi2(s; b, f) = 2 sum_i [lambda_i - n_i + n_i ln(n_i / lambda_i)] + sum_k ((b_k-1)/sigma_k)^2
//                   + ((f-1)/sigma_f)^2
// (Baker & Cousins 1984, NIM 221, 437), profiled over (b, f) by damped Newton iteration.
// Methods:
//  * delta_chi2: the limit is the s > s_hat (s_hat the best fit in s >= 0) where the profile
//    Delta chi2 reaches 2.706 (90 % CL) or 3.841 (95 % CL), the chi^2_1 quantiles (Wilks) used by
//    the reactor and solar experiments;
//  * feldman_cousins: the unified interval (Feldman & Cousins 1998, PRD 57, 3873, Sec. IV.B) for a
//    Gaussian estimator of s with the physical boundary s >= 0, with the unconstrained best fit s_hat
//    and its error sigma_s read off the profile (Delta chi2 = 1).
// The Asimov data set (Cowan et al. 2011, EPJC 71, 1554) is the expectation at s = 0, b = f = 1.
#pragma once

#include <limits>
#include <string>
#include <vector>

namespace nuflash::lab {

inline constexpr double kFree = std::numeric_limits<double>::infinity();

struct BackgroundComponent {
  std::string name;
  std::vector<double> counts;  // expected counts per bin at b = 1
  double sigma = kFree;        // Gaussian constraint width on b (kFree = unconstrained, 0 = fixed)
};

struct SpectralTemplates {
  std::vector<BackgroundComponent> backgrounds;
  std::vector<double> weak;
  std::vector<double> magnetic;  // for mu12 = 1
  double sigma_flux = kFree;
};

enum class LimitMethod { delta_chi2, feldman_cousins };

struct ProfilePoint {
  double chi2;
  std::vector<double> b;
  double f;
};

struct UpperLimit {
  double mu12_90;   // mu_nu < mu12_90 * 1e-12 mu_B at 90 % CL
  double mu12_95;
  double s_hat;     // best-fit mu12^2 (unconstrained for Feldman-Cousins, >= 0 otherwise)
  double sigma_s;   // error of s from Delta chi2 = 1 (Feldman-Cousins only; 0 otherwise)
};

// Expected counts at s = 0 and nominal nuisances.
std::vector<double> asimov_data(const SpectralTemplates& t);

// Profile chi2 at fixed s (minimised over b, f). ComputeError if Newton fails.
ProfilePoint profile_chi2(const SpectralTemplates& t, const std::vector<double>& data, double s);

UpperLimit upper_limit(const SpectralTemplates& t, const std::vector<double>& data,
                       LimitMethod method = LimitMethod::delta_chi2);

// Feldman-Cousins upper end of the unified interval for a unit Gaussian measurement x of a mean
// mu >= 0 (Feldman & Cousins 1998, Table X), confidence level cl in (0, 1).
double feldman_cousins_gaussian_upper(double x, double cl);

}  // namespace nuflash::lab
