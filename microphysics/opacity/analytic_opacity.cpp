#include "analytic_opacity.hpp"

#include <algorithm>
#include <cmath>

#include "composition.hpp"
#include "constants.hpp"

namespace nuflash {

using namespace constants;

OpacityTerm electron_scattering(double rho, double T, double Ye) {
  const double thomson = sigma_T_cgs * Ye / mu_g;
  const double degeneracy = 2.7e11 * rho / (T * T);
  const double compton = std::pow(T / 4.5e8, 0.86);
  const double a = 1.0 + degeneracy, b = 1.0 + compton;
  return {thomson / (a * b), -degeneracy / a, 2.0 * degeneracy / a - 0.86 * compton / b};
}

OpacityTerm kramers_free_free(double rho, double T, double Ye, double sum_XZ2_over_A) {
  const double g_ff = 1.0;
  return {3.68e22 * g_ff * 2.0 * Ye * sum_XZ2_over_A * rho * std::pow(T, -3.5), 1.0, -3.5};
}

OpacityTerm kramers_bound_free(double rho, double T, double X, double Z) {
  const double g_bf = 1.0;
  const double guillotine = 2.82 * std::pow(rho * (1.0 + X), 0.2);
  return {4.34e25 * g_bf / guillotine * Z * (1.0 + X) * rho * std::pow(T, -3.5), 0.8, -3.5};
}

OpacityTerm h_minus(double rho, double T, double Z) {
  const double T3 = T * T * T;
  return {2.5e-31 * (std::max(Z, 1e-3) / 0.02) * std::sqrt(rho) * T3 * T3 * T3, 0.5, 9.0};
}

OpacityTerm analytic_radiative_opacity(const State& s) {
  const double X = hydrogen(s.comp), Z = metallicity(s.comp);
  const double sum_XZ2_over_A = s.mom.z2bar / s.mom.abar;
  const OpacityTerm hot = electron_scattering(s.rho_cgs, s.T_K, s.mom.Ye) +
                          kramers_free_free(s.rho_cgs, s.T_K, s.mom.Ye, sum_XZ2_over_A) +
                          kramers_bound_free(s.rho_cgs, s.T_K, X, Z);
  return harmonic_sum(h_minus(s.rho_cgs, s.T_K, Z), hot);
}

OpacityTerm analytic_conductive_opacity(const State& s) {
  const double rho = s.rho_cgs, T = s.T_K;
  const double Z_eff = s.mom.z2bar / s.mom.zbar;
  const double n_e = rho * s.mom.Ye / mu_g;
  const double n_i = rho / (s.mom.abar * mu_g);
  const double x = hbar_cgs * std::cbrt(3.0 * pi * pi * n_e) / (me_g * c_cgs);  // p_F / m_e c
  const double x2 = x * x, beta2 = x2 / (1.0 + x2);
  const double m_star = me_g * std::sqrt(1.0 + x2);
  const double e2 = e_esu * e_esu;
  const double a_i = std::cbrt(3.0 / (4.0 * pi * n_i));
  const double gamma = Z_eff * Z_eff * e2 / (a_i * kB_cgs * T);
  const double q = 1.5 + 3.0 / gamma;
  const double lambda_raw = std::log(std::cbrt(2.0 * pi * Z_eff / 3.0) * std::sqrt(q)) - 0.5 * beta2;
  constexpr double kLambdaFloor = 0.1;
  const double lambda = std::max(lambda_raw, kLambdaFloor);
  // d Lambda / d ln Gamma and d beta^2 / d ln rho (x ~ rho^(1/3), Gamma ~ rho^(1/3) / T)
  const double dlam_dlngamma = lambda_raw > kLambdaFloor ? -1.5 / (gamma * q) : 0.0;
  const double dbeta2_dlnrho = lambda_raw > kLambdaFloor ? 2.0 * x2 / (3.0 * (1.0 + x2) * (1.0 + x2)) : 0.0;
  const double nu = 4.0 * Z_eff * e2 * e2 * m_star * lambda / (3.0 * pi * hbar_cgs * hbar_cgs * hbar_cgs);
  const double K = pi * pi * kB_cgs * kB_cgs * T * n_e / (3.0 * m_star * nu);
  const double kappa = 16.0 * sigma_SB_cgs * T * T * T / (3.0 * rho * K);
  // kappa ~ T^2 m*^2 Lambda / (rho n_e)
  const double dlnlam_dlnrho = (dlam_dlngamma / 3.0 - 0.5 * dbeta2_dlnrho) / lambda;
  const double dlnlam_dlnT = -dlam_dlngamma / lambda;
  return {kappa, -2.0 + 2.0 * x2 / (3.0 * (1.0 + x2)) + dlnlam_dlnrho, 2.0 + dlnlam_dlnT};
}

}  // namespace nuflash
