// Expected electron-recoil spectra of a detector exposed to a neutrino flux.
//   dN/dT = N_e t S(T) sum_components [ sum_lines phi_l X(E_l, T) + int dE dphi/dE X(E, T) ],
//   X = P dsigma_w(f)/dT + (1 - P) dsigma_w(f_osc)/dT   (weak part)  or  dsigma_mag/dT (magnetic),
// with S(T) the atomic-binding step factor of the target, integrated over E >= E_min(T) =
// (T + sqrt(T^2 + 2 m_e T)) / 2. The observed spectrum applies the efficiency (flat times an optional
// erf turn-on, as a function of the true recoil energy) and a Gaussian resolution
// sigma(T) = a sqrt(T) + b T. Counts per bin of observed energy are the templates of the limit fit.
#pragma once

#include <functional>
#include <vector>

#include "neutrino_flux.hpp"

namespace nuflash::lab {

struct Detector {
  double n_electrons = 0.0;            // target electrons
  double live_time_s = 0.0;            // exposure time
  scattering::Target target = scattering::Target::free_electron;
  double efficiency = 1.0;             // flat efficiency (0, 1]
  double eff_T50_erg = 0.0;            // erf turn-on: eff * (1 + erf((T - T50)/width)) / 2; width 0 = none
  double eff_width_erg = 0.0;
  double res_a_sqrt_erg = 0.0;         // sigma(T) = a sqrt(T) + b T, a in erg^(1/2)
  double res_b = 0.0;
  double sin2w = scattering::kSin2ThetaWDefault;
};

enum class RecoilPart { weak, magnetic };

// dN/dT of true recoil energy [erg^-1] over the live time (magnetic part for mu12 = 1).
double recoil_rate_true(const NeutrinoFlux& flux, const Detector& det, double T_erg, RecoilPart part);

// Detection efficiency at true recoil energy T.
double detection_efficiency(const Detector& det, double T_erg);

// Expected counts in bins of observed energy [edges_erg[i], edges_erg[i+1]) after efficiency and
// resolution (magnetic part for mu12 = 1). edges must increase and be positive.
std::vector<double> binned_recoil_counts(const NeutrinoFlux& flux, const Detector& det,
                                         const std::vector<double>& edges_erg, RecoilPart part);

// Expected counts per bin of observed energy for any true-energy spectrum dN/dT [erg^-1] (e.g. a
// radioactive background), after the same efficiency and resolution.
std::vector<double> binned_counts(const std::function<double(double)>& dN_dT_true, const Detector& det,
                                  const std::vector<double>& edges_erg);

// n equal-width bins (linear) or equal log-width bins between lo and hi.
std::vector<double> linear_edges(double lo, double hi, int n);
std::vector<double> log_edges(double lo, double hi, int n);

}  // namespace nuflash::lab
