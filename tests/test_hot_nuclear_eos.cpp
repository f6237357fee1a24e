// Tests of the hot nuclear-matter EOS and of the neutrino diffusion microphysics for PNS cooling.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "constants.hpp"
#include "dense_matter/hot_nuclear_eos.hpp"
#include "dense_matter/neutrino_diffusion.hpp"

namespace c = nuflash::constants;
namespace d = nuflash::dense;

namespace {
constexpr double pi = std::numbers::pi;
constexpr double hc = c::hbar_c_MeV_fm;
double rho_of(double n_fm3) { return n_fm3 * 1e39 * c::mu_g; }
// T -> 0 electron gas (massless, g = 2): P = mu^4 / (12 pi^2), energy 3P, n = mu^3 / (3 pi^2)
double electron_mu(double ne_fm3) { return hc * std::cbrt(3 * pi * pi * ne_fm3); }
}  // namespace

TEST(HotNuclearEos, ReproducesSaturationOfSymmetricMatter) {
  // Inputs of the mean field (standard empirical values, e.g. Lattimer & Prakash 2016, Phys. Rep.
  // 621, 127): n0 = 0.16 fm^-3, E/A = -16 MeV, P = 0 at n0. Remove the electrons (T -> 0 massless
  // gas) and the proton-neutron mass difference counted in e, then check E/A and P of the nucleons.
  const double n0 = 0.16, T = 0.05;
  const d::HotMatter m = d::hot_matter(rho_of(n0), T, 0.5, 0.0);
  const double mu = electron_mu(0.5 * n0);
  const double Pe = std::pow(mu, 4) / (12 * pi * pi) / std::pow(hc, 3);  // MeV fm^-3
  const double Q = (c::mn_g - c::mp_g) * c::c_cgs * c::c_cgs / c::MeV_erg;
  const double e_per_A = m.e_cgs * c::mu_g / c::MeV_erg;                 // MeV per baryon
  const double E_nuc = e_per_A - 3 * Pe / n0 + 0.5 * Q;
  const double P_nuc = m.P_cgs / (c::MeV_erg * 1e39) - Pe;
  EXPECT_NEAR(E_nuc, -16.0, 0.05);
  EXPECT_NEAR(P_nuc, 0.0, 0.02);
  // Symmetry energy S0 = 32 MeV: E(pure neutron) - E(symmetric) = S0 in the parabolic approximation,
  // which the free kinetic term obeys to ~1 MeV at n0 (e.g. Lattimer & Prakash 2016, Sect. 2).
  const d::HotMatter mn = d::hot_matter(rho_of(n0), T, 1e-4, 0.0);
  const double E_neut = mn.e_cgs * c::mu_g / c::MeV_erg;  // electrons negligible at Ye = 1e-4
  EXPECT_NEAR(E_neut - E_nuc, 32.0, 1.5);
}

TEST(HotNuclearEos, ThermodynamicConsistency) {
  // First law at fixed composition: de = T ds - P d(1/rho), checked by central differences.
  const double rho = 3e14, T = 20, Ye = 0.3, Ynu = 0.05, h = 1e-5;
  const double kT_per_mu = T * c::MeV_erg / c::mu_g;
  const d::HotMatter a = d::hot_matter(rho, T * (1 + h), Ye, Ynu), b = d::hot_matter(rho, T * (1 - h), Ye, Ynu);
  EXPECT_NEAR((a.e_cgs - b.e_cgs) / (kT_per_mu * (a.s_kB - b.s_kB)), 1.0, 1e-6);
  const d::HotMatter p = d::hot_matter(rho * (1 + h), T, Ye, Ynu), q = d::hot_matter(rho * (1 - h), T, Ye, Ynu);
  const d::HotMatter m = d::hot_matter(rho, T, Ye, Ynu);
  const double work = -m.P_cgs * (1 / (rho * (1 + h)) - 1 / (rho * (1 - h)));
  EXPECT_NEAR((p.e_cgs - q.e_cgs - work) / (kT_per_mu * (p.s_kB - q.s_kB)), 1.0, 1e-6);
  // In beta equilibrium de = T ds + mu_nu dY_L at fixed rho (the lepton number is the only
  // composition variable).
  const double s = 1.5, YL = 0.3;
  const d::HotMatter e0 = d::hot_matter_beta_eq(rho, s, YL, 20, 0.25);
  const d::HotMatter e1 = d::hot_matter_beta_eq(rho, s, YL * (1 + h), 20, 0.25);
  const d::HotMatter e2 = d::hot_matter_beta_eq(rho, s, YL * (1 - h), 20, 0.25);
  EXPECT_NEAR((e1.e_cgs - e2.e_cgs) / (e0.mu_nu_MeV * c::MeV_erg / c::mu_g * 2 * YL * h), 1.0, 1e-5);
  EXPECT_NEAR(e0.mu_n_MeV + e0.mu_nu_MeV, e0.mu_p_MeV + e0.mu_e_MeV, 1e-6 * e0.mu_e_MeV);
  EXPECT_NEAR(e0.s_kB, s, 1e-9 * s);
}

TEST(HotNuclearEos, NondegenerateLimitIsIdealGas) {
  // rho = 1e10 g/cm^3, T = 10 MeV: nucleons are a classical gas, P_N = n_B T (mean field ~ 1e-4 n T).
  // Subtract the exact massless e-, nu, photon pressures to isolate it.
  const double rho = 1e10, T = 10;
  const d::HotMatter m = d::hot_matter(rho, T, 0.3, 0.0);
  const double nB = rho / c::mu_g * 1e-39;
  const double mue = m.mu_e_MeV, T2 = T * T, T4 = T2 * T2;
  const double Pe = 2 * (7 * pi * pi * T4 / 360 + mue * mue * T2 / 12 + std::pow(mue, 4) / (24 * pi * pi));
  const double Pnu = 3 * 7 * pi * pi * T4 / 360;  // three flavours, nu + nubar each, at mu = 0
  const double Pgam = pi * pi * T4 / 45;
  const double PN = m.P_cgs / (c::MeV_erg * 1e39) - (Pe + Pnu + Pgam) / std::pow(hc, 3);
  EXPECT_NEAR(PN / (nB * T), 1.0, 2e-3);
}

TEST(NeutrinoDiffusion, NucleonScatteringCrossSection) {
  // Burrows, Reddy & Thompson 2006 (NPA 777, 356), eqs. 12-13 with their transport correction:
  // sigma_tr = (G_F^2 E^2 / pi)(2/3)(c_V^2 + 5 c_A^2) per nucleon, c_V^n = -1/2, c_A^n = -g_A/2,
  // c_V^p = 1/2 - 2 sin^2(theta_W), c_A^p = g_A/2. Non-degenerate matter at rho = 1e10, T = 2 MeV.
  const d::HotMatter m = d::hot_matter(1e10, 2, 0.3, 0.0);
  const double E = 10;
  const double GF = c::GF_GeV2 * 1e-6, gA = c::gA_nucleon, s2w = c::sin2thetaW_onshell;
  const double s0 = GF * GF * E * E / pi * std::pow(c::hbar_c_MeV_cm, 2);
  const double sn = s0 * 2.0 / 3.0 * (0.25 + 5 * gA * gA / 4);
  const double cvp = 0.5 - 2 * s2w;
  const double sp = s0 * 2.0 / 3.0 * (cvp * cvp + 5 * gA * gA / 4);
  const double nB = 1e10 / c::mu_g;
  const double expected = 0.7 * nB * sn + 0.3 * nB * sp;
  EXPECT_NEAR(d::neutrino_kappa(m, E).nux / expected, 1.0, 2e-3);  // degeneracy xi/n -> 1 - O(e^eta)
}

TEST(NeutrinoDiffusion, ChargedCurrentAbsorption) {
  // nu_e n -> e- p: sigma_a = (G_F^2 V_ud^2 / pi)(1 + 3 g_A^2) (E + Delta)^2 (Bruenn 1985, ApJS 58, 771,
  // eq. C12; BRT06 eq. 10); at rho = 1e10, T = 2 MeV blocking and stimulated absorption are < 1e-3.
  const d::HotMatter m = d::hot_matter(1e10, 2, 0.3, 0.0);
  const double E = 20;
  const double GF = c::GF_GeV2 * 1e-6, gA = c::gA_nucleon;
  const double Delta = (c::mn_g - c::mp_g) * c::c_cgs * c::c_cgs / c::MeV_erg + m.U_n_MeV - m.U_p_MeV;
  const double sa = GF * GF * c::Vud * c::Vud / pi * (1 + 3 * gA * gA) * std::pow(E + Delta, 2) *
                    std::pow(c::hbar_c_MeV_cm, 2);
  const double kap_sc = d::neutrino_kappa(m, E).nux;
  const double nn = 0.7 * 1e10 / c::mu_g;
  EXPECT_NEAR((d::neutrino_kappa(m, E).nue - kap_sc) / (nn * sa), 1.0, 2e-3);
}

TEST(NeutrinoDiffusion, OnsagerSymmetryAndPositivity) {
  // The fluxes are the diffusion limit of the transport equation, so the coefficient matrix in
  // Onsager form is symmetric (DE_eta = kT DL_lnT) and positive definite (entropy production >= 0).
  const d::HotMatter m = d::hot_matter_beta_eq(3e14, 1.5, 0.33, 20, 0.28);
  const d::DiffusionCoefficients D = d::neutrino_diffusion(m);
  const double kT = m.T_MeV * c::MeV_erg;
  EXPECT_NEAR(D.DE_eta / (kT * D.DL_lnT), 1.0, 1e-12);
  EXPECT_GT(D.DL_eta, 0);
  EXPECT_GT(D.DL_eta * D.DE_lnT - D.DE_eta * D.DL_lnT, 0);
}
