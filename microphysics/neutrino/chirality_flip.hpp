// Chirality-flip emissivity of right-handed (sterile) Dirac neutrinos in supernova matter through a
// neutrino magnetic moment mu_nu = mu12 * 1e-12 mu_B:  nu_L + f -> nu_R + f  for the charged
// constituents f = e-, e+ and p (the antineutrinos flip likewise).
//
// Physics (derivation and checks in docs/supernova.md):
//  * Rate from the medium's response: each target species enters through the imaginary part of
//    its one-loop photon self-energy in the space-like region (Landau damping), i.e. the dynamic
//    structure functions of an ideal Fermi gas at temperature T, computed exactly for
//    massless e-/e+ (longitudinal and transverse) and for non-relativistic protons (longitudinal;
//    their transverse current response is O(v^2) ~ 3T/m_p and is left out).
//    Fluctuation-dissipation: f(p)(1 - f(p + omega)) = (1 + n_B(omega)) (f(p) - f(p + omega)).
//  * The magnetic-moment vertex mu sigma^{ab} q_b between massless nu_L(k) and nu_R(k') gives the
//    tensor -q^2 (k + k')^a (k + k')^b, contracted with the Coulomb-gauge propagator.
//  * Screened propagator: longitudinal 1/(q^2 + k_s^2 + i Im Pi_L) with the static Debye
//    (protons) and Thomas-Fermi (electrons) wavenumber k_s^2 = e^2 sum_j dn_j/dmu_j; transverse
//    1/(q^2 - omega^2 + i Im Pi_T) (dynamical screening by Landau damping, no static magnetic
//    screening), as in Ayala, D'Olivo & Torres 1999 (PRD 59, 111901) and 2000 (NPB 564, 204).
//  * nu_L are trapped and degenerate: Fermi-Dirac with mu_nu fixed by the net number Ynu per baryon;
//    nu_R escape freely (no blocking). Electrons are massless with mu_e from Ye (exact for
//    m_e << mu_e, T); protons are an ideal non-relativistic gas of arbitrary degeneracy, n_p = Ye n_B.
// Limits: the static classical heavy-target limit reproduces d sigma/dq^2 = alpha mu_nu^2 / q^2
// (unscreened), and eps_R is exactly proportional to mu12^2.
#pragma once

namespace nuflash {

struct ChiralityFlipInput {
  double rho_cgs = 3e14;  // mass density [g cm^-3], 1e8 .. 1e16
  double T_K = 0;         // temperature [K], 0.05 .. 200 MeV
  double Ye = 0.3;        // electron (= proton) fraction per baryon, 1e-4 .. 0.6
  double Ynu = 0.05;      // net trapped neutrinos of the flavour with the moment, per baryon, -0.3 .. 0.3
  double mu12 = 1;        // magnetic moment in 1e-12 Bohr magnetons, >= 0
  int nodes = 8;          // Gauss-Legendre nodes per panel, 2..16: 8 converged to ~1e-5, 4 to ~0.3%
};

struct ChiralityFlipResult {
  double eps_R = 0;      // total nu_R emissivity [erg g^-1 s^-1]
  double eps_e = 0;      // part from scattering on electrons and positrons
  double eps_p = 0;      // part from scattering on protons
  double lepton_rate = 0; // nu_L lepton number turned sterile [g^-1 s^-1] (nu minus anti-nu flips)
  double mu_e_MeV = 0;   // electron chemical potential (with rest mass neglected)
  double mu_nu_MeV = 0;  // neutrino chemical potential
  double eta_p = 0;      // proton degeneracy parameter (mu_p - m_p c^2) / kT
  double kTF_MeV = 0;    // electron Thomas-Fermi screening wavenumber (times hbar c)
  double kD_MeV = 0;     // proton Debye screening wavenumber (times hbar c)
};

// Throws InputError for inputs outside the ranges above.
ChiralityFlipResult chirality_flip_emissivity(const ChiralityFlipInput& in);

}  // namespace nuflash
