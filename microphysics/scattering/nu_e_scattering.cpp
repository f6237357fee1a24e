#include "nu_e_scattering.hpp"

#include <array>
#include <cmath>
#include <span>

#include "error.hpp"
#include "quadrature.hpp"

namespace nuflash::scattering {

namespace c = nuflash::constants;

namespace {

// G_F^2 m_e c^2 / (2 pi (hbar c)^4) [cm^2 erg^-1]
double weak_prefactor() {
  const double hbarc = c::hbar_cgs * c::c_cgs;
  const double gf_over_hbarc3 = c::GF_erg_cm3 / (hbarc * hbarc * hbarc);  // [erg^-2]
  return gf_over_hbarc3 * gf_over_hbarc3 * c::me_c2_erg * hbarc * hbarc / (2.0 * c::pi);
}

// pi alpha^2 (hbar c)^2 / (m_e c^2)^2 (mu_nu/mu_B)^2 per mu12^2 [cm^2]
double magnetic_prefactor_per_mu12sq() {
  const double lambda = c::hbar_cgs * c::c_cgs / c::me_c2_erg;  // reduced Compton wavelength [cm]
  return c::pi * c::alpha_fs * c::alpha_fs * lambda * lambda * c::mu12_muB * c::mu12_muB;
}

void check_energies(double E_erg, double T_erg) {
  if (!(E_erg > 0.0) || !std::isfinite(E_erg))
    throw InputError("nu-e scattering: neutrino energy E = " + std::to_string(E_erg / c::MeV_erg) +
                     " MeV, must be > 0");
  if (!(T_erg >= 0.0) || !std::isfinite(T_erg))
    throw InputError("nu-e scattering: recoil energy T = " + std::to_string(T_erg / c::MeV_erg) +
                     " MeV, must be >= 0");
}

struct Shell {
  int electrons;
  double B_eV;
};

// Subshell binding energies (eV) from Bearden & Burr 1967, RMP 39, 125, as tabulated in the
// X-Ray Data Booklet (LBNL, 2009), Table 1-1, with electron occupancies.
// Ge (Z = 32): K, L1-L3, M1-M5; the four 4s4p valence electrons (a few eV) count as free.
constexpr std::array<Shell, 10> kGermanium{{{2, 11103.1},
                                            {2, 1414.6},
                                            {2, 1248.1},
                                            {4, 1217.0},
                                            {2, 180.1},
                                            {2, 124.9},
                                            {4, 120.8},
                                            {4, 29.8},
                                            {6, 29.2},
                                            {4, 0.0}}};
// Xe (Z = 54): K through O3.
constexpr std::array<Shell, 17> kXenon{{{2, 34561.0},
                                        {2, 5453.0},
                                        {2, 5107.0},
                                        {4, 4786.0},
                                        {2, 1148.7},
                                        {2, 1002.1},
                                        {4, 940.6},
                                        {4, 689.0},
                                        {6, 676.4},
                                        {2, 213.2},
                                        {2, 146.7},
                                        {4, 145.5},
                                        {4, 69.5},
                                        {6, 67.5},
                                        {2, 23.3},
                                        {2, 13.4},
                                        {4, 12.1}}};

double step_fraction(std::span<const Shell> shells, double T_erg) {
  int total = 0, active = 0;
  for (const auto& s : shells) {
    total += s.electrons;
    if (T_erg > s.B_eV * c::eV_erg) active += s.electrons;
  }
  return static_cast<double>(active) / total;
}

}  // namespace

Flavor parse_flavor(std::string_view name) {
  if (name == "nue") return Flavor::nue;
  if (name == "nuebar") return Flavor::nuebar;
  if (name == "numu") return Flavor::numu;
  if (name == "numubar") return Flavor::numubar;
  if (name == "nutau") return Flavor::nutau;
  if (name == "nutaubar") return Flavor::nutaubar;
  throw InputError("flavor '" + std::string(name) +
                   "' unknown; allowed: nue, nuebar, numu, numubar, nutau, nutaubar");
}

std::string_view flavor_name(Flavor f) {
  switch (f) {
    case Flavor::nue: return "nue";
    case Flavor::nuebar: return "nuebar";
    case Flavor::numu: return "numu";
    case Flavor::numubar: return "numubar";
    case Flavor::nutau: return "nutau";
    case Flavor::nutaubar: return "nutaubar";
  }
  return "nue";
}

bool is_antineutrino(Flavor f) {
  return f == Flavor::nuebar || f == Flavor::numubar || f == Flavor::nutaubar;
}

Couplings couplings(Flavor f, double sin2w) {
  if (!(sin2w > 0.0 && sin2w < 1.0))
    throw InputError("sin2w = " + std::to_string(sin2w) + ", must be in (0, 1)");
  double gV = -0.5 + 2.0 * sin2w;
  double gA = -0.5;
  if (f == Flavor::nue || f == Flavor::nuebar) {  // charged-current (W exchange) contribution
    gV += 1.0;
    gA += 1.0;
  }
  if (is_antineutrino(f)) gA = -gA;
  return {gV, gA};
}

double T_max_erg(double E_erg) {
  check_energies(E_erg, 0.0);
  return 2.0 * E_erg * E_erg / (c::me_c2_erg + 2.0 * E_erg);
}

double dsigma_dT_weak(Flavor f, double E_erg, double T_erg, double sin2w) {
  check_energies(E_erg, T_erg);
  const auto [gV, gA] = couplings(f, sin2w);
  if (T_erg > T_max_erg(E_erg)) return 0.0;
  const double y = T_erg / E_erg;
  const double bracket = (gV + gA) * (gV + gA) + (gV - gA) * (gV - gA) * (1.0 - y) * (1.0 - y) +
                         (gA * gA - gV * gV) * c::me_c2_erg * T_erg / (E_erg * E_erg);
  return weak_prefactor() * bracket;
}

double dsigma_dT_mag(double E_erg, double T_erg, double mu12) {
  check_energies(E_erg, T_erg);
  if (T_erg == 0.0 || T_erg > T_max_erg(E_erg)) return 0.0;
  return magnetic_prefactor_per_mu12sq() * mu12 * mu12 * (1.0 / T_erg - 1.0 / E_erg);
}

double sigma_weak(Flavor f, double E_erg, double sin2w, double T_min_erg) {
  const double tmax = T_max_erg(E_erg);
  if (T_min_erg >= tmax) return 0.0;
  // The integrand is a quadratic polynomial in T: one 20-point panel is exact.
  return quadrature::integrate([&](double T) { return dsigma_dT_weak(f, E_erg, T, sin2w); },
                               std::max(T_min_erg, 0.0), tmax, 1);
}

double sigma_mag(double E_erg, double mu12, double T_min_erg) {
  if (!(T_min_erg > 0.0))
    throw InputError("sigma_mag: T_min = " + std::to_string(T_min_erg / c::MeV_erg) +
                     " MeV, must be > 0 (the magnetic total diverges as ln T_min)");
  const double tmax = T_max_erg(E_erg);
  if (T_min_erg >= tmax) return 0.0;
  const int panels = 1 + static_cast<int>(std::log(tmax / T_min_erg));
  return quadrature::integrate_log([&](double T) { return dsigma_dT_mag(E_erg, T, mu12); }, T_min_erg,
                                   tmax, panels);
}

Target parse_target(std::string_view name) {
  if (name == "free") return Target::free_electron;
  if (name == "ge") return Target::germanium;
  if (name == "xe") return Target::xenon;
  throw InputError("target '" + std::string(name) + "' unknown; allowed: free, ge, xe");
}

double binding_step_factor(Target target, double T_erg) {
  if (!(T_erg >= 0.0)) throw InputError("binding_step_factor: T = " + std::to_string(T_erg) + " erg, must be >= 0");
  switch (target) {
    case Target::free_electron: return 1.0;
    case Target::germanium: return step_fraction(kGermanium, T_erg);
    case Target::xenon: return step_fraction(kXenon, T_erg);
  }
  return 1.0;
}

}  // namespace nuflash::scattering
