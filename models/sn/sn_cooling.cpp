#include "models/sn/sn_cooling.hpp"

#include <cmath>
#include <string>

#include "error.hpp"

namespace nuflash::sn {

double cooling_time(const PnsRunResult& run, double fraction) {
  if (!(fraction > 0 && fraction < 1))
    throw InputError("sn: cooling fraction = " + std::to_string(fraction) + " must lie in (0, 1)");
  const auto& h = run.history;
  if (h.size() < 2) throw InputError("sn: cooling_time needs a run history");
  const double target = fraction * h.back().E_nu;
  for (std::size_t k = 1; k < h.size(); ++k) {
    if (h[k].E_nu >= target) {
      const double f = (target - h[k - 1].E_nu) / (h[k].E_nu - h[k - 1].E_nu);
      return h[k - 1].t_s + f * (h[k].t_s - h[k - 1].t_s);
    }
  }
  return h.back().t_s;
}

SnCoolingRun sn_cooling_run(const SnCoolingSettings& s, double mu12) {
  SnCoolingRun r;
  r.mu12 = mu12;
  r.run = run_pns_cooling(pns_initial_model(s.initial), pns_microphysics(mu12), s.solver);
  const PnsSnapshot& a = r.run.history.front();
  const PnsSnapshot& b = r.run.history.back();
  r.t_cool_s = cooling_time(r.run, s.cooling_fraction);
  r.E_nuL_erg = b.E_nu;
  r.E_nuR_erg = b.E_sink;
  r.E_bind_erg = -(b.E_int + b.E_grav);
  const double radiated = b.E_nu + b.E_sink;
  r.energy_error = std::abs((b.E_int + b.E_grav) - (a.E_int + a.E_grav) + radiated) / radiated;
  return r;
}

SnCoolingResult sn_cooling(const SnCoolingSettings& s) {
  if (!(s.mu12 >= 0)) throw InputError("sn: mu12 = " + std::to_string(s.mu12) + " must be >= 0");
  SnCoolingResult out;
  out.reference = sn_cooling_run(s, 0.0);
  out.run = s.mu12 > 0 ? sn_cooling_run(s, s.mu12) : out.reference;
  if (!s.find_halving) return out;
  if (!(s.halving_lo > 0 && s.halving_hi > s.halving_lo && s.halving_rtol > 0))
    throw InputError("sn: halving bracket must satisfy 0 < lo < hi and rtol > 0");
  // t_cool falls monotonically with mu12: bisect ln(mu12) on t_cool(mu12) - t_cool(0)/2.
  const double goal = 0.5 * out.reference.t_cool_s;
  auto excess = [&](double mu) {
    ++out.halving_runs;
    return sn_cooling_run(s, mu).t_cool_s - goal;
  };
  double lo = std::log(s.halving_lo), hi = std::log(s.halving_hi);
  if (excess(std::exp(lo)) < 0 || excess(std::exp(hi)) > 0) return out;  // not bracketed
  while (hi - lo > s.halving_rtol) {
    const double mid = 0.5 * (lo + hi);
    (excess(std::exp(mid)) > 0 ? lo : hi) = mid;
  }
  out.mu12_halving = std::exp(0.5 * (lo + hi));
  return out;
}

}  // namespace nuflash::sn
