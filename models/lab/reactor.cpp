#include "reactor.hpp"

#include <cmath>
#include <string>

#include "beta_spectrum.hpp"
#include "constants.hpp"
#include "error.hpp"
#include "scattering/gauss_legendre.hpp"

namespace nuflash::lab {

namespace c = nuflash::constants;

namespace {

constexpr double kJoin_MeV = 2.0;

struct IsotopeData {
  std::array<double, 6> exp_poly;  // Huber 2011 / Mueller 2011 coefficients a_1..a_6
  std::array<double, 3> vogel;     // Vogel & Engel 1989 a_0, a_1, a_2
  double e_fission_MeV;            // Ma et al. 2013
};

const IsotopeData& data(FissionIsotope i) {
  static const std::array<IsotopeData, 4> table{{
      {{4.367, -4.577, 2.100, -5.294e-1, 6.186e-2, -2.777e-3}, {0.870, -0.160, -0.0910}, 202.36},
      {{4.833e-1, 1.927e-1, -1.283e-1, -6.762e-3, 2.233e-3, -1.536e-4}, {0.976, -0.162, -0.0790}, 205.99},
      {{4.757, -5.392, 2.563, -6.596e-1, 7.820e-2, -3.536e-3}, {0.896, -0.239, -0.0981}, 211.12},
      {{2.990, -2.882, 1.278, -3.343e-1, 3.905e-2, -1.754e-3}, {0.793, -0.080, -0.1085}, 214.26},
  }};
  return table[static_cast<int>(i)];
}

double exp_poly_MeV(const IsotopeData& d, double E_MeV) {
  double x = 0.0, p = 1.0;
  for (double a : d.exp_poly) {
    x += a * p;
    p *= E_MeV;
  }
  return std::exp(x);
}

double vogel_MeV(const IsotopeData& d, double E_MeV) {
  return std::exp(d.vogel[0] + d.vogel[1] * E_MeV + d.vogel[2] * E_MeV * E_MeV);
}

}  // namespace

double FissionFractions::of(FissionIsotope i) const {
  switch (i) {
    case FissionIsotope::U235: return U235;
    case FissionIsotope::U238: return U238;
    case FissionIsotope::Pu239: return Pu239;
    case FissionIsotope::Pu241: return Pu241;
  }
  return 0.0;
}

double energy_per_fission_erg(FissionIsotope i) { return data(i).e_fission_MeV * c::MeV_erg; }

double spectrum_per_fission(FissionIsotope i, double E_erg) {
  const double E_MeV = E_erg / c::MeV_erg;
  if (E_MeV <= 0.0 || E_MeV > kReactorSpectrumEmax_MeV) return 0.0;
  const auto& d = data(i);
  double per_MeV;
  if (E_MeV >= kJoin_MeV) {
    per_MeV = exp_poly_MeV(d, E_MeV);
  } else {
    per_MeV = vogel_MeV(d, E_MeV) * exp_poly_MeV(d, kJoin_MeV) / vogel_MeV(d, kJoin_MeV);
  }
  return per_MeV / c::MeV_erg;
}

double capture_spectrum_per_capture(double E_erg) {
  static const BetaSpectrum u239 = make_beta_spectrum(1.262 * c::MeV_erg, 93, false);
  static const BetaSpectrum np239 = make_beta_spectrum(0.722 * c::MeV_erg, 94, false);
  return beta_neutrino_pdf(u239, E_erg) + beta_neutrino_pdf(np239, E_erg);
}

double fission_rate(const Reactor& r) {
  if (!(r.thermal_power_erg_s > 0.0))
    throw InputError("reactor: thermal power = " + std::to_string(r.thermal_power_erg_s) + " erg/s, must be > 0");
  double fsum = 0.0, e_mean = 0.0;
  for (auto i : kFissionIsotopes) {
    const double f = r.fractions.of(i);
    if (!(f >= 0.0)) throw InputError("reactor: fission fraction " + std::to_string(f) + " must be >= 0");
    fsum += f;
    e_mean += f * energy_per_fission_erg(i);
  }
  if (std::abs(fsum - 1.0) > 1e-3)
    throw InputError("reactor: fission fractions sum to " + std::to_string(fsum) + ", must be 1");
  return r.thermal_power_erg_s / e_mean;
}

double reactor_flux(const Reactor& r, double E_erg) {
  if (!(r.distance_cm > 0.0))
    throw InputError("reactor: distance = " + std::to_string(r.distance_cm) + " cm, must be > 0");
  double per_fission = 0.0;
  for (auto i : kFissionIsotopes) per_fission += r.fractions.of(i) * spectrum_per_fission(i, E_erg);
  if (!(r.U238_captures_per_fission >= 0.0))
    throw InputError("reactor: 238U captures per fission " + std::to_string(r.U238_captures_per_fission) +
                     " must be >= 0");
  per_fission += r.U238_captures_per_fission * capture_spectrum_per_capture(E_erg);
  return fission_rate(r) * per_fission / (4.0 * c::pi * r.distance_cm * r.distance_cm);
}

FluxComponent reactor_component(const Reactor& r) {
  FluxComponent comp;
  comp.name = "reactor";
  comp.flavor = scattering::Flavor::nuebar;
  comp.E_min_erg = 0.0;
  comp.E_max_erg = kReactorSpectrumEmax_MeV * c::MeV_erg;
  const double total = quadrature::integrate([&](double E) { return reactor_flux(r, E); }, comp.E_min_erg,
                                             comp.E_max_erg, 20);
  comp.continuum_flux_cm2_s = total;
  comp.continuum_pdf = [r, total](double E) { return reactor_flux(r, E) / total; };
  return comp;
}

}  // namespace nuflash::lab
