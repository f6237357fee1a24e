#include "compare_command.hpp"

#include <cstdio>
#include <iostream>

#include "lab_commands.hpp"
#include "constants.hpp"
#include "limits_comparison.hpp"
#include "models/sn/sn_criterion.hpp"

namespace nuflash::app {

namespace {

void write_h5(io::H5Writer& w, const std::vector<compare::ComparedLimit>& rows) {
  std::vector<std::string> experiment, flavor, method, kind, category, reference, note;
  std::vector<double> limit, limit90, cl;
  std::vector<long long> year;
  for (const auto& r : rows) {
    experiment.push_back(r.entry.experiment);
    flavor.push_back(r.entry.flavor);
    method.push_back(r.entry.method);
    kind.push_back(r.entry.kind);
    category.push_back(r.category);
    reference.push_back(r.entry.reference);
    note.push_back(r.note);
    limit.push_back(r.entry.limit_muB);
    limit90.push_back(r.limit_90_muB);
    cl.push_back(r.entry.cl);
    year.push_back(r.entry.year);
  }
  w.dataset("/compare/experiment", experiment);
  w.dataset("/compare/flavor", flavor);
  w.dataset("/compare/method", method);
  w.dataset("/compare/kind", kind);
  w.dataset("/compare/category", category);
  w.dataset("/compare/reference", reference);
  w.dataset("/compare/cl_note", note);
  w.dataset("/compare/limit_muB", limit, "mu_B");
  w.dataset("/compare/limit_90_muB", limit90, "mu_B");
  w.dataset("/compare/cl", cl, "1");
  w.dataset("/compare/year", year);
  w.attr("/compare", "cl_conversion",
         "limit_90 = limit * sqrt(z(0.95)/z((1+cl)/2)) (Delta chi^2 convention, Gaussian in mu^2); the signal is ~mu^2");
}

}  // namespace

io::Json run_comparison(RunContext& rc, const std::vector<lab::LimitEntry>& nuflash_bounds) {
  const LimitsInput in = limits_input(rc);
  rc.progress("compare: reanalysing GEMMA, Borexino 2017, XENONnT 2022 (Asimov)");
  const auto rows = compare::compare_limits(in.published, lab::all_reanalyses(in.method), nuflash_bounds);
  if (rc.h5) write_h5(*rc.h5, rows);
  io::Json list = io::Json::array();
  for (const auto& r : rows) {
    io::Json o = io::Json::object();
    o.set("experiment", r.entry.experiment)
        .set("flavor", r.entry.flavor)
        .set("method", r.entry.method)
        .set("category", r.category)
        .set("kind", r.entry.kind)
        .set("limit_muB", r.entry.limit_muB)
        .set("cl", r.entry.cl)
        .set("limit_90_muB", r.limit_90_muB)
        .set("year", r.entry.year)
        .set("reference", r.entry.reference);
    if (r.entry.kind == "reanalysis") o.set("published_limit_muB", r.entry.published_limit_muB);
    if (!r.note.empty()) o.set("cl_note", r.note);
    list.push(std::move(o));
  }
  return io::Json::object().set("limits", std::move(list));
}

lab::LimitEntry sn_criterion_entry(double mu12_bound) {
  return {"SN 1987A (nuflash energy-loss criterion)",
          "all",
          "chirality flip nu_L e/p -> nu_R e/p, eps_R < 1e19 erg/g/s at rho = 3e14, T = 30 MeV (Dirac)",
          mu12_bound * constants::mu12_muB,
          0.0,
          2026,
          "nuflash sn --criterion (Raffelt 1996, Sect. 13.8 criterion)",
          "nuflash",
          0.0};
}

void add_compare_command(CLI::App* app, AppContext& ctx) {
  add_command(app, ctx, "compare", "astrophysical and laboratory mu_nu limits side by side (90% CL footing)",
              limits_settings(), [](RunContext& rc) -> io::Json {
                rc.progress("compare: SN 1987A energy-loss criterion at the standard core conditions");
                const auto sn = sn::sn_criterion(sn::SnCriterionSettings{});
                io::Json j = run_comparison(rc, {sn_criterion_entry(sn.standard.mu12_bound)});
                if (!rc.cfg.boolean("json")) {
                  std::printf("%-44s %-15s %-14s %-11s %9s %5s %10s\n", "experiment", "flavor", "category", "kind",
                              "limit", "CL", "limit@90%");
                  for (const auto& r : j.find("limits")->elements()) {
                    std::printf("%-44.44s %-15s %-14s %-11s %9.2e %5.2f %10.2e\n", r.find("experiment")->string().c_str(),
                                r.find("flavor")->string().c_str(), r.find("category")->string().c_str(),
                                r.find("kind")->string().c_str(), r.find("limit_muB")->number(),
                                r.find("cl")->number(), r.find("limit_90_muB")->number());
                  }
                  return io::Json();
                }
                return j;
              });
}

}  // namespace nuflash::app
