// Borexino Phase-II reanalysis. Published inputs (Agostini et al. 2017, PRD 96, 091103,
// arXiv:1707.09355; background rates of the same Phase-II data set from Borexino 2018, Nature 562,
// 505, Table 1, and Agostini et al. 2019, PRD 100, 082004):
//  * exposure 1291.51 days x 71.3 t, 3.307e31 electrons per 100 t;
//  * energy window from 0.19 MeV; light yield ~500 photoelectrons/MeV, sigma/E ~ 4.5 % / sqrt(E/MeV);
//  * backgrounds (per day per 100 t): 14C 40.0 +- 2.0 Bq, pile-up 137.5 +- 2.8, 85Kr 6.8, 210Bi 17.5,
//    210Po 260, 11C 26.8;
//  * published limit mu_eff < 2.8e-11 mu_B (90 % CL, fluxes constrained by radiochemical data).
// Model: window 0.19-2.0 MeV in 10 keV bins, free electrons, resolution sigma = 0.045 sqrt(T MeV);
// backgrounds as allowed beta spectra (14C Q = 0.156 MeV, 85Kr 0.687, 210Bi 1.162; 11C beta+ Q =
// 0.960 MeV shifted by the 2 m_e c^2 = 1.022 MeV of annihilation), 210Po as a Gaussian at 0.40 MeV (sigma
// 0.035 MeV, the quenched alpha peak), pile-up as the 14C x 14C self-convolution; 14C and pile-up
// constrained to their published 5 % and 2 % errors, all others free; solar neutrinos (B16-GS98 +
// MSW) with a common flux normalisation constrained to 5 % (the radiochemical constraint).
// Forbidden shape factors (85Kr, 210Bi) and the ionisation quenching of electrons are neglected.
#include <cmath>

#include "beta_spectrum.hpp"
#include "constants.hpp"
#include "quadrature.hpp"
#include "reanalysis.hpp"
#include "recoil_spectrum.hpp"
#include "solar.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;

Reanalysis reanalyse_borexino_2017(LimitMethod method) {
  const double MeV = c::MeV_erg, day = c::day_s;
  const double mass_100t = 0.713, live_days = 1291.51;
  const double per_cpd = mass_100t * live_days;  // events per (count per day per 100 t)

  Detector det;
  det.n_electrons = 3.307e31 * mass_100t;
  det.live_time_s = live_days * day;
  det.res_a_sqrt_erg = 0.045 * std::sqrt(MeV);

  const auto edges = linear_edges(0.19 * MeV, 2.0 * MeV, 181);
  const NeutrinoFlux sun = solar_flux();
  SpectralTemplates t;
  t.weak = binned_recoil_counts(sun, det, edges, RecoilPart::weak);
  t.magnetic = binned_recoil_counts(sun, det, edges, RecoilPart::magnetic);
  t.sigma_flux = 0.05;

  auto beta = [&](const char* name, double Q_MeV, int Z, bool positron, double shift_MeV, double cpd,
                  double sigma) {
    const BetaSpectrum b = make_beta_spectrum(Q_MeV * MeV, Z, positron);
    const double n = cpd * per_cpd;
    return BackgroundComponent{
        name, binned_counts([&](double T) { return n * beta_electron_pdf(b, T - shift_MeV * MeV); }, det, edges),
        sigma};
  };
  t.backgrounds.push_back(beta("14C", 0.156, 7, false, 0.0, 40.0 * day, 0.05));
  t.backgrounds.push_back(beta("85Kr", 0.687, 37, false, 0.0, 6.8, kFree));
  t.backgrounds.push_back(beta("210Bi", 1.162, 84, false, 0.0, 17.5, kFree));
  t.backgrounds.push_back(beta("11C", 0.960, 5, true, 2.0 * c::me_c2_MeV, 26.8, kFree));
  {
    const double n = 260.0 * per_cpd, mean = 0.40 * MeV, width = 0.035 * MeV;
    t.backgrounds.push_back(
        {"210Po",
         binned_counts(
             [&](double T) {
               const double z = (T - mean) / width;
               return n * std::exp(-0.5 * z * z) / (std::sqrt(2.0 * c::pi) * width);
             },
             det, edges),
         kFree});
  }
  {
    const BetaSpectrum c14 = make_beta_spectrum(0.156 * MeV, 7, false);
    const double n = 137.5 * per_cpd, Q = c14.Q_erg;
    auto pileup = [&](double T) {
      if (T <= 0.0 || T >= 2.0 * Q) return 0.0;
      return n * quadrature::integrate(
                     [&](double x) { return beta_electron_pdf(c14, x) * beta_electron_pdf(c14, T - x); },
                     std::max(0.0, T - Q), std::min(T, Q), 4);
    };
    t.backgrounds.push_back({"pile-up", binned_counts(pileup, det, edges), 0.02});
  }

  const auto lim = upper_limit(t, asimov_data(t), method);
  return {"Borexino", "solar-effective", "solar, liquid scintillator",
          "Agostini et al. 2017, Phys. Rev. D 96, 091103; arXiv:1707.09355", 2017, 2.8e-11, 0.9,
          lim.mu12_90 * c::mu12_muB, lim.mu12_95 * c::mu12_muB};
}

std::vector<Reanalysis> all_reanalyses(LimitMethod method) {
  return {reanalyse_gemma(method), reanalyse_borexino_2017(method), reanalyse_xenonnt_2022(method)};
}

}  // namespace nuflash::lab
