#include "b8_spectrum.hpp"

#include <cmath>
#include <complex>
#include <vector>

#include "beta_spectrum.hpp"
#include "constants.hpp"
#include "coulomb_penetrability.hpp"
#include "quadrature.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;

namespace {

// Nuclear data (references in b8_spectrum.hpp), MeV.
constexpr double kQec_MeV = 17.9799;
constexpr double kAlphaThreshold_MeV = 0.09184;  // 8Be ground state above 2 alpha
constexpr double kEx1_MeV = 3.03, kGamma1_MeV = 1.513;
constexpr double kEx2_MeV = 16.626, kGamma2_MeV = 0.1081;
constexpr double kLogFt1 = 5.6, kLogFt2 = 3.3;
constexpr double kChannelRadius_fm = 4.5;
constexpr int kL = 2;
constexpr double kGridStep_MeV = 0.01;

double q0_MeV() { return kQec_MeV - 2.0 * c::me_c2_MeV; }

// alpha + alpha shift and penetrability at relative energy E (MeV).
ShiftPenetrability alpha_alpha(double E_MeV) {
  const double mu = 0.5 * c::m_alpha_c2_MeV;
  const double rho = std::sqrt(2.0 * mu * E_MeV) / c::hbar_c_MeV_fm * kChannelRadius_fm;
  const double eta = 4.0 * c::alpha_fs * std::sqrt(mu / (2.0 * E_MeV));  // Z1 Z2 = 4
  return coulomb_shift_penetrability(kL, eta, rho);
}

struct RMatrixLevels {
  double E1, gamma1_sq, E2, gamma2_sq, B, g2_over_g1;
};

RMatrixLevels levels() {
  RMatrixLevels lv{};
  lv.E1 = kEx1_MeV - kAlphaThreshold_MeV;
  lv.E2 = kEx2_MeV - kAlphaThreshold_MeV;
  const auto sp1 = alpha_alpha(lv.E1);
  const double h = 1e-3;
  const double dS = (alpha_alpha(lv.E1 + h).S - alpha_alpha(lv.E1 - h).S) / (2.0 * h);
  lv.B = sp1.S;
  // observed width Gamma = 2 P gamma^2 / (1 + gamma^2 dS/dE)  (Lane & Thomas 1958)
  lv.gamma1_sq = kGamma1_MeV / (2.0 * sp1.P - kGamma1_MeV * dS);
  lv.gamma2_sq = kGamma2_MeV / (2.0 * alpha_alpha(lv.E2).P);
  lv.g2_over_g1 = -std::sqrt(std::pow(10.0, kLogFt1 - kLogFt2));
  return lv;
}

// Beta-feeding density of 8Be excitation E_x without the phase-space factor (arbitrary units).
double strength(const RMatrixLevels& lv, double Ex_MeV) {
  const double E = Ex_MeV - kAlphaThreshold_MeV;
  if (E <= 0.0) return 0.0;
  const auto sp = alpha_alpha(E);
  const double d1 = lv.E1 - E, d2 = lv.E2 - E;
  const double amplitude = std::sqrt(lv.gamma1_sq) / d1 + lv.g2_over_g1 * std::sqrt(lv.gamma2_sq) / d2;
  const double R = lv.gamma1_sq / d1 + lv.gamma2_sq / d2;
  const std::complex<double> denom = 1.0 - std::complex<double>(sp.S - lv.B, sp.P) * R;
  return sp.P * amplitude * amplitude / std::norm(denom);
}

struct B8Table {
  double E_max_MeV;
  std::vector<double> pdf_per_MeV;  // on E = i * kGridStep_MeV
};

const B8Table& table() {
  static const B8Table t = [] {
    const RMatrixLevels lv = levels();
    const double q0 = q0_MeV(), ex_lo = kAlphaThreshold_MeV;
    // Final-state nodes: 0.25 MeV Gauss-Legendre panels resolve both the 1.5 MeV and the 0.1 MeV level.
    const auto& rule = quadrature::gauss_legendre(quadrature::kPanelPoints);
    const int panels = static_cast<int>(std::ceil((q0 - ex_lo) / 0.25));
    const double h = (q0 - ex_lo) / panels;
    std::vector<BetaSpectrum> branch;
    std::vector<double> weight;  // quadrature weight x strength x phase-space integral
    double total = 0.0;
    for (int p = 0; p < panels; ++p)
      for (int i = 0; i < quadrature::kPanelPoints; ++i) {
        const double ex = ex_lo + (p + 0.5) * h + 0.5 * h * rule.x[i];
        const BetaSpectrum b = make_beta_spectrum((q0 - ex) * c::MeV_erg, 4, true);
        const double w = 0.5 * h * rule.w[i] * strength(lv, ex) / b.norm;
        branch.push_back(b);
        weight.push_back(w);
        total += w;
      }
    B8Table out{q0 - ex_lo, {}};
    const int n = static_cast<int>(std::ceil(out.E_max_MeV / kGridStep_MeV));
    for (int k = 0; k <= n; ++k) {
      const double E_erg = k * kGridStep_MeV * c::MeV_erg;
      double sum = 0.0;
      for (std::size_t j = 0; j < branch.size(); ++j) sum += weight[j] * beta_neutrino_pdf(branch[j], E_erg);
      out.pdf_per_MeV.push_back(sum / total * c::MeV_erg);
    }
    return out;
  }();
  return t;
}

}  // namespace

double b8_neutrino_endpoint_erg() { return (q0_MeV() - kAlphaThreshold_MeV) * c::MeV_erg; }

double b8_neutrino_pdf(double E_nu_erg) {
  const auto& t = table();
  const double x = E_nu_erg / c::MeV_erg / kGridStep_MeV;
  if (!(x > 0.0) || E_nu_erg >= b8_neutrino_endpoint_erg()) return 0.0;
  const auto k = static_cast<std::size_t>(x);
  if (k + 1 >= t.pdf_per_MeV.size()) return 0.0;
  const double f = x - static_cast<double>(k);
  return ((1.0 - f) * t.pdf_per_MeV[k] + f * t.pdf_per_MeV[k + 1]) / c::MeV_erg;
}

}  // namespace nuflash::lab
