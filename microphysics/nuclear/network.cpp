#include "nuclear/network.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "error.hpp"
#include "nuclear/nuclear_data.hpp"

namespace nuflash::nuclear {
namespace {

using S = Species;
constexpr ScreeningPair kNone{0, 0, 0, 0};

constexpr ScreeningPair proton_on(double Z, double A) { return {Z, A, 1, 1}; }
constexpr ScreeningPair alpha_on(double Z, double A) { return {Z, A, 2, 4}; }

// Proton capture X(p,g)Y or X(p,a)Y on a tracked target, with the products' net changes.
constexpr Reaction p_capture(std::string_view name, std::string_view key, S target, double Z, double A,
                             std::array<std::pair<S, int>, 4> change, int n_change,
                             std::string_view nu = "") {
  return {name, key, Chain::cno, {target, S::h1, S::h1}, 2, change, n_change, {proton_on(Z, A), kNone}, 1, nu};
}

constexpr Reaction a_capture(std::string_view name, std::string_view key, Chain chain, S target, S product,
                             double Z, double A, std::string_view nu = "") {
  return {name, key, chain, {target, S::he4, S::he4}, 2,
          {{{target, -1}, {S::he4, -1}, {product, 1}, {S::h1, 0}}}, 3, {alpha_on(Z, A), kNone}, 1, nu};
}

constexpr std::array<Reaction, kNumReactions> kReactions{{
    {"p(p,e+nu)d", "pp", Chain::pp, {S::h1, S::h1, S::h1}, 2,
     {{{S::h1, -3}, {S::he3, 1}, {S::h1, 0}, {S::h1, 0}}}, 2, {proton_on(1, 1), kNone}, 1, "pp"},
    {"p(pe-,nu)d", "pep", Chain::pp, {S::h1, S::h1, S::h1}, 2,
     {{{S::h1, -3}, {S::he3, 1}, {S::h1, 0}, {S::h1, 0}}}, 2, {proton_on(1, 1), kNone}, 1, "pep"},
    {"3He(3He,2p)4He", "he3he3", Chain::pp, {S::he3, S::he3, S::he3}, 2,
     {{{S::he3, -2}, {S::he4, 1}, {S::h1, 2}, {S::h1, 0}}}, 3, {ScreeningPair{2, 3, 2, 3}, kNone}, 1, ""},
    {"3He(a,g)7Be", "he3ag", Chain::pp, {S::he3, S::he4, S::he4}, 2,
     {{{S::he3, -1}, {S::h1, -1}, {S::he4, 1}, {S::h1, 0}}}, 3, {ScreeningPair{2, 3, 2, 4}, kNone}, 1, ""},
    p_capture("12C(p,g)13N", "c12pg", S::c12, 6, 12, {{{S::c12, -1}, {S::h1, -1}, {S::c13, 1}, {S::h1, 0}}}, 3, "n13"),
    p_capture("13C(p,g)14N", "c13pg", S::c13, 6, 13, {{{S::c13, -1}, {S::h1, -1}, {S::n14, 1}, {S::h1, 0}}}, 3),
    p_capture("14N(p,g)15O", "n14pg", S::n14, 7, 14, {{{S::n14, -1}, {S::h1, -1}, {S::n15, 1}, {S::h1, 0}}}, 3, "o15"),
    p_capture("15N(p,a)12C", "n15pa", S::n15, 7, 15, {{{S::n15, -1}, {S::h1, -1}, {S::c12, 1}, {S::he4, 1}}}, 4),
    p_capture("15N(p,g)16O", "n15pg", S::n15, 7, 15, {{{S::n15, -1}, {S::h1, -1}, {S::o16, 1}, {S::h1, 0}}}, 3),
    p_capture("16O(p,g)17F", "o16pg", S::o16, 8, 16, {{{S::o16, -1}, {S::h1, -1}, {S::o17, 1}, {S::h1, 0}}}, 3, "f17"),
    p_capture("17O(p,a)14N", "o17pa", S::o17, 8, 17, {{{S::o17, -1}, {S::h1, -1}, {S::n14, 1}, {S::he4, 1}}}, 4),
    p_capture("17O(p,g)18F", "o17pg", S::o17, 8, 17, {{{S::o17, -1}, {S::h1, -1}, {S::o18, 1}, {S::h1, 0}}}, 3, "f18"),
    p_capture("18O(p,a)15N", "o18pa", S::o18, 8, 18, {{{S::o18, -1}, {S::h1, -1}, {S::n15, 1}, {S::he4, 1}}}, 4),
    {"4He(2a,g)12C", "triple_a", Chain::triple_alpha, {S::he4, S::he4, S::he4}, 3,
     {{{S::he4, -3}, {S::c12, 1}, {S::h1, 0}, {S::h1, 0}}}, 2, {ScreeningPair{2, 4, 2, 4}, ScreeningPair{4, 8, 2, 4}}, 2, ""},
    a_capture("12C(a,g)16O", "c12ag", Chain::c12_alpha, S::c12, S::o16, 6, 12),
    a_capture("14N(a,g)18F", "n14ag", Chain::alpha_capture, S::n14, S::o18, 7, 14, "f18"),
    a_capture("16O(a,g)20Ne", "o16ag", Chain::alpha_capture, S::o16, S::ne20, 8, 16),
    a_capture("20Ne(a,g)24Mg", "ne20ag", Chain::alpha_capture, S::ne20, S::mg24, 10, 20),
}};

int idx(S s) { return static_cast<int>(s); }

// Factor j of the rate law of reaction rx, and its derivative with respect to its abundance.
// Implicit integrators visit slightly negative abundances. There c Y^2 (pp, 3He+3He) would keep
// consuming a negative abundance and run away; a repeated reactant therefore enters as |Y|, so
// that Y^n becomes Y |Y|^(n-1): unchanged for Y >= 0, and for Y < 0 the reaction runs backwards and
// brings the abundance back to zero, as c Y1 Y2 already does for distinct reactants.
bool repeated(const Reaction& rx, int j) { return j > 0 && rx.rate_species[j] == rx.rate_species[j - 1]; }
double factor(const Reaction& rx, int j, const Abundances& Y) {
  const double y = Y[idx(rx.rate_species[j])];
  return repeated(rx, j) ? std::abs(y) : y;
}
double factor_derivative(const Reaction& rx, int j, const Abundances& Y) {
  const double y = Y[idx(rx.rate_species[j])];
  return repeated(rx, j) ? (y < 0.0 ? -1.0 : 1.0) : 1.0;
}

// Slots of the auxiliary rates in ReaclibValues, after the reactions.
constexpr int kBe7ec = kNumReactions, kBe7pg = kNumReactions + 1, kDpg = kNumReactions + 2, kLi7pa = kNumReactions + 3;

// The data-table rates behind the slots, resolved once.
const std::array<const ReaclibRate*, kNumRates>& rate_table() {
  static const auto table = [] {
    std::array<const ReaclibRate*, kNumRates> t{};
    const auto& data = nuclear_data();
    for (int k = 0; k < kNumReactions; ++k) t[k] = &data.rate(kReactions[k].rate_key);
    t[kBe7ec] = &data.rate("be7ec");
    t[kBe7pg] = &data.rate("be7pg");
    t[kDpg] = &data.rate("dpg");
    t[kLi7pa] = &data.rate("li7pa");
    return t;
  }();
  return table;
}

// The value of the derivatives network_rates(..., RateDerivatives::none) does not compute.
constexpr double kNotComputed = std::numeric_limits<double>::quiet_NaN();

// Screening exponent H of one reacting pair and its (ln T, ln rho) derivatives (not computed with
// RateDerivatives::none).
struct PairScreening {
  double H = 0, dH_dlnT = 0, dH_dlnrho = 0;
  PairScreening& operator+=(const PairScreening& o) {
    H += o.H;
    dH_dlnT += o.dH_dlnT;
    dH_dlnrho += o.dH_dlnrho;
    return *this;
  }
};

PairScreening pair_screening(const ScreeningPlasma& plasma, const ScreeningPair& q, RateDerivatives want) {
  if (want == RateDerivatives::none) return {screening_exponent(plasma, q.Z1, q.A1, q.Z2, q.A2), kNotComputed, kNotComputed};
  const auto s = screening(plasma, q.Z1, q.A1, q.Z2, q.A2);
  return {s.H, s.dH_dlnT, s.dH_dlnrho};
}

// Rate coefficient with screening: rho^(n-1) lambda exp(H) (times rho Ye for an electron capture),
// divided by n! for n identical reactants; s is the sum over the reaction's screened pairs.
struct Coefficient {
  double c, dlnT, dlnrho, screening;
};

Coefficient coefficient(int slot, const RateValue& lambda, const ScreeningPlasma& plasma, const PairScreening& s,
                        int n_reactants, int n_identical, RateDerivatives want) {
  const double H = s.H, dH_dlnT = s.dH_dlnT, dH_dlnrho = s.dH_dlnrho;
  const double f = std::exp(H);
  double c = lambda.value > 0.0 ? lambda.value * f * std::pow(plasma.rho_cgs, n_reactants - 1) : 0.0;
  double dlnrho = n_reactants - 1 + dH_dlnrho;
  if (rate_table()[slot]->electron_capture()) {
    c *= plasma.rho_cgs * plasma.ye;
    dlnrho += 1.0;
  }
  for (int i = 2; i <= n_identical; ++i) c /= i;
  if (!std::isfinite(c)) {
    std::ostringstream os;
    os << "nuclear rate " << rate_table()[slot]->reaction << " is not finite at T = " << plasma.T_K
       << " K, rho = " << plasma.rho_cgs << " g/cm^3 (screening exponent " << H << ")";
    throw ComputeError(os.str());
  }
  if (want == RateDerivatives::none) return {c, kNotComputed, kNotComputed, f};
  return {c, lambda.dln_dlnT + dH_dlnT, dlnrho, f};
}

// The distinct screening pairs of the reactions (pp and pep share one, and so do the (p,a) and (p,g)
// branches of 15N, 17O and 18O): each is screened once per network evaluation.
struct DistinctPairs {
  std::array<ScreeningPair, 2 * kNumReactions> pair{};
  int n = 0;
  std::array<std::array<int, 2>, kNumReactions> of{};  // reaction k's screen[i] is pair[of[k][i]]
};

const DistinctPairs& distinct_pairs() {
  static const DistinctPairs d = [] {
    DistinctPairs t;
    for (int k = 0; k < kNumReactions; ++k) {
      for (int i = 0; i < kReactions[k].n_screen; ++i) {
        const ScreeningPair& q = kReactions[k].screen[i];
        int j = 0;
        auto same = [&](const ScreeningPair& p) { return p.Z1 == q.Z1 && p.A1 == q.A1 && p.Z2 == q.Z2 && p.A2 == q.A2; };
        while (j < t.n && !same(t.pair[j])) ++j;
        if (j == t.n) t.pair[t.n++] = q;
        t.of[k][i] = j;
      }
    }
    return t;
  }();
  return d;
}

// Number of identical species at the start of the rate law (all reactions list identical
// reactants first).
int identical_count(const Reaction& r) {
  int n = 1;
  while (n < r.n_rate_species && r.rate_species[n] == r.rate_species[0]) ++n;
  return n;
}

}  // namespace

const std::array<Reaction, kNumReactions>& reactions() { return kReactions; }

double reaction_Q_MeV(int k) {
  static const std::array<double, kNumReactions> Q = [] {
    std::array<double, kNumReactions> q{};
    const auto& data = nuclear_data();
    for (int i = 0; i < kNumReactions; ++i) {
      const auto& r = kReactions[i];
      for (int j = 0; j < r.n_change; ++j) {
        const auto [species, n] = r.change[j];
        q[i] -= n * data.mass_excess(nuclide(species).name);
      }
    }
    return q;
  }();
  return Q[k];
}

ReaclibValues reaclib_values(double T_K) {
  if (!std::isfinite(T_K) || T_K <= 0.0 || T_K > 1e10) {
    std::ostringstream os;
    os << "nuclear network: T = " << T_K << " K outside the range of the REACLIB fits (0, 1e10] K";
    throw InputError(os.str());
  }
  ReaclibValues v;
  v.T_K = T_K;
  for (int k = 0; k < kNumRates; ++k) v.rate[k] = reaclib_rate(*rate_table()[k], T_K * 1e-9);
  return v;
}

NetworkRates network_rates(double rho_cgs, double T_K, const Abundances& Y, RateDerivatives want) {
  return network_rates(rho_cgs, reaclib_values(T_K), Y, want);
}

NetworkRates network_rates(double rho_cgs, const ReaclibValues& lambda, const Abundances& Y, RateDerivatives want) {
  if (!std::isfinite(rho_cgs) || rho_cgs <= 0.0) {
    std::ostringstream os;
    os << "nuclear network: rho = " << rho_cgs << " g/cm^3 must be > 0";
    throw InputError(os.str());
  }
  const auto plasma = screening_plasma(rho_cgs, lambda.T_K, Y);
  const DistinctPairs& pairs = distinct_pairs();
  std::array<PairScreening, 2 * kNumReactions> H;
  for (int j = 0; j < pairs.n; ++j) H[j] = pair_screening(plasma, pairs.pair[j], want);
  NetworkRates out;
  for (int k = 0; k < kNumReactions; ++k) {
    const auto& r = kReactions[k];
    PairScreening s;
    for (int i = 0; i < r.n_screen; ++i) s += H[pairs.of[k][i]];
    const auto c = coefficient(k, lambda.rate[k], plasma, s, r.n_rate_species, identical_count(r), want);
    out.c[k] = c.c;
    out.dlnc_dlnT[k] = c.dlnT;
    out.dlnc_dlnrho[k] = c.dlnrho;
    out.screening[k] = c.screening;
  }
  const PairScreening be7_p = pair_screening(plasma, proton_on(4, 7), want);
  const auto ec = coefficient(kBe7ec, lambda.rate[kBe7ec], plasma, PairScreening{}, 1, 1, want);
  const auto pg = coefficient(kBe7pg, lambda.rate[kBe7pg], plasma, be7_p, 2, 1, want);
  out.be7_ec_per_s = ec.c;
  out.dln_be7ec_dlnT = ec.dlnT;
  out.dln_be7ec_dlnrho = ec.dlnrho;
  out.be7_pg_coeff = pg.c;
  out.dln_be7pg_dlnT = pg.dlnT;
  out.dln_be7pg_dlnrho = pg.dlnrho;
  const PairScreening d_p = pair_screening(plasma, proton_on(1, 2), want);
  const PairScreening li7_p = pair_screening(plasma, proton_on(3, 7), want);
  out.dpg_coeff = coefficient(kDpg, lambda.rate[kDpg], plasma, d_p, 2, 1, want).c;
  out.li7pa_coeff = coefficient(kLi7pa, lambda.rate[kLi7pa], plasma, li7_p, 2, 1, want).c;
  return out;
}

std::array<double, kNumReactions> reaction_rates(const NetworkRates& r, const Abundances& Y) {
  std::array<double, kNumReactions> rate{};
  for (int k = 0; k < kNumReactions; ++k) {
    double v = r.c[k];
    for (int j = 0; j < kReactions[k].n_rate_species; ++j) v *= factor(kReactions[k], j, Y);
    rate[k] = v;
  }
  return rate;
}

Eigen::Matrix<double, kNumReactions, kNumSpecies> reaction_rate_jacobian(const NetworkRates& r, const Abundances& Y) {
  Eigen::Matrix<double, kNumReactions, kNumSpecies> d = Eigen::Matrix<double, kNumReactions, kNumSpecies>::Zero();
  for (int k = 0; k < kNumReactions; ++k) {
    const auto& rx = kReactions[k];
    // Product rule over the factors of the rate law: drop one factor at a time.
    for (int drop = 0; drop < rx.n_rate_species; ++drop) {
      double v = r.c[k] * factor_derivative(rx, drop, Y);
      for (int j = 0; j < rx.n_rate_species; ++j) {
        if (j != drop) v *= factor(rx, j, Y);
      }
      d(k, idx(rx.rate_species[drop])) += v;
    }
  }
  return d;
}

Abundances network_dYdt(const NetworkRates& r, const Abundances& Y) {
  const auto rate = reaction_rates(r, Y);
  Abundances dYdt{};
  for (int k = 0; k < kNumReactions; ++k) {
    for (int j = 0; j < kReactions[k].n_change; ++j) {
      const auto [species, n] = kReactions[k].change[j];
      dYdt[idx(species)] += n * rate[k];
    }
  }
  return dYdt;
}

NetworkJacobian network_jacobian(const NetworkRates& r, const Abundances& Y) {
  const auto drate = reaction_rate_jacobian(r, Y);
  NetworkJacobian J = NetworkJacobian::Zero();
  for (int k = 0; k < kNumReactions; ++k) {
    for (int j = 0; j < kReactions[k].n_change; ++j) {
      const auto [species, n] = kReactions[k].change[j];
      J.row(idx(species)) += n * drate.row(k);
    }
  }
  return J;
}

double be7_electron_capture_fraction(const NetworkRates& r, const Abundances& Y) {
  const double pg = r.be7_pg_coeff * std::max(Y[idx(S::h1)], 0.0);
  const double total = r.be7_ec_per_s + pg;
  return total > 0.0 ? r.be7_ec_per_s / total : 1.0;
}

Abundances abundances_from(const Composition& comp) {
  Abundances Y{};
  for (int i = 0; i < kNumSpecies; ++i) Y[i] = comp.X[i] / nuclides()[i].A;
  return Y;
}

}  // namespace nuflash::nuclear
