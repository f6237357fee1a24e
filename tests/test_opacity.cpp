// Opacities: OPAL + Ferguson radiative tables, Potekhin conduction tables, analytic fallback.
// Table tests need the data directory ($NUFLASH_DATA, else ${NUFLASH_SOURCE_DIR}/../shared/data) and are
// skipped with a message when it is absent.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "composition.hpp"
#include "constants.hpp"
#include "error.hpp"
#include "opacity/analytic_opacity.hpp"
#include "opacity/hermite_grid.hpp"
#include "opacity/opacity.hpp"
#include "state.hpp"

using namespace nuflash;
namespace fs = std::filesystem;

namespace {

fs::path data_dir() {
  if (const char* env = std::getenv("NUFLASH_DATA")) return env;
  return fs::path(NUFLASH_SOURCE_DIR) / ".." / "shared" / "data";
}

// Loaded once for the whole test program; null (and the tests skip) when the data are absent.
const OpacityTables* tables(std::string* why = nullptr) {
  static std::string reason;
  static const std::shared_ptr<const OpacityTables> t = load_opacity_tables(data_dir(), &reason);
  if (why) *why = reason;
  return t.get();
}

#define REQUIRE_TABLES()                                                                             \
  do {                                                                                               \
    std::string why;                                                                                 \
    if (!tables(&why)) GTEST_SKIP() << "opacity tables absent (" << why << "); set NUFLASH_DATA";   \
  } while (0)

// State at (log T, log R), R = rho / T6^3.
State at_logR(double logT, double logR, const Composition& c) {
  return make_state(std::pow(10.0, logR + 3.0 * logT - 18.0), std::pow(10.0, logT), c);
}

State he_core(double rho, double T) { return make_state(rho, T, composition_from_XZ(0.0, 0.02)); }

}  // namespace

// --- interpolation machinery: exactness on polynomials (analytic property of the schemes) ---

TEST(OpacityInterpolation, OverlapQuadraticReproducesQuadratics) {
  // Lagrange quadratics reproduce any quadratic, so their blend does too; OPAL Z nodes in log10(Z + 0.001).
  const std::vector<double> z = {0, 1e-4, 3e-4, 1e-3, 2e-3, 4e-3, 1e-2, 2e-2, 3e-2};
  std::vector<double> nodes;
  for (double v : z) nodes.push_back(std::log10(v + 1e-3));
  auto f = [](double x) { return 2.0 - 3.0 * x + 0.7 * x * x; };
  for (double x = nodes.front(); x <= nodes.back(); x += 0.01) {
    int first = 0;
    double w[4];
    const int n = overlap_quadratic_weights(nodes, x, first, w);
    double sum = 0;
    for (int k = 0; k < n; ++k) sum += w[k] * f(nodes[first + k]);
    EXPECT_NEAR(sum, f(x), 1e-12) << "x = " << x;
  }
}

TEST(OpacityInterpolation, HermiteGridReproducesQuadraticSurfaceAndSlopes) {
  // Three-point slopes are exact for quadratics and cubic Hermite patches reproduce them, so on interior
  // cells of a non-uniform grid the interpolant and its derivatives equal the quadratic surface.
  GridAxis x{{3.75, 3.8, 3.9, 4.0, 4.2, 4.5, 4.6}}, y{{-8, -7.5, -7, -6, -5.5}};
  auto f = [](double a, double b) { return 0.3 + a - 2 * b + 0.5 * a * a - 0.25 * b * b + 0.1 * a * b; };
  std::vector<double> v;
  for (double a : x.v) {
    for (double b : y.v) v.push_back(f(a, b));
  }
  const HermiteTable t = make_hermite_table(x, y, v);
  for (double a = 3.81; a < 4.5; a += 0.037) {
    for (double b = -7.45; b < -6.0; b += 0.11) {
      const CellPoint p = locate(x, y, a, b);
      CellPatch patch;
      accumulate(patch, t, y.size(), p, 1.0);
      const Value2D r = evaluate(patch, p);
      EXPECT_NEAR(r.f, f(a, b), 1e-12);
      EXPECT_NEAR(r.fx, 1 + a + 0.1 * b, 1e-11);
      EXPECT_NEAR(r.fy, -2 - 0.5 * b + 0.1 * a, 1e-11);
      EXPECT_DOUBLE_EQ(evaluate_trust(patch, p).f, 1.0);
    }
  }
}

TEST(OpacityInterpolation, HolesAreFilledOneStepAndTrustFallsToZero) {
  // Rows 3 and 4 end early. Holes next to trusted data are extrapolated linearly; a hole with no trusted
  // node around it stays a hole; the trust is 1 on trusted nodes and 0 on filled ones.
  GridAxis x{{0, 1, 2, 3, 4}}, y{{0, 1, 2, 3, 4, 5}};
  const double nan = std::nan("");
  std::vector<double> v = {0, 1, 2, 3, 4, 5,        //
                           0, 1, 2, 3, 4, 5,        //
                           0, 1, 2, 3, 4, 5,        //
                           0, 1, 2, nan, nan, nan,  //
                           0, 1, 2, nan, nan, nan};
  const HermiteTable t = make_hermite_table(x, y, v);
  auto k = [&](int i, int j) { return t.kind[i * 6 + j]; };
  EXPECT_EQ(k(3, 3), NodeKind::filled);
  EXPECT_DOUBLE_EQ(t.node[3 * 6 + 3].f, 3.0);  // linear continuation of 0, 1, 2
  EXPECT_EQ(k(4, 3), NodeKind::filled);
  EXPECT_EQ(k(4, 5), NodeKind::hole);
  EXPECT_EQ(k(2, 5), NodeKind::trusted);
  auto trust = [&](double a, double b) {
    const CellPoint p = locate(x, y, a, b);
    CellPatch patch;
    accumulate(patch, t, y.size(), p, 1.0);
    return patch.hole() ? -1.0 : evaluate_trust(patch, p).f;
  };
  EXPECT_DOUBLE_EQ(trust(2.0, 2.5), 1.0);
  EXPECT_DOUBLE_EQ(trust(2.5, 2.0), 1.0);
  EXPECT_NEAR(trust(2.5, 3.0), 0.5, 1e-12);   // halfway between trusted (2,3) and filled (3,3)
  EXPECT_NEAR(trust(2.5, 2.5), 0.75, 1e-12);  // one filled corner of four: 1 - h01(1/2)^2
  EXPECT_EQ(trust(3.5, 4.5), -1.0);
}

// --- loading ---

TEST(OpacityTables, MissingDirectoryIsNotAnError) {
  std::string why;
  const auto t = load_opacity_tables(fs::path(NUFLASH_BINARY_DIR) / "no_such_data_dir", &why);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(why.find("no_such_data_dir"), std::string::npos) << why;
}

TEST(OpacityTables, MalformedFileNamesFileAndLine) {
  const fs::path dir = fs::path(NUFLASH_BINARY_DIR) / "test_opacity_malformed";
  fs::remove_all(dir);
  fs::create_directories(dir / "opacity" / "ferguson_gn93");
  fs::create_directories(dir / "conductivity");
  std::ofstream(dir / "conductivity" / "condall06.d") << "title\n";
  {
    std::ofstream f(dir / "opacity" / "GN93hz");
    f << " Table Summaries- There are 1 tables\n"
      << "************************************ Tables ************************************\n\n"
      << "TABLE #  1     $G&N'93 Solar$     X=0.0000 Y=1.0000 Z=0.0000 dXc=0.0000 dXo=0.0000\n\n"
      << "logT  -8.0   -7.5   -7.0   -6.5   -6.0   -5.5   -5.0   -4.5   -4.0   -3.5   -3.0   -2.5   -2.0"
         "   -1.5   -1.0   -0.5    0.0    0.5    1.0 \n\n"
      << "3.75  9.999  9.999  9.999  9.999  9.999  9.999  9.999  9.999 -6.025 -6.1x0 -6.171\n";
  }
  try {
    load_opacity_tables(dir);
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("GN93hz:8:"), std::string::npos) << m;
    EXPECT_NE(m.find("-6.1x0"), std::string::npos) << m;
  }
  fs::remove_all(dir);
}

// --- values at table nodes (published numbers, read off the files to print precision) ---

TEST(OpacityTables, OpalNodesReproduced) {
  REQUIRE_TABLES();
  // Iglesias & Rogers 1996, GN93hz table #73 (X = 0.70, Z = 0.02), table #69 (X = 0.70, Z = 0.001) and
  // table #44 (X = 0.35, Z = 0.002): log10 kappa at (log T, log R).
  struct Node {
    double X, Z, logT, logR, log_kappa;
  };
  const Node nodes[] = {{0.70, 0.02, 4.50, -3.0, 1.405}, {0.70, 0.02, 5.00, -1.0, 3.436},
                        {0.70, 0.02, 6.00, -4.0, -0.137}, {0.70, 0.02, 6.30, -2.0, 1.230},
                        {0.70, 0.02, 7.00, 0.0, 1.020},  {0.70, 0.02, 8.00, -3.0, -0.542},
                        {0.70, 0.001, 6.00, -1.5, 0.984}, {0.70, 0.001, 7.00, -0.5, 0.548},
                        {0.35, 0.002, 5.50, -2.5, 1.219}};
  for (const auto& n : nodes) {
    const auto r = opacity(at_logR(n.logT, n.logR, composition_from_XZ(n.X, n.Z)), tables());
    EXPECT_EQ(r.source, OpacitySource::tables);
    EXPECT_DOUBLE_EQ(r.table_weight, 1.0);
    EXPECT_NEAR(std::log10(r.kappa_rad), n.log_kappa, 5e-4) << "X " << n.X << " Z " << n.Z << " logT " << n.logT
                                                            << " logR " << n.logR;
  }
}

TEST(OpacityTables, FergusonNodesReproduced) {
  REQUIRE_TABLES();
  // Ferguson et al. 2005, file g7.02.tron (X = 0.70, Z = 0.02).
  const double nodes[][3] = {{3.75, -8.0, -0.754}, {3.75, -3.0, -2.093}, {3.50, -1.0, -3.000},
                             {3.50, 1.0, -1.184},  {3.00, -5.0, -0.705}};
  const auto c = composition_from_XZ(0.70, 0.02);
  for (const auto& n : nodes) {
    const auto r = opacity(at_logR(n[0], n[1], c), tables());
    EXPECT_DOUBLE_EQ(r.table_weight, 1.0);
    EXPECT_NEAR(std::log10(r.kappa_rad), n[2], 5e-4) << "logT " << n[0] << " logR " << n[1];
  }
}

TEST(OpacityTables, ConductionNodeReproduced) {
  REQUIRE_TABLES();
  // condall06.d, Z = 2 block, log rho = 6.00, log T = 8.000: log10 K = 16.217, and the file's conversion
  // log kappa = 3 log T - log rho - log K - 3.51965 (data README; Cassisi et al. 2007).
  Composition he;
  he[Species::he4] = 1.0;
  const auto r = opacity(make_state(1e6, 1e8, he), tables());
  EXPECT_NEAR(std::log10(r.kappa_cond), 3 * 8.0 - 6.0 - 16.217 - 3.51965, 1e-3);
  // Z = 1 block, log rho = 2.00, log T = 7.000 (pure hydrogen): log10 K = 12.530.
  Composition h;
  h[Species::h1] = 1.0;
  const auto rh = opacity(make_state(1e2, 1e7, h), tables());
  EXPECT_NEAR(std::log10(rh.kappa_cond), 3 * 7.0 - 2.0 - 12.530 - 3.51965, 1e-3);
}

TEST(OpacityTables, ConductionMixtureRule) {
  REQUIRE_TABLES();
  // Mixtures (Cassisi et al. 2007, sect. 2; Potekhin's condint description): the electron-ion collision
  // frequencies of the species add, nu ~ n_e sum_j x_j Z_j^2 / sum_j x_j Z_j at fixed electron density, so
  // the mixture conducts like one ion of charge Z_eff = <Z^2>/<Z> in the same electron gas. He and C with
  // number fractions 0.9 and 0.1 (mass fractions 0.75, 0.25) have Z_eff = (0.9*4 + 0.1*36)/(0.9*2 + 0.1*6)
  // = 3, a tabulated charge: its K must be the Z = 3 block's (7Li, A/Z = 7/3) at the density with the same
  // n_e, rho_3 = rho Ye A/Z. condall06.d, Z = 3, log rho_3 = 6.00, log T = 8.000: log10 K = 16.140.
  Composition mix;
  mix[Species::he4] = 0.75;
  mix[Species::c12] = 0.25;
  const double rho = 1e6 / (0.5 * 7.0 / 3.0);
  const auto r = opacity(make_state(rho, 1e8, mix), tables());
  EXPECT_NEAR(std::log10(r.kappa_cond), 3 * 8.0 - std::log10(rho) - 16.140 - 3.51965, 1e-3);
  // The same matter as pure helium (Z = 2 block, 16.217 at log rho 6.00) would conduct better: carbon adds
  // scatterers.
  Composition he;
  he[Species::he4] = 1.0;
  EXPECT_GT(r.kappa_cond, opacity(make_state(rho, 1e8, he), tables()).kappa_cond);
}

// --- physical limits ---

TEST(Opacity, ElectronScatteringLimitHotAndThin) {
  // Thomson scattering on free electrons: kappa_es = sigma_T Ye / m_u = 0.2004 (1 + X) cm^2/g (Kippenhahn,
  // Weigert & Weiss 2012, sect. 17.1). At T = 2e6 K, rho ~ 1e-7 g/cm^3 the Compton reduction (Buchler & Yueh 1976) is 1 % and
  // Kramers absorption 1e-7 of it, so both the analytic opacity and OPAL must approach it.
  for (double X : {0.0, 0.35, 0.7}) {
    const auto c = composition_from_XZ(X, 0.02);
    const State s = at_logR(6.30, -8.0, c);
    const double thomson = 0.2004 * (1.0 + X);
    EXPECT_NEAR(opacity(s, nullptr).kappa_rad / thomson, 1.0, 0.015) << "X = " << X;
    if (tables()) {
      EXPECT_NEAR(opacity(s, tables()).kappa_rad / thomson, 1.0, 0.02) << "X = " << X;
    }
  }
}

TEST(Opacity, ConductionDominatesInDegenerateHeliumCore) {
  // In the degenerate He core of a red giant (rho = 1e6 g/cm^3, T = 1e8 K) heat is carried by electron
  // conduction (Cassisi et al. 2007, sect. 1): kappa_cond << kappa_rad.
  const State s = he_core(1e6, 1e8);
  const auto an = opacity(s, nullptr);
  EXPECT_LT(an.kappa_cond, 0.1 * an.kappa_rad);
  if (tables()) {
    const auto tb = opacity(s, tables());
    EXPECT_LT(tb.kappa_cond, 0.1 * tb.kappa_rad);
    EXPECT_NEAR(tb.kappa, 1.0 / (1.0 / tb.kappa_rad + 1.0 / tb.kappa_cond), 1e-12 * tb.kappa);
  }
}

TEST(Opacity, AnalyticConductionWithinFactorTwoOfPotekhin) {
  REQUIRE_TABLES();
  // Yakovlev & Urpin (1980) against Potekhin's condall06 in the degenerate, liquid, mildly relativistic
  // (x = p_F / m_e c <= 1) He and C matter of red-giant cores. Denser, relativistic matter is outside this
  // check: there electron-electron collisions (in the tables, not in YU80) lower K for He by up to 2.5x.
  for (double logrho : {5.0, 6.0}) {
    for (double logT : {7.0, 7.5, 8.0}) {
      for (double X_c : {0.0, 1.0}) {
        Composition c;
        c[Species::he4] = 1.0 - X_c;
        c[Species::c12] = X_c;
        const State s = make_state(std::pow(10.0, logrho), std::pow(10.0, logT), c);
        const double ratio = opacity(s, nullptr).kappa_cond / opacity(s, tables()).kappa_cond;
        EXPECT_GT(ratio, 0.5) << logrho << " " << logT << " C " << X_c;
        EXPECT_LT(ratio, 2.0) << logrho << " " << logT << " C " << X_c;
      }
    }
  }
}

TEST(Opacity, AnalyticSourceAndOffTableFlags) {
  const auto c = composition_from_XZ(0.7, 0.02);
  const auto a = opacity(at_logR(6.0, -3.0, c), nullptr);
  EXPECT_EQ(a.source, OpacitySource::analytic);
  EXPECT_STREQ(to_string(a.source), "analytic");
  EXPECT_FALSE(a.off_table);
  if (!tables()) return;
  const auto in = opacity(at_logR(6.0, -3.0, c), tables());
  EXPECT_EQ(in.source, OpacitySource::tables);
  EXPECT_FALSE(in.off_table);
  // GN93hz has no entries above log R = -1.0 at log T = 8.0 (table #73): the analytic opacity takes over.
  const auto hole = opacity(at_logR(8.0, 0.5, c), tables());
  EXPECT_TRUE(hole.off_table);
  EXPECT_DOUBLE_EQ(hole.table_weight, 0.0);
  EXPECT_EQ(hole.source, OpacitySource::tables_and_analytic);
  EXPECT_STREQ(to_string(hole.source), "tables+analytic");
  EXPECT_NEAR(hole.kappa_rad, opacity(at_logR(8.0, 0.5, c), nullptr).kappa_rad, 1e-12 * hole.kappa_rad);
  // Half a grid step into the extrapolated border the two are blended.
  const auto border = opacity(at_logR(8.0, -0.75, c), tables());
  EXPECT_TRUE(border.off_table);
  EXPECT_GT(border.table_weight, 0.0);
  EXPECT_LT(border.table_weight, 1.0);
  EXPECT_EQ(border.source, OpacitySource::tables_and_analytic);
}

TEST(Opacity, FallbackEventsAreCountedAcrossThreads) {
  REQUIRE_TABLES();
  // Two threads share one counter: 2 x 1000 evaluations, of which every other one sits in the GN93hz hole
  // at log T = 8.0, log R = 0.5 (table_weight 0) and the rest on the table (log R = -3).
  const auto c = composition_from_XZ(0.7, 0.02);
  OpacityFallbackCounter counter;
  auto work = [&] {
    for (int i = 0; i < 1000; ++i) opacity(at_logR(8.0, i % 2 ? 0.5 : -3.0, c), tables(), &counter);
  };
  std::thread a(work), b(work);
  a.join();
  b.join();
  EXPECT_EQ(counter.evaluations.load(), 2000u);
  EXPECT_EQ(counter.off_table.load(), 1000u);
  EXPECT_EQ(counter.analytic_only.load(), 1000u);
  // Analytic-only runs (no tables) are not fallback events.
  OpacityFallbackCounter none;
  opacity(at_logR(8.0, 0.5, c), nullptr, &none);
  EXPECT_EQ(none.evaluations.load(), 0u);
}

TEST(Opacity, DerivativesMatchFiniteDifferences) {
  // d ln kappa / d ln rho and d ln kappa / d ln T against centred differences (step 1e-6 in ln).
  const Composition comps[] = {composition_from_XZ(0.7, 0.02), composition_from_XZ(0.0, 0.02)};
  // Off the grid nodes: at a node the Hermite second derivative jumps and centred differences carry an
  // O(h) error.
  const double points[][2] = {{3.613, -8.5}, {4.117, -7.0}, {4.813, -5.0}, {6.217, -1.0}, {7.31, 1.5}, {7.93, 6.0}};
  for (const OpacityTables* t : {static_cast<const OpacityTables*>(nullptr), tables()}) {
    for (const auto& c : comps) {
      for (const auto& p : points) {
        const double T = std::pow(10.0, p[0]), rho = std::pow(10.0, p[1]), h = 1e-6;
        const auto r = opacity(make_state(rho, T, c), t);
        auto lnk = [&](double fr, double fT) { return std::log(opacity(make_state(rho * fr, T * fT, c), t).kappa); };
        const double d_rho = (lnk(std::exp(h), 1) - lnk(std::exp(-h), 1)) / (2 * h);
        const double d_T = (lnk(1, std::exp(h)) - lnk(1, std::exp(-h))) / (2 * h);
        EXPECT_NEAR(r.dlnkappa_dlnrho, d_rho, 1e-4) << (t ? "tables" : "analytic") << " logT " << p[0];
        EXPECT_NEAR(r.dlnkappa_dlnT, d_T, 1e-4) << (t ? "tables" : "analytic") << " logT " << p[0];
      }
    }
  }
}

// --- smoothness along a red-giant profile ---

namespace {

// A rough (log rho, log T) path through a low-mass red giant near the tip of the RGB, from the photosphere
// to the centre of the degenerate helium core. Anchors (approximate, read as orders of magnitude):
// photosphere T_eff ~ 4000 K at rho ~ 1e-9 g/cm^3 (RGB tip, e.g. Serenelli et al. 2017, A&A 606, A33);
// an adiabatic convective envelope (rho ~ T^1.5) down to its base at T ~ 2e6-4e6 K; the radiative layers
// and the hydrogen-burning shell at T ~ 4e7 K; a degenerate He core of ~0.47 Msun whose centre reaches
// rho ~ 1e6 g/cm^3 and T ~ 8e7 K at helium ignition (Raffelt 1996, Stars as Laboratories, sect. 2.3;
// Kippenhahn, Weigert & Weiss 2012, ch. 33).
const double kRgbPath[][2] = {
    {-9.0, 3.60},  // photosphere
    {-8.0, 3.90},  // H ionisation zone
    {-7.2, 4.40},  // He ionisation zones
    {-5.0, 5.90},  // convective envelope
    {-3.5, 6.50},  // base of the convective envelope
    {0.0, 7.20},   // radiative layers above the shell
    {2.0, 7.60},   // hydrogen-burning shell
    {4.5, 7.75},   // edge of the helium core
    {6.0, 7.90},   // centre of the degenerate core
};

}  // namespace

TEST(Opacity, SmoothAlongRedGiantProfile) {
  // Along a fine scan (4e4 steps) the change of log kappa between neighbouring points must equal the
  // trapezoidal integral of its reported derivatives to 1e-3 dex: no jumps, and derivatives that belong to
  // the values. Run for the envelope mixture, a metal-poor mixture between the table nodes, the core.
  const Composition comps[] = {composition_from_XZ(0.70, 0.02), composition_from_XZ(0.75, 0.0015),
                               composition_from_XZ(0.0, 0.02)};
  const int n_seg = static_cast<int>(std::size(kRgbPath)) - 1, steps = 5000;
  for (const OpacityTables* t : {static_cast<const OpacityTables*>(nullptr), tables()}) {
    for (const auto& c : comps) {
      double worst = 0, worst_at = 0, prev_L = 0, prev_g_rho = 0, prev_g_T = 0;
      bool first = true, left_table = false;
      for (int seg = 0; seg < n_seg; ++seg) {
        for (int k = first ? 0 : 1; k <= steps; ++k) {
          const double f = static_cast<double>(k) / steps;
          const double lr = kRgbPath[seg][0] + f * (kRgbPath[seg + 1][0] - kRgbPath[seg][0]);
          const double lt = kRgbPath[seg][1] + f * (kRgbPath[seg + 1][1] - kRgbPath[seg][1]);
          const auto r = opacity(make_state(std::pow(10.0, lr), std::pow(10.0, lt), c), t);
          left_table = left_table || r.off_table;
          const double L = std::log10(r.kappa);
          if (!first || k > 0) {
            const double d_lr = (kRgbPath[seg + 1][0] - kRgbPath[seg][0]) / steps;
            const double d_lt = (kRgbPath[seg + 1][1] - kRgbPath[seg][1]) / steps;
            const double predicted = 0.5 * ((prev_g_rho + r.dlnkappa_dlnrho) * d_lr + (prev_g_T + r.dlnkappa_dlnT) * d_lt);
            const double residual = std::abs(L - prev_L - predicted);
            if (residual > worst) worst = residual, worst_at = lr;
          }
          first = false;
          prev_L = L;
          prev_g_rho = r.dlnkappa_dlnrho;
          prev_g_T = r.dlnkappa_dlnT;
        }
      }
      EXPECT_LT(worst, 1e-3) << (t ? "tables" : "analytic") << ", X = " << hydrogen(c) << ": worst residual "
                             << worst << " dex at log rho = " << worst_at;
      if (t) {
        EXPECT_TRUE(left_table) << "the path should cross the OPAL hole of the degenerate core";
      }
    }
  }
}

TEST(Opacity, FallbackWithinFactorTwoOfTablesWhereValid) {
  REQUIRE_TABLES();
  // The fallback's assumptions (electron scattering + Kramers absorption for full ionisation and
  // non-degenerate electrons) hold for T >= 10^6.75 K (H, He and the CNO K shells ionised) and
  // n_e < 0.77 n_Q (eta < 0, n_Q = 2 (2 pi m_e k T / h^2)^1.5); Kramers bound-free with a fixed guillotine
  // factor is only an order-of-magnitude estimate, so points where it dominates are left out. There the
  // fallback must be within a factor 2 of OPAL (comparison table and the rest of the plane: docs/opacity.md).
  using namespace constants;
  int n = 0;
  for (double X : {0.0, 0.35, 0.7}) {
    for (double Z : {0.001, 0.02}) {
      const auto c = composition_from_XZ(X, Z);
      for (double lt = 6.75; lt <= 8.5; lt += 0.125) {
        for (double lr = -8.0; lr <= 1.0; lr += 0.25) {
          const State s = at_logR(lt, lr, c);
          const double n_e = s.rho_cgs * s.mom.Ye / mu_g;
          const double n_Q = 2.0 * std::pow(2.0 * pi * me_g * kB_cgs * s.T_K / (h_cgs * h_cgs), 1.5);
          if (n_e > 0.77 * n_Q) continue;
          const double bf = kramers_bound_free(s.rho_cgs, s.T_K, X, Z).kappa;
          const double es_ff = electron_scattering(s.rho_cgs, s.T_K, s.mom.Ye).kappa +
                               kramers_free_free(s.rho_cgs, s.T_K, s.mom.Ye, s.mom.z2bar / s.mom.abar).kappa;
          if (bf > es_ff) continue;
          const auto tb = opacity(s, tables());
          if (tb.off_table) continue;
          const double ratio = opacity(s, nullptr).kappa_rad / tb.kappa_rad;
          EXPECT_GT(ratio, 0.5) << "X " << X << " Z " << Z << " logT " << lt << " logR " << lr;
          EXPECT_LT(ratio, 2.0) << "X " << X << " Z " << Z << " logT " << lt << " logR " << lr;
          ++n;
        }
      }
    }
  }
  EXPECT_GT(n, 1000);
}
