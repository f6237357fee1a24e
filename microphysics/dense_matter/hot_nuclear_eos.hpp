// Equation of state of hot proto-neutron-star matter, written for nuflash (docs/supernova.md):
//  * neutrons and protons: non-relativistic ideal Fermi gases of arbitrary degeneracy (bare masses),
//    plus a temperature-independent Skyrme-like mean field with energy density
//      V(n_n, n_p) = A n^2 / (2 n0) + B n^(sigma+1) / ((sigma+1) n0^sigma) + S_pot (n_n - n_p)^2 / n0,
//    A, B, sigma fixed by saturation (n0, E0, K) of symmetric matter and S_pot by the symmetry
//    energy S0 minus the free-gas kinetic part E_F0/3 (the PAL-type form of Prakash, Ainsworth &
//    Lattimer 1988, PRL 61, 2518, reduced to its simplest terms);
//  * electrons and positrons: massless ideal gas (m_e << mu_e, T in the PNS);
//  * trapped nu_e and anti-nu_e with chemical potential mu_nu; nu_mu, nu_tau and their antiparticles
//    thermal (mu = 0); photons.
// All thermodynamic quantities derive from one free energy, so T ds = de + P dv - sum mu_i dY_i holds
// to the accuracy of the Fermi integrals. Energies are counted from a neutron at rest: a proton
// carries -(m_n - m_p) c^2, electrons and neutrinos are massless.
// Heavy nuclei, muons, pions and hyperons are not included (the PNS surface layers at rho < 1e12
// g/cm^3 are thus only roughly represented).
#pragma once

namespace nuflash::dense {

struct NuclearMatterParams {
  double n0_fm3 = 0.16;  // saturation density
  double E0_MeV = -16;   // binding energy per nucleon of symmetric matter at n0
  double K_MeV = 240;    // incompressibility
  double S0_MeV = 32;    // symmetry energy at n0
};

struct HotMatter {
  double P_cgs = 0;       // pressure [erg cm^-3]
  double e_cgs = 0;       // specific internal energy [erg g^-1] (zero: free neutrons at rest, T = 0)
  double s_kB = 0;        // entropy per baryon [k_B]
  double T_MeV = 0;
  double nB_fm3 = 0;      // baryon number density
  double Ye = 0, Ynu = 0; // net electrons and net nu_e per baryon
  double mu_n_MeV = 0;    // neutron chemical potential (kinetic + mean field)
  double mu_p_MeV = 0;    // proton chemical potential (kinetic + mean field - (m_n - m_p))
  double mu_e_MeV = 0;    // electron chemical potential
  double mu_nu_MeV = 0;   // nu_e chemical potential
  double eta_n = 0, eta_p = 0;  // kinetic degeneracy parameters of the nucleons
  double U_n_MeV = 0, U_p_MeV = 0;  // mean-field single-particle potentials
  double dnn_dmu_fm3_MeV = 0, dnp_dmu_fm3_MeV = 0;  // (dn/dmu)_T of the nucleon gases
};

// Matter at given density, temperature and composition. Throws InputError outside
// rho 1e5..1e16 g/cm^3, T 0.01..300 MeV, Ye 1e-4..0.6, |Ynu| <= 0.5.
HotMatter hot_matter(double rho_cgs, double T_MeV, double Ye, double Ynu,
                     const NuclearMatterParams& par = {});

// Matter in beta equilibrium (mu_n + mu_nu = mu_p + mu_e) with lepton fraction YL = Ye + Ynu and
// entropy s_kB per baryon at density rho. T_guess_MeV and Ye_guess start the Newton iteration
// (any positive values work; close ones save iterations). Throws ComputeError if it fails.
HotMatter hot_matter_beta_eq(double rho_cgs, double s_kB, double YL, double T_guess_MeV, double Ye_guess,
                             const NuclearMatterParams& par = {});

}  // namespace nuflash::dense
