#include "electron_conduction.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "constants.hpp"
#include "table_text.hpp"

namespace nuflash {
namespace {

constexpr int kBlocks = 15;
constexpr int kRhoRows = 64;
constexpr int kTColumns = 19;

// Mass number of the most abundant isotope of the element with charge Z, as adopted for the tables
// (Potekhin, condall06 description at www.ioffe.ru/astro/conduct/condint.html).
double mass_number(int Z) {
  switch (Z) {
    case 1: return 1;
    case 2: return 4;
    case 3: return 7;
    case 4: return 9;
    case 6: return 12;
    case 8: return 16;
    case 12: return 24;
    case 16: return 32;
    case 20: return 40;
    case 26: return 56;
    case 30: return 64;
    case 36: return 84;
    case 42: return 98;
    case 48: return 114;
    case 60: return 142;
    default: return 0;
  }
}

// log10 K of one block at (log rho, log T), continued linearly (with the cross term) off the grid.
Value2D block_log_K(const ConductionTables& t, const HermiteTable& block, double lr, double lt) {
  const double lrc = std::clamp(lr, t.logRho.v.front(), t.logRho.v.back());
  const double ltc = std::clamp(lt, t.logT.v.front(), t.logT.v.back());
  const CellPoint p = locate(t.logRho, t.logT, lrc, ltc);
  CellPatch patch;
  accumulate(patch, block, t.logT.size(), p, 1.0);
  Value2D v = evaluate(patch, p);
  const double dr = lr - lrc, dt = lt - ltc;
  if (dr != 0.0 || dt != 0.0) {
    v.f += v.fx * dr + v.fy * dt + v.fxy * dr * dt;
    const double fx = v.fx + v.fxy * dt, fy = v.fy + v.fxy * dr;
    v.fx = fx;
    v.fy = fy;
  }
  return v;
}

}  // namespace

ConductionTables read_condall06(const std::filesystem::path& file) {
  const auto lines = read_lines(file);
  const int expected = 1 + kBlocks * (1 + kRhoRows);
  if (static_cast<int>(lines.size()) < expected) {
    throw_table_error(file, static_cast<int>(lines.size()),
                      "too short: expected " + std::to_string(expected) + " lines (15 blocks of 1 + 64 lines)");
  }
  ConductionTables t;
  int k = 1;  // line 1 is a title
  for (int b = 0; b < kBlocks; ++b) {
    const auto head = parse_numbers(lines[k], file, k + 1);
    if (static_cast<int>(head.size()) != 1 + kTColumns) {
      throw_table_error(file, k + 1, "block header must hold Z and 19 log T values");
    }
    const int Z = static_cast<int>(std::lround(head[0]));
    if (std::abs(head[0] - Z) > 1e-9 || mass_number(Z) == 0) {
      throw_table_error(file, k + 1, "unexpected ion charge Z = " + std::to_string(head[0]));
    }
    const std::vector<double> logT(head.begin() + 1, head.end());
    if (t.logT.v.empty()) {
      t.logT.v = logT;
    } else if (logT != t.logT.v) {
      throw_table_error(file, k + 1, "log T header differs from the first block's");
    }
    ++k;
    std::vector<double> logRho;
    std::vector<double> values(static_cast<std::size_t>(kRhoRows) * kTColumns);
    for (int r = 0; r < kRhoRows; ++r, ++k) {
      const auto row = parse_numbers(lines[k], file, k + 1);
      if (static_cast<int>(row.size()) != 1 + kTColumns) {
        throw_table_error(file, k + 1, "expected log rho and 19 values, found " + std::to_string(row.size()) +
                                           " numbers");
      }
      logRho.push_back(row[0]);
      std::copy(row.begin() + 1, row.end(), values.begin() + static_cast<std::ptrdiff_t>(r) * kTColumns);
    }
    if (t.logRho.v.empty()) {
      t.logRho.v = logRho;
    } else if (logRho != t.logRho.v) {
      throw_table_error(file, k, "log rho rows differ from the first block's");
    }
    if (!t.Z.empty() && Z <= t.Z.back()) throw_table_error(file, k, "blocks are not in ascending Z");
    t.Z.push_back(Z);
    t.logZ.push_back(std::log10(static_cast<double>(Z)));
    t.log_A_over_Z.push_back(std::log10(mass_number(Z) / Z));
    t.blocks.push_back(make_hermite_table(t.logRho, t.logT, std::move(values)));
  }
  auto increasing = [](const std::vector<double>& v) {
    return std::adjacent_find(v.begin(), v.end(), [](double a, double b) { return !(b > a); }) == v.end();
  };
  if (!increasing(t.logT.v) || !increasing(t.logRho.v)) throw_table_error(file, 2, "grid is not increasing");
  return t;
}

OpacityTerm conductive_opacity(const ConductionTables& t, double log_rho, double log_T, double Ye, double Z_eff) {
  const double lz = std::log10(std::clamp(Z_eff, t.Z.front(), t.Z.back()));
  const int nz = static_cast<int>(t.Z.size());
  int k = static_cast<int>(std::upper_bound(t.logZ.begin(), t.logZ.end(), lz) - t.logZ.begin()) - 1;
  k = std::clamp(k, 0, nz - 2);
  const double s = (lz - t.logZ[k]) / (t.logZ[k + 1] - t.logZ[k]);
  const double lr = log_rho + std::log10(Ye), lt = log_T;
  Value2D logK;
  for (int a = 0; a < 2; ++a) {
    const double w = a == 0 ? 1.0 - s : s;
    if (w == 0.0) continue;
    const int b = k + a;
    const Value2D v = block_log_K(t, t.blocks[b], lr + t.log_A_over_Z[b], lt);
    logK.f += w * v.f;
    logK.fx += w * v.fx;
    logK.fy += w * v.fy;
  }
  // kappa = 16 sigma T^3 / (3 rho K)
  static const double log_16sigma_3 = std::log10(16.0 * constants::sigma_SB_cgs / 3.0);
  const double log_kappa = log_16sigma_3 + 3.0 * lt - log_rho - logK.f;
  return {std::exp(std::numbers::ln10 * log_kappa), -1.0 - logK.fx, 3.0 - logK.fy};
}

}  // namespace nuflash
