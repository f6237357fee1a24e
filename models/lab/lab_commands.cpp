#include "lab_commands.hpp"

#include <limits>

#include "constants.hpp"
#include "scattering/nu_e_scattering.hpp"

namespace nuflash::app {

namespace {

namespace c = nuflash::constants;
namespace sc = nuflash::scattering;

std::vector<io::Setting> xsec_settings() {
  using io::Kind;
  using io::Range;
  const double inf = std::numeric_limits<double>::infinity();
  return {
      {"flavor", Kind::String, std::string("nuebar"), "neutrino flavour", "--flavor", {},
       {"nue", "nuebar", "numu", "numubar", "nutau", "nutaubar"}},
      {"Enu_MeV", Kind::Real, 1.0, "neutrino energy [MeV]", "--Enu", Range{0, inf, true, true}, {}},
      {"T_MeV", Kind::Real, 0.01, "electron recoil kinetic energy [MeV]", "--T", Range{0, inf, true, true}, {}},
      {"mu12", Kind::Real, 0.0, "neutrino magnetic moment [1e-12 mu_B]", "--mu12", Range{0, inf, false, true}, {}},
      {"sin2w", Kind::Real, sc::kSin2ThetaWDefault, "weak mixing angle sin^2(theta_W) (default PDG 2020 MS-bar)",
       "--sin2w", Range{0, 1, true, true}, {}},
      {"target", Kind::String, std::string("free"), "electron target: free, or ge/xe with atomic binding steps",
       "--target", {}, {"free", "ge", "xe"}},
  };
}

io::Json xsec(RunContext& rc) {
  const auto flavor = sc::parse_flavor(rc.cfg.text("flavor"));
  const auto target = sc::parse_target(rc.cfg.text("target"));
  const double E = rc.cfg.real("Enu_MeV") * c::MeV_erg, T = rc.cfg.real("T_MeV") * c::MeV_erg;
  const double sin2w = rc.cfg.real("sin2w"), mu12 = rc.cfg.real("mu12");
  const double step = sc::binding_step_factor(target, T);
  return io::Json::object()
      .set("flavor", std::string(sc::flavor_name(flavor)))
      .set("Enu_MeV", rc.cfg.real("Enu_MeV"))
      .set("T_MeV", rc.cfg.real("T_MeV"))
      .set("mu12", mu12)
      .set("target", rc.cfg.text("target"))
      .set("dsdT_weak", step * sc::dsigma_dT_weak(flavor, E, T, sin2w) * c::MeV_erg)
      .set("dsdT_mag", step * sc::dsigma_dT_mag(E, T, mu12) * c::MeV_erg)
      .set("dsdT_units", "cm^2/MeV")
      .set("Tmax_MeV", sc::T_max_erg(E) / c::MeV_erg)
      .set("sin2w", sin2w);
}

std::vector<io::Setting> limits_settings() {
  using io::Kind;
  return {
      {"limits_file", Kind::String, std::string(),
       "published-limits TOML file (default: the database built into nuflash)", "--limits-file", {}, {}},
      {"method", Kind::String, std::string("delta_chi2"), "limit method of the reanalyses", "--method", {},
       {"delta_chi2", "feldman_cousins"}},
  };
}

io::Json limits(RunContext& rc) {
  const std::string file = rc.cfg.text("limits_file");
  const auto published = file.empty() ? lab::builtin_published_limits() : lab::load_published_limits(file);
  rc.data_sources["published_limits"] = file.empty() ? "built-in models/lab/published_limits.toml" : file;
  const auto method = rc.cfg.text("method") == "feldman_cousins" ? lab::LimitMethod::feldman_cousins
                                                                  : lab::LimitMethod::delta_chi2;
  rc.progress("reanalysing GEMMA, Borexino 2017, XENONnT 2022 (Asimov)");
  return limits_json(lab::limits_table(published, lab::all_reanalyses(method)));
}

}  // namespace

io::Json limits_json(const std::vector<lab::LimitEntry>& rows) {
  io::Json list = io::Json::array();
  for (const auto& r : rows) {
    io::Json o = io::Json::object();
    o.set("experiment", r.experiment)
        .set("flavor", r.flavor)
        .set("method", r.method)
        .set("limit_muB", r.limit_muB)
        .set("cl", r.cl)
        .set("year", r.year)
        .set("reference", r.reference)
        .set("kind", r.kind);
    if (r.kind == "reanalysis") o.set("published_limit_muB", r.published_limit_muB);
    list.push(std::move(o));
  }
  return io::Json::object().set("limits", std::move(list));
}

void add_lab_commands(CLI::App* app, AppContext& ctx) {
  CLI::App* lab = app->add_subcommand("lab", "laboratory nu-e scattering: cross sections, spectra, limits");
  lab->require_subcommand(1);
  add_command(lab, ctx, "xsec", "nu-e differential cross sections (weak and magnetic) at (E, T)", xsec_settings(),
              xsec);
  add_command(lab, ctx, "limits", "published limits database and nuflash reanalyses", limits_settings(), limits);
}

}  // namespace nuflash::app
