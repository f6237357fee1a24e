// Neutrino-electron elastic scattering: weak (Standard Model, tree level) and magnetic-moment
// differential cross sections dsigma/dT in the electron recoil kinetic energy T, kinematics, totals,
// and the atomic-binding stepping approximation for Ge and Xe targets.
//
// Units: CGS throughout (energies in erg, cross sections in cm^2, dsigma/dT in cm^2 erg^-1).
// The MeV interface of the command line converts at the edge.
//
// Weak part (Vogel & Engel 1989, PRD 39, 3378, Eq. 1; 't Hooft 1971, PLB 37, 195):
//   dsigma/dT = (G_F^2 m_e / 2 pi) [ (gV + gA)^2 + (gV - gA)^2 (1 - T/E)^2 + (gA^2 - gV^2) m_e T / E^2 ]
// with gV = -1/2 + 2 sin^2(theta_W), gA = -1/2 for nu_mu, nu_tau (neutral current only); the charged
// current adds +1 to both for nu_e; antineutrinos have gA -> -gA. The sign of the last term, checked
// against Vogel & Engel Eq. 1: +(gA^2 - gV^2) m_e T/E^2. In chiral couplings gL = (gV + gA)/2,
// gR = (gV - gA)/2 it is -4 gL gR m_e T/E^2, 't Hooft's -gL gR (m_e y/E) interference term; it is
// negative for nu_e and nuebar (|gV| > |gA|) and nearly -1/4 m_e T/E^2 for nu_mu.
// Radiative corrections (Bahcall, Kamionkowski & Sirlin 1995, PRD 51, 6146) are not included.
//
// Magnetic part (Vogel & Engel 1989, Eq. 2), mu_nu = mu12 * 1e-12 mu_B:
//   dsigma/dT = (pi alpha^2 mu_nu^2 / m_e^2) (1/T - 1/E) = pi r_e^2 (mu_nu/mu_B)^2 (1/T - 1/E)
// (in natural units; pi alpha^2 (hbar c)^2 / (m_e c^2)^2 = pi r_e^2 = 2.495e-25 cm^2).
#pragma once

#include <string>
#include <string_view>

#include "constants.hpp"

namespace nuflash::scattering {

enum class Flavor { nue, nuebar, numu, numubar, nutau, nutaubar };

// "nue", "nuebar", "numu", "numubar", "nutau", "nutaubar"; anything else -> InputError.
Flavor parse_flavor(std::string_view name);
std::string_view flavor_name(Flavor f);
bool is_antineutrino(Flavor f);

// Default weak mixing angle: MS-bar at M_Z (PDG 2020). A setting everywhere it is used.
inline constexpr double kSin2ThetaWDefault = constants::sin2thetaW_MSbar_MZ;

struct Couplings {
  double gV;
  double gA;
};
Couplings couplings(Flavor f, double sin2w = kSin2ThetaWDefault);

// Maximum recoil kinetic energy T_max = 2 E^2 / (m_e c^2 + 2 E) [erg].
double T_max_erg(double E_erg);

// Weak dsigma/dT [cm^2 erg^-1]; zero for T outside (0, T_max]. E_erg > 0 and T_erg >= 0 required.
double dsigma_dT_weak(Flavor f, double E_erg, double T_erg, double sin2w = kSin2ThetaWDefault);

// Magnetic dsigma/dT [cm^2 erg^-1] for mu_nu = mu12 * 1e-12 mu_B; zero for T outside (0, T_max].
double dsigma_dT_mag(double E_erg, double T_erg, double mu12);

// Total weak cross section [cm^2] for recoils T in [T_min, T_max], by quadrature.
double sigma_weak(Flavor f, double E_erg, double sin2w = kSin2ThetaWDefault, double T_min_erg = 0.0);

// Total magnetic cross section [cm^2] for recoils T in [T_min, T_max] (T_min > 0: the integral
// diverges logarithmically at T -> 0), by quadrature in ln T.
double sigma_mag(double E_erg, double mu12, double T_min_erg);

// Atomic-binding stepping approximation (Kopeikin et al. 1997, Phys. At. Nucl. 60, 1859; used by
// TEXONO, Wong et al. 2007 PRD 75, 012001, and GEMMA): an electron of a shell with binding energy B_i
// scatters as free only when T > B_i, so dsigma/dT_atom = (1/Z) sum_i n_i theta(T - B_i) dsigma/dT_free
// per electron. Returns that fraction in [0, 1]; 1 for a free-electron target.
enum class Target { free_electron, germanium, xenon };
Target parse_target(std::string_view name);  // "free", "ge", "xe"
double binding_step_factor(Target target, double T_erg);

}  // namespace nuflash::scattering
