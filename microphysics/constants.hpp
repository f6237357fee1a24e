// Physical constants in CGS units: CODATA 2018 (Tiesinga et al. 2021, RMP 93, 025010)
// and IAU 2015 Resolution B3 nominal solar values. The one place constants live.
#pragma once

#include <numbers>

namespace nuflash::constants {

inline constexpr double pi = std::numbers::pi;

// --- exact SI-defining constants, in CGS ---
inline constexpr double c_cgs = 2.99792458e10;       // speed of light [cm s^-1]
inline constexpr double h_cgs = 6.62607015e-27;      // Planck constant [erg s]
inline constexpr double hbar_cgs = h_cgs / (2.0 * pi);  // reduced Planck constant [erg s]
inline constexpr double kB_cgs = 1.380649e-16;       // Boltzmann constant [erg K^-1]
inline constexpr double NA = 6.02214076e23;          // Avogadro constant [mol^-1]
inline constexpr double eV_erg = 1.602176634e-12;    // electron volt [erg]
inline constexpr double keV_erg = 1.0e3 * eV_erg;
inline constexpr double MeV_erg = 1.0e6 * eV_erg;
inline constexpr double GeV_erg = 1.0e9 * eV_erg;
// elementary charge in statcoulomb: e_SI * c / 10
inline constexpr double e_esu = 1.602176634e-19 * c_cgs / 10.0;

// --- measured constants (CODATA 2018) ---
inline constexpr double G_cgs = 6.67430e-8;              // Newtonian constant [cm^3 g^-1 s^-2]
inline constexpr double me_g = 9.1093837015e-28;          // electron mass [g]
inline constexpr double mp_g = 1.67262192369e-24;         // proton mass [g]
inline constexpr double mn_g = 1.67492749804e-24;         // neutron mass [g]
inline constexpr double mu_g = 1.66053906660e-24;         // atomic mass constant [g]
inline constexpr double alpha_fs = 7.2973525693e-3;       // fine-structure constant
inline constexpr double me_c2_MeV = 0.51099895000;        // electron rest energy [MeV]
inline constexpr double me_c2_erg = me_c2_MeV * MeV_erg;  // electron rest energy [erg]
inline constexpr double muB_cgs = 9.2740100783e-21;       // Bohr magneton [erg G^-1]
inline constexpr double mu12_muB = 1.0e-12;               // unit of mu12: mu_nu = mu12 * 1e-12 mu_B
inline constexpr double GF_GeV2 = 1.1663787e-5;           // Fermi constant G_F/(hbar c)^3 [GeV^-2]
inline constexpr double sin2thetaW_onshell = 0.22290;     // on-shell weak mixing angle (CODATA 2018)
inline constexpr double gA_nucleon = 1.2754;              // axial coupling of the nucleon (PDG 2022)
inline constexpr double Vud = 0.97373;                    // CKM |V_ud| (PDG 2022, Sect. 12)
// Weak mixing angle adopted by Itoh et al. 1996 (ApJS 102, 411, Sect. 2) for the neutrino-electron
// couplings C_V = 1/2 + 2 sin^2(theta_W), C_A = 1/2 of their fits; used for every thermal neutrino process
// so that the fits and the plasmon-decay integral share one coupling.
inline constexpr double sin2thetaW_Itoh1996 = 0.2319;
// MS-bar weak mixing angle at M_Z, sin^2(theta_W)(M_Z) = 0.23121(4) (PDG 2020, Zyla et al.,
// PTEP 2020, 083C01, review "Electroweak model and constraints on new physics", Table 10.2)
inline constexpr double sin2thetaW_MSbar_MZ = 0.23121;
inline constexpr double m_mu_c2_MeV = 105.6583755;       // muon rest energy [MeV] (CODATA 2018)
inline constexpr double m_pi_c2_MeV = 139.57039;         // charged-pion rest energy [MeV] (PDG 2020)
inline constexpr double m_alpha_c2_MeV = 3727.3794066;    // alpha-particle rest energy [MeV] (CODATA 2018)
inline constexpr double sigma_SB_cgs = 5.670374419e-5;    // Stefan-Boltzmann [erg cm^-2 s^-1 K^-4]
inline constexpr double a_rad_cgs = 4.0 * sigma_SB_cgs / c_cgs;  // radiation constant [erg cm^-3 K^-4]
inline constexpr double sigma_T_cgs = 6.6524587321e-25;   // Thomson cross section [cm^2]
inline constexpr double r_e_cgs = 2.8179403262e-13;       // classical electron radius [cm]
inline constexpr double lambda_C_cgs = hbar_cgs / (me_g * c_cgs);  // reduced Compton wavelength [cm]
inline constexpr double hbar_c_MeV_fm = 197.3269804;      // hbar c [MeV fm]
inline constexpr double hbar_c_MeV_cm = hbar_c_MeV_fm * 1.0e-13;  // hbar c [MeV cm]

// Bohr radius (CODATA 2018)
inline constexpr double a0_cgs = 0.529177210903e-8;       // [cm]
// Ionisation energies of H and He (NIST Atomic Spectra Database, ionization energies, 2020:
// H I 13.598434599702 eV, He I 24.587389011 eV, He II 54.4177655282 eV)
inline constexpr double chi_H_eV = 13.598434599702;
inline constexpr double chi_He1_eV = 24.587389011;
inline constexpr double chi_He2_eV = 54.4177655282;

// G_F in CGS: G_F = GF_GeV2 * (hbar c)^3 [erg cm^3]
inline constexpr double GF_erg_cm3 = GF_GeV2 / (GeV_erg * GeV_erg) *
                                     (hbar_cgs * c_cgs) * (hbar_cgs * c_cgs) * (hbar_cgs * c_cgs);

// --- time and length ---
inline constexpr double hour_s = 3600.0;
inline constexpr double day_s = 86400.0;
inline constexpr double year_s = 3.15576e7;  // Julian year [s]
inline constexpr double W_erg_s = 1.0e7;     // one watt [erg s^-1]
inline constexpr double kg_g = 1.0e3;        // one kilogram [g]
inline constexpr double tonne_g = 1.0e6;     // one metric tonne [g]
inline constexpr double Gyr_s = 1.0e9 * year_s;
inline constexpr double pc_cm = 3.0856775814913673e18;
inline constexpr double au_cm = 1.495978707e13;

// --- IAU 2015 Resolution B3 nominal solar values ---
inline constexpr double GMsun_cgs = 1.3271244e26;          // nominal solar mass parameter [cm^3 s^-2]
inline constexpr double Msun_g = GMsun_cgs / G_cgs;         // solar mass [g] (= 1.98841e33)
inline constexpr double Rsun_cm = 6.957e10;                 // nominal solar radius [cm]
inline constexpr double Lsun_cgs = 3.828e33;                // nominal solar luminosity [erg s^-1]
inline constexpr double Teff_sun_K = 5772.0;                // nominal solar effective temperature [K]
inline constexpr double Mbol_sun = 4.74;                    // IAU 2015 B2 solar bolometric magnitude

}  // namespace nuflash::constants
