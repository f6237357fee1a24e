#include "recoil_spectrum.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "constants.hpp"
#include "error.hpp"
#include "quadrature.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;
namespace sc = nuflash::scattering;

namespace {

double E_min_for_T(double T_erg) {
  const double me = c::me_c2_erg;
  return 0.5 * (T_erg + std::sqrt(T_erg * T_erg + 2.0 * me * T_erg));
}

double cross_section(const FluxComponent& comp, const Detector& det, double E, double T, RecoilPart part) {
  if (part == RecoilPart::magnetic) return sc::dsigma_dT_mag(E, T, 1.0);
  const double p = comp.survival_at(E);
  double x = p * sc::dsigma_dT_weak(comp.flavor, E, T, det.sin2w);
  if (p < 1.0) x += (1.0 - p) * sc::dsigma_dT_weak(oscillated_partner(comp.flavor), E, T, det.sin2w);
  return x;
}

void check_detector(const Detector& det) {
  if (!(det.n_electrons > 0.0 && det.live_time_s > 0.0))
    throw InputError("detector: electrons " + std::to_string(det.n_electrons) + " and live time " +
                     std::to_string(det.live_time_s) + " s must be > 0");
  if (!(det.efficiency > 0.0 && det.efficiency <= 1.0))
    throw InputError("detector: efficiency " + std::to_string(det.efficiency) + " must be in (0, 1]");
  if (!(det.res_a_sqrt_erg >= 0.0 && det.res_b >= 0.0 && det.eff_width_erg >= 0.0))
    throw InputError("detector: resolution and efficiency parameters must be >= 0");
}

}  // namespace

double recoil_rate_true(const NeutrinoFlux& flux, const Detector& det, double T_erg, RecoilPart part) {
  if (!(T_erg > 0.0)) return 0.0;
  const double Emin = E_min_for_T(T_erg);
  double rate = 0.0;  // per electron per second per erg
  for (const auto& comp : flux) {
    for (const auto& line : comp.lines)
      if (line.E_erg > Emin) rate += line.flux_cm2_s * cross_section(comp, det, line.E_erg, T_erg, part);
    if (comp.continuum_flux_cm2_s > 0.0 && comp.E_max_erg > Emin) {
      const double lo = std::max(Emin, comp.E_min_erg);
      rate += comp.continuum_flux_cm2_s *
              quadrature::integrate(
                  [&](double E) { return comp.continuum_pdf(E) * cross_section(comp, det, E, T_erg, part); }, lo,
                  comp.E_max_erg, 6);
    }
  }
  return rate * det.n_electrons * det.live_time_s * sc::binding_step_factor(det.target, T_erg);
}

double detection_efficiency(const Detector& det, double T_erg) {
  if (det.eff_width_erg <= 0.0) return det.efficiency;
  return det.efficiency * 0.5 * (1.0 + std::erf((T_erg - det.eff_T50_erg) / det.eff_width_erg));
}

std::vector<double> binned_recoil_counts(const NeutrinoFlux& flux, const Detector& det,
                                         const std::vector<double>& edges, RecoilPart part) {
  return binned_counts([&](double T) { return recoil_rate_true(flux, det, T, part); }, det, edges);
}

std::vector<double> binned_counts(const std::function<double(double)>& dN_dT_true, const Detector& det,
                                  const std::vector<double>& edges) {
  check_detector(det);
  if (edges.size() < 2 || !(edges.front() > 0.0) || !std::is_sorted(edges.begin(), edges.end()))
    throw InputError("recoil spectrum: bin edges must be at least two increasing positive energies");
  const auto sigma = [&](double T) { return det.res_a_sqrt_erg * std::sqrt(T) + det.res_b * T; };
  const double lo = edges.front(), hi = edges.back();
  // True-energy range feeding the window: every T whose Gaussian reaches [lo, hi] within kZ sigma(T),
  // i.e. the roots of T +- kZ (a sqrt(T) + b T) = lo, hi (quadratics in sqrt(T)); beyond them the
  // Gaussian tail is below 1e-15.
  constexpr double kZ = 8.0;
  const double a = kZ * det.res_a_sqrt_erg, b = kZ * det.res_b;
  if (!(b < 1.0))
    throw InputError("detector: resolution slope b = " + std::to_string(det.res_b) + " must be < " +
                     std::to_string(1.0 / kZ));
  const double r_lo = (-a + std::sqrt(a * a + 4.0 * (1.0 + b) * lo)) / (2.0 * (1.0 + b));
  const double r_hi = (a + std::sqrt(a * a + 4.0 * (1.0 - b) * hi)) / (2.0 * (1.0 - b));
  const double T_lo = r_lo * r_lo, T_hi = r_hi * r_hi;
  const int panels = std::max(8, static_cast<int>(8.0 * std::log(T_hi / T_lo)));
  std::vector<double> counts(edges.size() - 1, 0.0);
  // Tabulate the true rate on the quadrature nodes once, then distribute into observed bins.
  const auto& rule = quadrature::gauss_legendre(quadrature::kPanelPoints);
  const double u0 = std::log(T_lo), h = (std::log(T_hi) - u0) / panels;
  for (int p = 0; p < panels; ++p) {
    for (std::size_t i = 0; i < rule.x.size(); ++i) {
      const double T = std::exp(u0 + (p + 0.5) * h + 0.5 * h * rule.x[i]);
      const double w = 0.5 * h * rule.w[i] * T;  // dT = T du
      const double n = w * dN_dT_true(T) * detection_efficiency(det, T);
      if (n == 0.0) continue;
      const double s = sigma(T);
      for (std::size_t b = 0; b + 1 < edges.size(); ++b) {
        double frac;
        if (s <= 0.0) {
          frac = (T >= edges[b] && T < edges[b + 1]) ? 1.0 : 0.0;
        } else {
          const double z1 = (edges[b] - T) / (std::sqrt(2.0) * s), z2 = (edges[b + 1] - T) / (std::sqrt(2.0) * s);
          frac = 0.5 * (std::erf(z2) - std::erf(z1));
        }
        counts[b] += n * frac;
      }
    }
  }
  return counts;
}

std::vector<double> linear_edges(double lo, double hi, int n) {
  if (!(n >= 1 && hi > lo)) throw InputError("linear_edges: need n >= 1 and hi > lo");
  std::vector<double> e(n + 1);
  for (int i = 0; i <= n; ++i) e[i] = lo + (hi - lo) * i / n;
  return e;
}

std::vector<double> log_edges(double lo, double hi, int n) {
  if (!(n >= 1 && hi > lo && lo > 0)) throw InputError("log_edges: need n >= 1 and hi > lo > 0");
  std::vector<double> e(n + 1);
  for (int i = 0; i <= n; ++i) e[i] = lo * std::pow(hi / lo, static_cast<double>(i) / n);
  return e;
}

}  // namespace nuflash::lab
