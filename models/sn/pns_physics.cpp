#include "models/sn/pns_physics.hpp"

#include <algorithm>
#include <cmath>

#include "constants.hpp"
#include "dense_matter/hot_nuclear_eos.hpp"
#include "dense_matter/neutrino_diffusion.hpp"
#include "error.hpp"
#include "neutrino/chirality_flip.hpp"

namespace nuflash::sn {
namespace {

namespace c = constants;
constexpr double K_per_MeV = c::MeV_erg / c::kB_cgs;

dense::HotMatter matter(double rho, const PnsZoneThermo& t) {
  return dense::hot_matter(rho, t.T_K / K_per_MeV, t.Ye, t.Ynu);
}

}  // namespace

PnsMicrophysics pns_microphysics(double mu12) {
  if (!(mu12 >= 0)) throw InputError("sn: mu12 = " + std::to_string(mu12) + " must be >= 0");
  PnsMicrophysics m;
  m.thermo = [](double rho, double s, double YL, const PnsZoneThermo& hint) {
    const double T0 = hint.T_K > 0 ? hint.T_K / K_per_MeV : 10.0;
    const double Ye0 = hint.T_K > 0 ? hint.Ye : 0.85 * YL;
    const dense::HotMatter h = dense::hot_matter_beta_eq(rho, s, YL, T0, Ye0);
    PnsZoneThermo t;
    t.P = h.P_cgs;
    t.e = h.e_cgs;
    t.T_K = h.T_MeV * K_per_MeV;
    t.mu_L = h.mu_nu_MeV * c::MeV_erg;
    t.eta_L = h.mu_nu_MeV / h.T_MeV;
    t.Ye = h.Ye;
    t.Ynu = h.Ynu;
    return t;
  };
  m.transport = [](double rho, const PnsZoneThermo& t) {
    const dense::DiffusionCoefficients d = dense::neutrino_diffusion(matter(rho, t));
    return PnsTransport{d.DL_eta, d.DL_lnT, d.DE_eta, d.DE_lnT};
  };
  m.surface_flux = [](double rho, const PnsZoneThermo& t, double h) {
    const dense::SurfaceFlux f = dense::neutrino_surface_flux(matter(rho, t), h);
    return PnsFlux{f.F_L, f.F_E};
  };
  if (mu12 > 0) {
    m.sink = [mu12](double rho, const PnsZoneThermo& t) {
      ChiralityFlipInput in;
      in.rho_cgs = rho;
      in.T_K = t.T_K;
      in.Ye = t.Ye;
      in.Ynu = t.Ynu;
      in.mu12 = mu12;
      in.nodes = 4;  // 0.3% of the converged value, 4x faster than the default (docs/supernova.md)
      const ChiralityFlipResult r = chirality_flip_emissivity(in);
      return PnsSink{r.eps_R, r.lepton_rate};
    };
  }
  return m;
}

PnsInitialModel pns_initial_model(const PnsInitialSettings& s) {
  if (s.zones < 4 || s.zones > 2000)
    throw InputError("sn: zones = " + std::to_string(s.zones) + " outside [4, 2000]");
  if (!(s.M_baryon_Msun >= 0.8 && s.M_baryon_Msun <= 2.2))
    throw InputError("sn: M_baryon = " + std::to_string(s.M_baryon_Msun) + " Msun outside [0.8, 2.2]");
  PnsInitialModel m;
  const double M = s.M_baryon_Msun * c::Msun_g;
  const int n = s.zones;
  auto mass = [&](int j) { return M * static_cast<double>(j) / n; };
  for (int i = 0; i < n; ++i) {
    m.dm_g.push_back(mass(i + 1) - mass(i));
    const double x = 0.5 * (mass(i) + mass(i + 1)) / M;
    m.s_kB.push_back(s.s_centre + (s.s_surface - s.s_centre) * x * x);
    m.YL.push_back(s.YL_centre - (s.YL_centre - s.YL_surface) * x * x);
  }
  return m;
}

}  // namespace nuflash::sn
