#include "opacity.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "analytic_opacity.hpp"
#include "composition.hpp"
#include "error.hpp"
#include "ferguson_table.hpp"
#include "opacity_tables.hpp"
#include "opal_table.hpp"

namespace nuflash {
namespace {

// OPAL-Ferguson overlap (Ferguson et al. 2005, sect. 4): Ferguson's weight w = 1 at log T <= 3.75, 0 at
// log T >= 4.50, cubic smoothstep in between.
constexpr double kBlendLow = 3.75, kBlendHigh = 4.50;

struct Weight {
  double w, dw_dlogT;
};

Weight ferguson_weight(double logT) {
  const double s = (kBlendHigh - logT) / (kBlendHigh - kBlendLow);
  if (s <= 0.0) return {0.0, 0.0};
  if (s >= 1.0) return {1.0, 0.0};
  return {s * s * (3.0 - 2.0 * s), -6.0 * s * (1.0 - s) / (kBlendHigh - kBlendLow)};
}

// Radiative opacity from the tables, with the analytic opacity where they end. Derivatives in
// (log T at fixed log R, log R) inside, returned in (ln rho, ln T).
OpacityTerm tabulated_radiative(const State& s, double logRho, double logT, const OpacityTables& t,
                                double& table_weight) {
  const double logR = logRho - 3.0 * logT + 18.0;
  const double X = hydrogen(s.comp), Z = metallicity(s.comp), zeta = table_zeta(Z);
  const Weight w = ferguson_weight(logT);
  TableValue opal, ferg;
  if (w.w < 1.0) opal = evaluate(t.opal, X, Z, zeta, logT, logR);
  if (w.w > 0.0 || opal.trust.f < 1.0) ferg = evaluate(t.ferguson, X, Z, zeta, logT, logR);
  if (w.w == 1.0 && ferg.trust.f < 1.0) opal = evaluate(t.opal, X, Z, zeta, logT, logR);
  // Weights a (OPAL) and b (Ferguson): (1 - w) and w, each set's untrusted share handed to the other set
  // where that one is trusted, so that the analytic opacity enters only where neither set has data:
  // a = c_O (1 - w c_F), b = c_F (1 - c_O + w c_O), a + b = 1 - (1 - c_O)(1 - c_F).
  const Value2D& cO = opal.trust;
  const Value2D& cF = ferg.trust;
  const double a = cO.f * (1.0 - w.w * cF.f);
  const double b = cF.f * (1.0 - cO.f + w.w * cO.f);
  const double a_T = cO.fx * (1.0 - w.w * cF.f) - cO.f * (w.dw_dlogT * cF.f + w.w * cF.fx);
  const double a_R = cO.fy * (1.0 - w.w * cF.f) - cO.f * w.w * cF.fy;
  const double b_T = cF.fx * (1.0 - cO.f + w.w * cO.f) + cF.f * (-cO.fx + w.dw_dlogT * cO.f + w.w * cO.fx);
  const double b_R = cF.fy * (1.0 - cO.f + w.w * cO.f) + cF.f * (-cO.fy + w.w * cO.fy);
  double L = a * opal.log_kappa.f + b * ferg.log_kappa.f;
  double L_T = a_T * opal.log_kappa.f + a * opal.log_kappa.fx + b_T * ferg.log_kappa.f + b * ferg.log_kappa.fx;
  double L_R = a_R * opal.log_kappa.f + a * opal.log_kappa.fy + b_R * ferg.log_kappa.f + b * ferg.log_kappa.fy;
  table_weight = a + b;
  if (1.0 - table_weight > 1e-12) {
    const OpacityTerm an = analytic_radiative_opacity(s);
    const double LA = std::log10(an.kappa);
    const double LA_R = an.dlnrho, LA_T = an.dlnT + 3.0 * an.dlnrho;
    const double c = 1.0 - table_weight;
    L += c * LA;
    L_T += c * LA_T - (a_T + b_T) * LA;
    L_R += c * LA_R - (a_R + b_R) * LA;
  } else {
    table_weight = 1.0;
  }
  return {std::exp(std::numbers::ln10 * L), L_R, L_T - 3.0 * L_R};
}

}  // namespace

std::shared_ptr<const OpacityTables> load_opacity_tables(const std::filesystem::path& data_dir,
                                                         std::string* why_absent) {
  namespace fs = std::filesystem;
  const fs::path opal = data_dir / "opacity" / "GN93hz";
  const fs::path ferguson = data_dir / "opacity" / "ferguson_gn93";
  const fs::path cond = data_dir / "conductivity" / "condall06.d";
  std::string missing;
  if (!fs::is_directory(data_dir)) {
    missing = "data directory '" + data_dir.string() + "' does not exist";
  } else {
    for (const auto& p : {opal, ferguson, cond}) {
      if (!fs::exists(p)) missing += (missing.empty() ? "missing " : ", ") + p.string();
    }
  }
  if (!missing.empty()) {
    if (why_absent) *why_absent = missing;
    return nullptr;
  }
  auto t = std::make_shared<OpacityTables>();
  t->opal = read_opal_gn93(opal);
  t->ferguson = read_ferguson_gn93(ferguson);
  t->conduction = read_condall06(cond);
  t->description = "radiative: OPAL GN93hz (Iglesias & Rogers 1996) " + opal.string() +
                   " + Ferguson et al. 2005 " + ferguson.string() +
                   "; conduction: Potekhin condall06 (Cassisi et al. 2007) " + cond.string();
  return t;
}

std::string describe(const OpacityTables& tables) { return tables.description; }

const char* to_string(OpacitySource source) {
  switch (source) {
    case OpacitySource::tables: return "tables";
    case OpacitySource::tables_and_analytic: return "tables+analytic";
    case OpacitySource::analytic: return "analytic";
  }
  return "analytic";
}

void OpacityFallbackCounter::record(const OpacityResult& r) {
  if (r.source == OpacitySource::analytic) return;
  evaluations.fetch_add(1, std::memory_order_relaxed);
  if (r.off_table) off_table.fetch_add(1, std::memory_order_relaxed);
  if (r.table_weight == 0.0) analytic_only.fetch_add(1, std::memory_order_relaxed);
}

OpacityResult opacity(const State& s, const OpacityTables* tables, OpacityFallbackCounter* fallbacks) {
  if (!(s.rho_cgs > 0.0 && s.T_K > 0.0 && std::isfinite(s.rho_cgs) && std::isfinite(s.T_K))) {
    throw InputError("opacity: rho = " + std::to_string(s.rho_cgs) + ", T = " + std::to_string(s.T_K) +
                     ": both must be finite and > 0");
  }
  OpacityResult r;
  OpacityTerm rad, cond;
  if (tables) {
    r.source = OpacitySource::tables;
    const double logRho = std::log10(s.rho_cgs), logT = std::log10(s.T_K);
    rad = tabulated_radiative(s, logRho, logT, *tables, r.table_weight);
    r.off_table = r.table_weight < 1.0;
    if (r.off_table) r.source = OpacitySource::tables_and_analytic;
    cond = conductive_opacity(tables->conduction, logRho, logT, s.mom.Ye, s.mom.z2bar / s.mom.zbar);
  } else {
    r.source = OpacitySource::analytic;
    rad = analytic_radiative_opacity(s);
    cond = analytic_conductive_opacity(s);
  }
  const OpacityTerm total = harmonic_sum(rad, cond);
  r.kappa = total.kappa;
  r.kappa_rad = rad.kappa;
  r.kappa_cond = cond.kappa;
  r.dlnkappa_dlnrho = total.dlnrho;
  r.dlnkappa_dlnT = total.dlnT;
  if (!std::isfinite(r.kappa) || !(r.kappa > 0.0)) {
    throw ComputeError("opacity: non-finite kappa at rho = " + std::to_string(s.rho_cgs) +
                       ", T = " + std::to_string(s.T_K));
  }
  if (fallbacks) fallbacks->record(r);
  return r;
}

}  // namespace nuflash
