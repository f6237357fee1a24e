#include "rgb_command.hpp"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "bolometric_correction.hpp"
#include "checkpoint.hpp"
#include "constants.hpp"
#include "error.hpp"
#include "evolution.hpp"
#include "physics_data.hpp"
#include "rgb_output.hpp"
#include "stellar_physics.hpp"

namespace nuflash::app {
namespace {

namespace c = constants;

struct TrackOutcome {
  stellar::HistoryRecord last;
  stellar::StopReason stop = stellar::StopReason::none;
  std::string stop_message;
  long retries = 0;
  long newton_iterations = 0;
  double wall_s = 0;
};

stellar::EvolutionSettings evolution_settings(const io::Config& cfg) {
  stellar::EvolutionSettings s;
  s.mass_Msun = cfg.real("mass_Msun");
  s.Y = cfg.real("Y");
  s.Z = cfg.real("Z");
  s.structure.alpha_mlt = cfg.real("alpha_mlt");
  s.structure.ledoux = cfg.boolean("ledoux");
  s.eta_reimers = cfg.real("eta_reimers");
  s.stop.max_models = static_cast<long>(cfg.integer("max_models"));
  s.stop.max_age_yr = cfg.real("max_age_yr");
  s.stop.flash_L_He_Lsun = cfg.real("flash_L_He_Lsun");
  s.scale_resolution(cfg.real("resolution"));
  s.validate();
  return s;
}

std::string identity(const stellar::EvolutionSettings& s, double mu12) {
  std::ostringstream os;
  os.precision(17);
  os << "mass_Msun=" << s.mass_Msun << " Y=" << s.Y << " Z=" << s.Z << " mu12=" << mu12
     << " alpha_mlt=" << s.structure.alpha_mlt << " eta_reimers=" << s.eta_reimers;
  return os.str();
}

TrackOutcome run_track(RunContext& rc, const stellar::EvolutionSettings& es, const rgb::StellarPhysicsOptions& po,
                       const std::string& prefix, const std::string& checkpoint, const std::string& resume) {
  const auto t0 = std::chrono::steady_clock::now();
  const stellar::Microphysics micro = rgb::make_stellar_physics(po);
  stellar::StellarEvolution evo(es, micro);
  std::ofstream solver_log;
  if (const std::string log_path = rc.cfg.text("solver_log"); !log_path.empty()) {
    solver_log.open(prefix.empty() ? log_path : log_path + ".reference", std::ios::trunc);
    if (!solver_log) throw InputError("solver_log = " + log_path + ": cannot open for writing");
    evo.set_diagnostics([&solver_log](const std::string& line) { solver_log << line << '\n'; });
  }
  const std::string id = identity(es, po.neutrino.mu12);
  const long profile_every = static_cast<long>(rc.cfg.integer("profile_every"));
  const long progress_every = static_cast<long>(rc.cfg.integer("progress_every"));
  const long checkpoint_every = static_cast<long>(rc.cfg.integer("checkpoint_every"));
  const std::string label = "rgb mu12 = " + std::to_string(po.neutrino.mu12).substr(0, 6) + ": ";

  stellar::EvolutionState state;
  const bool resumed = !resume.empty();
  if (resumed) {
    state = stellar::restore_checkpoint(rgb::read_checkpoint(resume, id));
    evo.resume(state);
    rc.progress(label + "resumed at model " + std::to_string(state.model_number) + " from " + resume);
  } else {
    rc.progress(label + "building the ZAMS model");
    state = evo.zams();
  }
  if (rc.h5) rgb::create_history_table(*rc.h5, prefix);
  if (!resumed) {
    rc.progress(label + stellar::progress_line(evo.history()));
    if (rc.h5) {
      rgb::append_history(*rc.h5, prefix, evo.history());
      rgb::write_profile(*rc.h5, prefix, evo.profile());
    }
  }
  long profile_written = resumed ? -1 : 0, checkpoint_written = -1;
  while (evo.step(state)) {
    const auto& h = evo.history();
    if (rc.h5) {
      rgb::append_history(*rc.h5, prefix, h);
      if (profile_every > 0 && h.model % profile_every == 0) {
        rgb::write_profile(*rc.h5, prefix, evo.profile());
        profile_written = h.model;
      }
    }
    if (progress_every > 0 && h.model % progress_every == 0) rc.progress(label + stellar::progress_line(h));
    if (!checkpoint.empty() && checkpoint_every > 0 && h.model % checkpoint_every == 0) {
      rgb::write_checkpoint(checkpoint, stellar::make_checkpoint(state), id);
      checkpoint_written = h.model;
    }
  }
  // The last model (the flash, or where the run stopped): profile, progress line, checkpoint.
  const auto& h = evo.history();
  if (rc.h5 && profile_written != h.model) rgb::write_profile(*rc.h5, prefix, evo.profile());
  if (progress_every == 0 || h.model % progress_every != 0) rc.progress(label + stellar::progress_line(h));
  if (!checkpoint.empty() && checkpoint_written != h.model)
    rgb::write_checkpoint(checkpoint, stellar::make_checkpoint(state), id);
  rc.progress(label + "stop: " + stellar::to_string(state.stop) + " (" + state.stop_message + ")");
  TrackOutcome out;
  out.last = evo.history();
  out.stop = state.stop;
  out.stop_message = state.stop_message;
  out.retries = state.total_retries;
  out.newton_iterations = state.total_newton_iterations;
  out.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return out;
}

// I-band magnitude of the tip (bolometric_correction.hpp); NaN (JSON null) outside the correction's range.
double M_I_tip(const stellar::HistoryRecord& h, double Z, double mass_Msun) {
  const auto bc = rgb::bc_I_trgb(h.log_Teff, Z, mass_Msun);
  return bc ? c::Mbol_sun - 2.5 * h.log_L - *bc : std::numeric_limits<double>::quiet_NaN();
}

// Summary quantities of a track at its last model (the flash when stop_reason is helium_flash).
void summarise(io::Json& j, const TrackOutcome& t, double Z, double mass_Msun, const std::string& key_prefix) {
  const auto& h = t.last;
  auto set = [&](const std::string& k, io::Json v) { j.set(key_prefix + k, std::move(v)); };
  set("stop_reason", std::string(stellar::to_string(t.stop)));
  set("stop_message", t.stop_message);
  set("Mc_flash_Msun", h.Mc_He_Msun);
  set("log_L_tip", h.log_L);
  set("log_Teff_tip", h.log_Teff);
  set("log_R_tip", h.log_R);
  set("Mbol_tip", c::Mbol_sun - 2.5 * h.log_L);
  set("M_I_tip", M_I_tip(h, Z, mass_Msun));
  set("age_Gyr", h.age_yr / 1e9);
  set("m_ignition_Msun", h.m_Tmax);
  set("T_ignition_K", std::pow(10.0, h.log_Tmax));
  set("log_Tc", h.log_Tc);
  set("log_rhoc", h.log_rhoc);
  set("L_He_Lsun", h.L_He);
  set("L_nu_Lsun", h.L_nu);
  set("L_nu_mu_Lsun", h.L_nu_mu);
  set("mass_final_Msun", h.mass_Msun);
  set("energy_error", h.energy_error);
  set("models", static_cast<long long>(h.model));
  set("zones", static_cast<long long>(h.zones));
  set("retries", static_cast<long long>(t.retries));
  set("newton_iterations", static_cast<long long>(t.newton_iterations));
  set("wall_s", t.wall_s);
}

}  // namespace

std::vector<io::Setting> rgb_settings() {
  using io::Kind;
  const double inf = std::numeric_limits<double>::infinity();
  const stellar::EvolutionSettings d;
  return {
      {"mass_Msun", Kind::Real, d.mass_Msun, "initial mass [Msun]", "--mass", io::Range{0.5, 2.2}, {}},
      {"Y", Kind::Real, d.Y, "initial helium mass fraction", "--Y", io::Range{0.0, 0.5}, {}},
      {"Z", Kind::Real, d.Z, "initial metal mass fraction (Grevesse & Noels 1993 mixture)", "--Z",
       io::Range{0.0, 0.04}, {}},
      {"mu12", Kind::Real, 0.0, "neutrino magnetic moment [1e-12 Bohr magnetons]", "--mu12",
       io::Range{0.0, inf, false, true}, {}},
      {"plasmon_mu_model", Kind::String, std::string("exact"),
       "mu_nu plasmon rate: exact (Braaten-Segel integral) or ratio (0.318 mu12^2 (10 keV/omega_pl)^2 Q_plasma)",
       "--plasmon-mu-model", {}, {"exact", "ratio"}},
      {"no_reference", Kind::Bool, false, "with mu12 > 0, do not also evolve the star with mu12 = 0", "--no-reference",
       {}, {}},
      {"alpha_mlt", Kind::Real, d.structure.alpha_mlt, "mixing length [pressure scale heights]", "--alpha-mlt",
       io::Range{0.0, 5.0}, {}},
      {"ledoux", Kind::Bool, false, "Ledoux instead of Schwarzschild criterion for convection", "--ledoux", {}, {}},
      {"eta_reimers", Kind::Real, d.eta_reimers, "Reimers mass-loss efficiency (0.2-0.4 typical for globular clusters)",
       "--eta-reimers", io::Range{0.0, 2.0}, {}},
      {"max_models", Kind::Int, static_cast<long long>(d.stop.max_models), "stop after this many models",
       "--max-models", io::Range{1, 1e8}, {}},
      {"max_age_yr", Kind::Real, d.stop.max_age_yr, "stop at this age [yr]", "--max-age", io::Range{0.0, 1e11, true},
       {}},
      {"flash_L_He_Lsun", Kind::Real, d.stop.flash_L_He_Lsun,
       "helium flash: L_He at or above this [Lsun], rising over the last 3 models", "--flash-L-He",
       io::Range{0.0, inf, true, true}, {}},
      {"resolution", Kind::Real, 1.0,
       "divides every zoning and time-step limit (2: twice as fine in mass and time; for convergence tests)",
       "--resolution", io::Range{0.1, 10.0}, {}},
      {"profile_every", Kind::Int, 0LL, "write a profile every N models (0: the ZAMS and the last model only)",
       "--profile-every", io::Range{0, 1e8}, {}},
      {"progress_every", Kind::Int, 500LL, "progress line every N models (0: start and end only)", "--progress-every",
       io::Range{0, 1e8}, {}},
      {"checkpoint", Kind::String, std::string(),
       "checkpoint file (HDF5), written every checkpoint_every models and at the end", "--checkpoint", {}, {}},
      {"checkpoint_every", Kind::Int, 1000LL, "models between checkpoints", "--checkpoint-every", io::Range{1, 1e8},
       {}},
      {"resume", Kind::String, std::string(), "continue the mu12 track from this checkpoint file", "--resume", {}, {}},
      {"solver_log", Kind::String, std::string(),
       "write the solver's diagnostics (every step: dt, its limiter, Newton iterations, zones; every rejected "
       "attempt) to this file (the reference track's to FILE.reference)",
       "--solver-log", {}, {}},
  };
}

io::Json run_rgb(RunContext& rc) {
  const io::Config& cfg = rc.cfg;
  const stellar::EvolutionSettings es = evolution_settings(cfg);
  rgb::StellarPhysicsOptions po;
  po.opacity_tables = opacity_data(rc).tables;
  po.neutrino.mu12 = cfg.real("mu12");
  po.neutrino.plasmon_mu_model = parse_plasmon_mu_model(cfg.text("plasmon_mu_model"));
  const std::string checkpoint = cfg.text("checkpoint");
  const std::string resume = cfg.text("resume");
  rc.data_sources["eos"] = "nuflash eos (e+e- Fermi-Dirac table, OCP Coulomb, Saha H/He, radiation)";
  rc.data_sources["nuclear"] = "nuflash network (REACLIB), CVODE burn";
  rc.data_sources["neutrino"] = "Itoh et al. 1996 + mu_nu plasmon decay (Haft, Raffelt & Weiss 1994)";

  const TrackOutcome main = run_track(rc, es, po, "", checkpoint, resume);
  io::Json j = io::Json::object();
  j.set("mass_Msun", es.mass_Msun).set("Y", es.Y).set("Z", es.Z).set("mu12", po.neutrino.mu12);
  j.set("alpha_mlt", es.structure.alpha_mlt).set("eta_reimers", es.eta_reimers);
  j.set("core_definition", "mass inside which X(H1) < " + std::to_string(es.core_X_H).substr(0, 4));
  j.set("flash_definition", "L_He >= " + std::to_string(es.stop.flash_L_He_Lsun).substr(0, 5) +
                                " Lsun, L_He rising over the last 3 models");
  summarise(j, main, es.Z, es.mass_Msun, "");
  if (po.neutrino.mu12 > 0.0 && !cfg.boolean("no_reference")) {
    rgb::StellarPhysicsOptions ref = po;
    ref.neutrino.mu12 = 0.0;
    auto with_suffix = [](const std::string& p) { return p.empty() ? p : p + ".reference"; };
    const std::string ref_resume = resume.empty() || !std::filesystem::exists(with_suffix(resume)) ? "" : with_suffix(resume);
    const TrackOutcome r = run_track(rc, es, ref, "/reference", with_suffix(checkpoint), ref_resume);
    summarise(j, r, es.Z, es.mass_Msun, "reference_");
    j.set("delta_Mc_Msun", main.last.Mc_He_Msun - r.last.Mc_He_Msun);
    j.set("delta_log_L_tip", main.last.log_L - r.last.log_L);
    j.set("delta_M_I_tip", M_I_tip(main.last, es.Z, es.mass_Msun) - M_I_tip(r.last, es.Z, es.mass_Msun));
    j.set("wall_s", main.wall_s + r.wall_s);
  }
  return j;
}

void add_rgb_command(CLI::App* app, AppContext& ctx) {
  add_command(app, ctx, "rgb", "red giant from the ZAMS to the helium flash, with and without mu_nu", rgb_settings(),
              run_rgb);
}

}  // namespace nuflash::app
