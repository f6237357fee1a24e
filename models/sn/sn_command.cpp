#include "models/sn/sn_command.hpp"

#include <limits>
#include <string>

#include "models/sn/sn_cooling.hpp"
#include "models/sn/sn_criterion.hpp"

namespace nuflash::app {

std::vector<io::Setting> sn_settings() {
  using io::Kind;
  using io::Range;
  const double inf = std::numeric_limits<double>::infinity();
  return {
      {"criterion", Kind::Bool, false, "energy-loss criterion eps_R < eps_max at the core conditions", "--criterion", {}, {}},
      {"cool", Kind::Bool, false, "proto-neutron-star cooling run(s)", "--cool", {}, {}},
      // criterion
      {"rho_cgs", Kind::Real, 3.0e14, "core density [g cm^-3]", "--rho", Range{1e12, 1e16}, {}},
      {"T_MeV", Kind::Real, 30.0, "core temperature [MeV]", "--T-MeV", Range{1, 200}, {}},
      {"Ye", Kind::Real, 0.3, "core electron fraction", "--Ye", Range{0.01, 0.6}, {}},
      {"Ynu", Kind::Real, 0.06, "core trapped nu_e fraction per baryon", "--Ynu", Range{-0.3, 0.3}, {}},
      {"eps_max", Kind::Real, 1.0e19, "largest allowed nu_R emissivity [erg g^-1 s^-1] (Raffelt 1996, 13.8)",
       "--eps-max", Range{0, inf, true, true}, {}},
      {"band_rho_lo", Kind::Real, 1.0e14, "band of core conditions: lowest density [g cm^-3]", "--band-rho-lo",
       Range{1e12, 1e16}, {}},
      {"band_rho_hi", Kind::Real, 1.0e15, "band: highest density [g cm^-3]", "--band-rho-hi", Range{1e12, 1e16}, {}},
      {"band_T_lo_MeV", Kind::Real, 20.0, "band: lowest temperature [MeV]", "--band-T-lo", Range{1, 200}, {}},
      {"band_T_hi_MeV", Kind::Real, 60.0, "band: highest temperature [MeV]", "--band-T-hi", Range{1, 200}, {}},
      {"band_n", Kind::Int, 3LL, "band: points per axis (logarithmic)", "--band-n", Range{1, 20}, {}},
      // cooling
      {"mu12", Kind::Real, 0.0, "magnetic moment of the cooling run [1e-12 mu_B] (a mu12 = 0 run is always made)",
       "--mu12", Range{0, 1e4}, {}},
      {"zones", Kind::Int, 40LL, "mass zones of the PNS model", "--zones", Range{6, 400}, {}},
      {"M_baryon_Msun", Kind::Real, 1.5, "baryonic mass of the PNS [Msun]", "--mass", Range{1.0, 2.0}, {}},
      {"t_end_s", Kind::Real, 50.0, "cooling time span after the initial model [s]", "--t-end", Range{0.1, 1000}, {}},
      {"tov", Kind::Bool, false, "TOV hydrostatic equilibrium instead of Newtonian", "--tov", {}, {}},
      {"rtol", Kind::Real, 1.0e-7, "CVODE relative tolerance", "--rtol", Range{1e-12, 1e-3}, {}},
      {"s_centre", Kind::Real, 1.0, "initial central entropy [k_B/baryon]", "--s-centre", Range{0.1, 20}, {}},
      {"s_surface", Kind::Real, 6.0, "initial surface entropy [k_B/baryon]", "--s-surface", Range{0.1, 20}, {}},
      {"YL_centre", Kind::Real, 0.35, "initial central lepton fraction", "--YL-centre", Range{0.01, 0.5}, {}},
      {"YL_surface", Kind::Real, 0.1, "initial surface lepton fraction", "--YL-surface", Range{0.01, 0.5}, {}},
      {"halving", Kind::Bool, false, "search the mu12 that halves the cooling time (several runs)", "--halving", {}, {}},
  };
}

namespace {

io::Json point_json(const sn::CriterionPoint& p) {
  io::Json j = io::Json::object();
  j.set("rho_cgs", p.core.rho_cgs).set("T_MeV", p.core.T_MeV).set("Ye", p.core.Ye).set("Ynu", p.core.Ynu);
  j.set("eps_R_mu12_1", p.eps_R).set("mu12_bound", p.mu12_bound);
  return j;
}

io::Json criterion(RunContext& rc) {
  sn::SnCriterionSettings s;
  s.core = {rc.cfg.real("rho_cgs"), rc.cfg.real("T_MeV"), rc.cfg.real("Ye"), rc.cfg.real("Ynu")};
  s.eps_max = rc.cfg.real("eps_max");
  s.rho_lo = rc.cfg.real("band_rho_lo");
  s.rho_hi = rc.cfg.real("band_rho_hi");
  s.T_lo_MeV = rc.cfg.real("band_T_lo_MeV");
  s.T_hi_MeV = rc.cfg.real("band_T_hi_MeV");
  s.n_rho = s.n_T = static_cast<int>(rc.cfg.integer("band_n"));
  rc.progress("sn: chirality-flip emissivity at the core conditions and over the band");
  const sn::SnCriterionResult r = sn::sn_criterion(s);
  io::Json j = io::Json::object();
  j.set("mu12_bound", r.standard.mu12_bound);
  j.set("mu12_bound_electrons_only", r.standard.mu12_bound_electrons_only);
  j.set("conditions", io::Json::object()
                          .set("rho_cgs", s.core.rho_cgs)
                          .set("T_MeV", s.core.T_MeV)
                          .set("Ye", s.core.Ye)
                          .set("Ynu", s.core.Ynu)
                          .set("eps_max_erg_g_s", s.eps_max));
  j.set("eps_R_mu12_1", r.standard.eps_R).set("eps_R_electrons", r.standard.eps_e).set("eps_R_protons", r.standard.eps_p);
  j.set("band_mu12_bound_min", r.band_min).set("band_mu12_bound_max", r.band_max);
  io::Json band = io::Json::array();
  for (const auto& p : r.band) band.push(point_json(p));
  j.set("band", std::move(band));
  if (rc.h5) {
    std::vector<double> rho, T, eps, bound;
    for (const auto& p : r.band) {
      rho.push_back(p.core.rho_cgs);
      T.push_back(p.core.T_MeV);
      eps.push_back(p.eps_R);
      bound.push_back(p.mu12_bound);
    }
    rc.h5->dataset("/sn/criterion/band/rho_cgs", rho, "g cm^-3");
    rc.h5->dataset("/sn/criterion/band/T_MeV", T, "MeV");
    rc.h5->dataset("/sn/criterion/band/eps_R_mu12_1", eps, "erg g^-1 s^-1");
    rc.h5->dataset("/sn/criterion/band/mu12_bound", bound, "1e-12 mu_B");
    rc.h5->attr("/sn/criterion", "mu12_bound", r.standard.mu12_bound);
    rc.h5->attr("/sn/criterion", "eps_R_mu12_1", r.standard.eps_R);
  }
  return j;
}

void write_run(io::H5Writer& w, const std::string& g, const sn::SnCoolingRun& r) {
  std::vector<double> t, L, LR, E, ER, Tc, rhoc, Yec, YLc, R;
  for (const auto& h : r.run.history) {
    t.push_back(h.t_s);
    L.push_back(h.L_nu);
    LR.push_back(h.L_sink);
    E.push_back(h.E_nu);
    ER.push_back(h.E_sink);
    Tc.push_back(h.T_c_K);
    rhoc.push_back(h.rho_c);
    Yec.push_back(h.Ye_c);
    YLc.push_back(h.YL_c);
    R.push_back(h.R_cm);
  }
  w.dataset(g + "/history/t_s", t, "s");
  w.dataset(g + "/history/L_nuL", L, "erg s^-1");
  w.dataset(g + "/history/L_nuR", LR, "erg s^-1");
  w.dataset(g + "/history/E_nuL", E, "erg");
  w.dataset(g + "/history/E_nuR", ER, "erg");
  w.dataset(g + "/history/T_c_K", Tc, "K");
  w.dataset(g + "/history/rho_c_cgs", rhoc, "g cm^-3");
  w.dataset(g + "/history/Ye_c", Yec, "1");
  w.dataset(g + "/history/YL_c", YLc, "1");
  w.dataset(g + "/history/R_cm", R, "cm");
  const PnsProfile& p = r.run.final;
  w.dataset(g + "/final_profile/m_g", p.m_g, "g");
  w.dataset(g + "/final_profile/r_cm", p.r_cm, "cm");
  w.dataset(g + "/final_profile/rho_cgs", p.rho, "g cm^-3");
  w.dataset(g + "/final_profile/T_K", p.T_K, "K");
  w.dataset(g + "/final_profile/s_kB", p.s_kB, "k_B per baryon");
  w.dataset(g + "/final_profile/YL", p.YL, "1");
  w.dataset(g + "/final_profile/Ye", p.Ye, "1");
  w.attr(g, "mu12", r.mu12);
  w.attr(g, "t_cool_s", r.t_cool_s);
  w.attr(g, "E_nuL_erg", r.E_nuL_erg);
  w.attr(g, "E_nuR_erg", r.E_nuR_erg);
  w.attr(g, "E_bind_erg", r.E_bind_erg);
  w.attr(g, "energy_error", r.energy_error);
}

io::Json run_json(const sn::SnCoolingRun& r) {
  return io::Json::object()
      .set("mu12", r.mu12)
      .set("t_cool_s", r.t_cool_s)
      .set("E_nuL_erg", r.E_nuL_erg)
      .set("E_nuR_erg", r.E_nuR_erg)
      .set("E_bind_erg", r.E_bind_erg)
      .set("energy_error", r.energy_error)
      .set("steps", static_cast<double>(r.run.n_steps));
}

io::Json cooling(RunContext& rc) {
  sn::SnCoolingSettings s;
  s.initial.zones = static_cast<int>(rc.cfg.integer("zones"));
  s.initial.M_baryon_Msun = rc.cfg.real("M_baryon_Msun");
  s.initial.s_centre = rc.cfg.real("s_centre");
  s.initial.s_surface = rc.cfg.real("s_surface");
  s.initial.YL_centre = rc.cfg.real("YL_centre");
  s.initial.YL_surface = rc.cfg.real("YL_surface");
  s.solver.t_end_s = rc.cfg.real("t_end_s");
  s.solver.tov = rc.cfg.boolean("tov");
  s.solver.rtol = rc.cfg.real("rtol");
  s.mu12 = rc.cfg.real("mu12");
  s.find_halving = rc.cfg.boolean("halving");
  rc.progress("sn: PNS cooling, " + std::to_string(s.initial.zones) + " zones, mu12 = 0" +
              (s.mu12 > 0 ? " and " + std::to_string(s.mu12) : std::string()) +
              (s.find_halving ? ", then the halving search" : std::string()));
  const sn::SnCoolingResult r = sn::sn_cooling(s);
  if (rc.h5) {
    write_run(*rc.h5, "/sn/cooling/reference", r.reference);
    if (s.mu12 > 0) write_run(*rc.h5, "/sn/cooling/run", r.run);
  }
  io::Json j = io::Json::object();
  j.set("t_cool_s", r.run.t_cool_s).set("E_nuL_erg", r.run.E_nuL_erg).set("E_nuR_erg", r.run.E_nuR_erg);
  j.set("mu12", s.mu12).set("t_cool_reference_s", r.reference.t_cool_s);
  j.set("E_bind_erg", r.reference.E_bind_erg).set("energy_error", r.run.energy_error);
  if (r.mu12_halving > 0) {
    j.set("mu12_halving", r.mu12_halving);
  } else {
    j.set("mu12_halving", s.find_halving ? "not bracketed" : "not searched (--halving)");
  }
  j.set("reference", run_json(r.reference));
  if (s.mu12 > 0) j.set("run", run_json(r.run));
  return j;
}

}  // namespace

io::Json sn_compute(RunContext& rc) {
  const bool both = !rc.cfg.boolean("criterion") && !rc.cfg.boolean("cool");
  io::Json j = io::Json::object();
  if (both || rc.cfg.boolean("criterion")) {
    const io::Json c = criterion(rc);
    if (!both) return c;
    j.set("criterion", c);
  }
  const io::Json c = cooling(rc);
  if (!both) return c;
  j.set("cooling", c);
  return j;
}

void add_sn_command(CLI::App* app, AppContext& ctx) {
  add_command(app, ctx, "sn", "SN 1987A bound: chirality-flip energy loss (--criterion) and PNS cooling (--cool)",
              sn_settings(), sn_compute);
}

}  // namespace nuflash::app
