// Tests of the chirality-flip (nu_L -> nu_R) emissivity in supernova matter and of the
// Fermi-Dirac machinery under it. Sources are cited at each test.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "constants.hpp"
#include "dense_matter/fermi_dirac.hpp"
#include "error.hpp"
#include "neutrino/chirality_flip.hpp"

namespace c = nuflash::constants;
using nuflash::ChiralityFlipInput;
using nuflash::chirality_flip_emissivity;

namespace {
constexpr double pi = std::numbers::pi;
double T_K(double T_MeV) { return T_MeV * c::MeV_erg / c::kB_cgs; }
ChiralityFlipInput core(double mu12) {
  // Raffelt 1996, Sect. 13.8: rho = 3e14 g/cm^3, T = 30 MeV; Ye = 0.3 and a trapped nu_e fraction
  // Ynu = 0.06 (Y_L ~ 0.36, e.g. Burrows & Lattimer 1986, ApJ 307, 178, Fig. 3).
  ChiralityFlipInput in;
  in.rho_cgs = 3e14;
  in.T_K = T_K(30);
  in.Ye = 0.3;
  in.Ynu = 0.06;
  in.mu12 = mu12;
  return in;
}
}  // namespace

TEST(FermiDirac, CompleteIntegralsAtZeroEqualZetaValues) {
  // F_k(0) = Gamma(k+1) (1 - 2^-k) zeta(k+1) (e.g. Abramowitz & Stegun 23.2.19 with 23.2.1);
  // zeta(3/2) = 2.612375348685488, zeta(5/2) = 1.341487257250917, zeta(1/2) = -1.460354508809587.
  const auto f = nuflash::dense::fd_half(0.0);
  EXPECT_NEAR(f.f12, 0.5 * std::sqrt(pi) * (1 - std::pow(2, -0.5)) * 2.612375348685488, 1e-10);
  EXPECT_NEAR(f.f32, 0.75 * std::sqrt(pi) * (1 - std::pow(2, -1.5)) * 1.341487257250917, 1e-10);
  EXPECT_NEAR(f.fm12, std::sqrt(pi) * (1 - std::sqrt(2.0)) * -1.460354508809587, 1e-10);
  // Phi_s(0) = -Li_s(-1) = (1 - 2^(1-s)) zeta(s): ln 2, pi^2/12, 3 zeta(3)/4, 7 pi^4/720
  const auto p = nuflash::dense::polylog_phi(0.0);
  EXPECT_NEAR(p[0], std::log(2.0), 1e-13);
  EXPECT_NEAR(p[1], pi * pi / 12, 1e-13);
  EXPECT_NEAR(p[2], 0.75 * 1.2020569031595942, 1e-13);
  EXPECT_NEAR(p[3], 7 * std::pow(pi, 4) / 720, 1e-13);
}

TEST(FermiDirac, SommerfeldAndNondegenerateLimits) {
  // Sommerfeld expansion (e.g. Chandrasekhar 1939, ch. X): F_{1/2}(eta) = 2/3 eta^1.5 (1 + pi^2/(8 eta^2)
  // + 7 pi^4/(640 eta^4)); at eta = 60 the omitted terms are < 1e-9 relative.
  const double eta = 60;
  const double somm = 2.0 / 3 * std::pow(eta, 1.5) *
                      (1 + pi * pi / (8 * eta * eta) + 7 * std::pow(pi, 4) / (640 * std::pow(eta, 4)));
  EXPECT_NEAR(nuflash::dense::fd_half(eta).f12 / somm, 1.0, 1e-9);
  // Non-degenerate: F_{1/2}(eta) -> Gamma(3/2) (e^eta - e^{2 eta} / 2^{3/2})
  const double z = std::exp(-25.0);
  EXPECT_NEAR(nuflash::dense::fd_half(-25).f12 / (0.5 * std::sqrt(pi) * (z - z * z / std::pow(2, 1.5))), 1.0,
              1e-9);
  // inverse
  EXPECT_NEAR(nuflash::dense::fd_half_inverse(nuflash::dense::fd_half(3.7).f12), 3.7, 1e-10);
  EXPECT_NEAR(nuflash::dense::fd_half_inverse(nuflash::dense::fd_half(-12.0).f12), -12.0, 1e-10);
}

TEST(ChiralityFlip, ScalesExactlyAsMu12Squared) {
  // eps_R is quadratic in the moment (the amplitude is linear in mu_nu; Barbieri & Mohapatra 1988).
  const auto a = chirality_flip_emissivity(core(1.0));
  const auto b = chirality_flip_emissivity(core(3.7));
  EXPECT_NEAR(b.eps_R / a.eps_R, 3.7 * 3.7, 1e-12 * 3.7 * 3.7);
  EXPECT_NEAR(b.eps_e / a.eps_e, 3.7 * 3.7, 1e-12 * 3.7 * 3.7);
  EXPECT_EQ(chirality_flip_emissivity(core(0.0)).eps_R, 0.0);
}

TEST(ChiralityFlip, StaticNondegenerateProtonLimit) {
  // Analytic limit: for a static classical target of charge e the spin-flip cross section is
  // d sigma / d q^2 = alpha mu_nu^2 / q^2 (from d sigma/dT = pi alpha^2 mu^2/(m^2 mu_B^2)(1/T - 1/E),
  // Vogel & Engel 1989, PRD 39, 3378, eq. 2, with T = q^2/2M), screened as q^4 -> (q^2 + k_s^2)^2.
  // Hence eps_p = n_p alpha mu^2 int d^3k/(2pi)^3 E f(E) [ln(1 + 4E^2/k^2) + k^2/(4E^2 + k^2) - 1]
  // for nu and nubar. At rho = 1e11, T = 10 MeV, Ynu = 0 the protons are non-degenerate, the recoil
  // (2E)^2/2m_p and energy transfer q v_p are <~ 10% of E, so the full result must agree to ~10%.
  ChiralityFlipInput in;
  in.rho_cgs = 1e11;
  in.T_K = T_K(10);
  in.Ye = 0.3;
  in.Ynu = 0;
  in.mu12 = 1;
  const auto r = chirality_flip_emissivity(in);
  const double T = 10, alpha = c::alpha_fs, hc3 = std::pow(c::hbar_c_MeV_cm, 3);
  const double np = 0.3 * in.rho_cgs / c::mu_g * hc3;
  // Screening: Debye for classical protons, 4 pi alpha n/T; massless electrons 4 pi alpha (mu^2/pi^2 + T^2/3)
  const double mu_e = r.mu_e_MeV;
  const double k2 = 4 * pi * alpha * (np / T + mu_e * mu_e / (pi * pi) + T * T / 3);
  const double mu_nu = 1e-12 * std::sqrt(4 * pi * alpha) / (2 * c::me_c2_MeV);
  double integral = 0;  // int_0^inf E^3 f(E) Lambda(E) dE by the midpoint rule (smooth integrand)
  const double dE = 0.01;
  for (double E = 0.5 * dE; E < 400; E += dE) {
    const double lam = std::log(1 + 4 * E * E / k2) + k2 / (4 * E * E + k2) - 1;
    integral += E * E * E / (std::exp(E / T) + 1) * lam * dE;
  }
  const double eps_MeV5 = 2 * np * alpha * mu_nu * mu_nu * integral / (2 * pi * pi);
  const double eps_cgs = eps_MeV5 * c::MeV_erg / (hc3 * c::hbar_cgs / c::MeV_erg) / in.rho_cgs;
  EXPECT_NEAR(r.eps_p / eps_cgs, 1.0, 0.10) << "ratio " << r.eps_p / eps_cgs << ", eps_p = " << r.eps_p << ", static limit " << eps_cgs;
}

TEST(ChiralityFlip, CriterionBoundInPublishedBand) {
  // Raffelt 1996 Sect. 13.8 criterion eps_R < 1e19 erg/g/s at rho = 3e14, T = 30 MeV.
  // Ayala, D'Olivo & Torres 1999 (PRD 59, 111901), electrons with the resummed (HTL) propagator:
  // mu_nu < (0.1 - 0.4) 1e-11 mu_B, i.e. mu12 in [1, 4]. Our electron part alone must give that.
  // The protons (not in Ayala et al.) add to eps_R; with them the bound may drop below the band but
  // not by more than a factor 2 (docs/supernova.md gives the numbers; Kuznetsov & Mikheev 2007,
  // hep-ph/0606261, found the proton contribution essential).
  const auto r = chirality_flip_emissivity(core(1.0));
  const double bound_e = std::sqrt(1e19 / r.eps_e);
  const double bound = std::sqrt(1e19 / r.eps_R);
  EXPECT_GE(bound_e, 1.0);
  EXPECT_LE(bound_e, 4.0);
  EXPECT_GE(bound, 0.5);
  EXPECT_LE(bound, 4.0);
  // Electron screening of an ultra-relativistic plasma: k^2 = (4 alpha / pi)(mu_e^2 + pi^2 T^2 / 3)
  // (Braaten & Segel 1993, PRD 48, 1478, eq. 5 with m_e -> 0); the T = 0 limit is the Thomas-Fermi
  // k_TF^2 = 4 alpha p_F^2 / pi used by Barbieri & Mohapatra 1988.
  const double mu = r.mu_e_MeV;
  EXPECT_NEAR(r.kTF_MeV, std::sqrt(4 * c::alpha_fs / pi * (mu * mu + pi * pi * 900 / 3)), 1e-9 * r.kTF_MeV);
}

TEST(ChiralityFlip, PositiveAndSmoothOverCoreConditions) {
  // Over the supernova-core band (rho 1e14..1e15, T 10..60 MeV) eps_R is positive and rises with T.
  for (double rho : {1e14, 3e14, 1e15}) {
    double last = 0;
    for (double T : {10.0, 20.0, 40.0, 60.0}) {
      ChiralityFlipInput in = core(1.0);
      in.rho_cgs = rho;
      in.T_K = T_K(T);
      const auto r = chirality_flip_emissivity(in);
      EXPECT_GT(r.eps_R, last) << "rho " << rho << " T " << T;
      last = r.eps_R;
    }
  }
}

TEST(ChiralityFlip, RejectsOutOfRangeInput) {
  ChiralityFlipInput in = core(1.0);
  in.Ye = 0.9;
  EXPECT_THROW(chirality_flip_emissivity(in), nuflash::InputError);
  in = core(-1.0);
  EXPECT_THROW(chirality_flip_emissivity(in), nuflash::InputError);
}
