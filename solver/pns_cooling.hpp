// Quasi-static cooling of a spherical proto-neutron star by equilibrium neutrino diffusion,
// in the Lagrangian mass coordinate, integrated by the method of lines with SUNDIALS CVODE
// (BDF, band linear solver).
//
// Unknowns per zone i: entropy per baryon s_i [k_B] and lepton fraction Y_L,i. At every evaluation
// of the right-hand side the hydrostatic structure (Newtonian or TOV) is solved for the edge radii
// r_j by Newton's method on the tridiagonal discrete equations
//   P_j - P_{j-1} = -G m_j dm_j / (4 pi r_j^4) [x TOV factor],   P_N = 0 at the surface,
// and then
//   dY_L,i/dt = -m_u [ (L_N,i+1 - L_N,i) / dm_i + n_sink,i ],
//   T_i ds_i/dt = m_u [ -(L_E,i+1 - L_E,i) / dm_i + mu_L,i ((L_N,i+1 - L_N,i) / dm_i + n_sink,i) - eps_sink,i ],
// with the lepton-number and energy luminosities L_N, L_E at the zone edges from diffusion
// coefficients and a vacuum surface condition supplied by the microphysics bundle. In the Newtonian
// case the discrete equations conserve E_int + E_grav + (energy radiated) exactly (docs/supernova.md),
// so the conservation error measures the time integration and the nonlinear solves.
// The solver knows no particular physics: it sees the bundle below.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace nuflash {

// Thermodynamic state of one zone (CGS).
struct PnsZoneThermo {
  double P = 0;        // pressure [erg cm^-3]
  double e = 0;        // specific internal energy [erg g^-1]
  double T_K = 0;      // temperature [K]
  double mu_L = 0;     // lepton-number chemical potential [erg]
  double eta_L = 0;    // mu_L / kT
  double Ye = 0;       // electron fraction
  double Ynu = 0;      // trapped net neutrino fraction
};

// Diffusion coefficients: F_N = -(DN_eta d(eta_L)/dr + DN_lnT d(ln T)/dr)  [cm^-2 s^-1],
//                          F_E = -(DE_eta d(eta_L)/dr + DE_lnT d(ln T)/dr)  [erg cm^-2 s^-1].
struct PnsTransport {
  double DN_eta = 0, DN_lnT = 0, DE_eta = 0, DE_lnT = 0;
};

// Local sink: energy and lepton number carried off by particles that escape freely (nu_R).
struct PnsSink {
  double eps = 0;     // [erg g^-1 s^-1]
  double lepton = 0;  // [g^-1 s^-1]
};

struct PnsFlux {
  double F_N = 0;  // [cm^-2 s^-1]
  double F_E = 0;  // [erg cm^-2 s^-1]
};

struct PnsMicrophysics {
  // State at density rho, entropy s_kB per baryon and lepton fraction YL; `hint` is the last state
  // of the same zone (T_K = 0 when there is none) to start iterations from.
  std::function<PnsZoneThermo(double rho, double s_kB, double YL, const PnsZoneThermo& hint)> thermo;
  std::function<PnsTransport(double rho, const PnsZoneThermo&)> transport;
  // Flux out of the surface from the outermost zone, whose centre lies h_cm below the surface.
  std::function<PnsFlux(double rho, const PnsZoneThermo&, double h_cm)> surface_flux;
  // Sink (escaping nu_R); may be empty (no sink).
  std::function<PnsSink(double rho, const PnsZoneThermo&)> sink;
};

struct PnsInitialModel {
  std::vector<double> dm_g;  // zone masses from the centre out [g]
  std::vector<double> s_kB;  // entropy per baryon
  std::vector<double> YL;    // lepton fraction
};

struct PnsSettings {
  double t_end_s = 40;      // integration time after the initial model [s]
  int n_output = 120;       // snapshots, logarithmically spaced in time from t_first_s to t_end_s
  double t_first_s = 1e-3;
  double rtol = 1e-7;       // CVODE relative tolerance
  double initial_step_s = 1e-8;
  double atol_s = 1e-7;     // absolute tolerance on s [k_B]
  double atol_YL = 1e-8;    // absolute tolerance on Y_L
  bool tov = false;         // general-relativistic hydrostatic equilibrium (TOV) instead of Newtonian
  long max_steps = 200000;
};

struct PnsSnapshot {
  double t_s = 0;
  double L_nu = 0;       // neutrino energy luminosity at the surface [erg/s]
  double L_sink = 0;     // sink luminosity (nu_R) [erg/s]
  double E_nu = 0;       // energy radiated in neutrinos so far [erg]
  double E_sink = 0;     // energy lost to the sink so far [erg]
  double E_int = 0;      // internal energy [erg]
  double E_grav = 0;     // gravitational energy [erg]
  double T_c_K = 0, rho_c = 0, Ye_c = 0, YL_c = 0, s_c = 0;  // central zone
  double R_cm = 0;       // outer radius
};

struct PnsProfile {
  std::vector<double> m_g, r_cm, rho, T_K, s_kB, YL, Ye, eps_sink;  // per zone (r, m at outer edge)
  std::vector<double> lepton_sink;                                   // [g^-1 s^-1]
};

struct PnsRunResult {
  std::vector<PnsSnapshot> history;  // the initial state, then the snapshots
  PnsProfile initial, final;
  long n_steps = 0, n_rhs = 0;
  std::string stop_reason;
};

// Throws InputError for an inconsistent model or settings, ComputeError when CVODE or the
// hydrostatic solve fails.
PnsRunResult run_pns_cooling(const PnsInitialModel& model, const PnsMicrophysics& micro,
                             const PnsSettings& settings);

}  // namespace nuflash
