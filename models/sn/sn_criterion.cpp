#include "models/sn/sn_criterion.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "constants.hpp"
#include "error.hpp"
#include "neutrino/chirality_flip.hpp"

namespace nuflash::sn {
namespace {

CriterionPoint evaluate(const CoreConditions& c, double eps_max) {
  ChiralityFlipInput in;
  in.rho_cgs = c.rho_cgs;
  in.T_K = c.T_MeV * constants::MeV_erg / constants::kB_cgs;
  in.Ye = c.Ye;
  in.Ynu = c.Ynu;
  in.mu12 = 1;
  const ChiralityFlipResult r = chirality_flip_emissivity(in);
  CriterionPoint p;
  p.core = c;
  p.eps_R = r.eps_R;
  p.eps_e = r.eps_e;
  p.eps_p = r.eps_p;
  p.mu12_bound = std::sqrt(eps_max / r.eps_R);
  p.mu12_bound_electrons_only = std::sqrt(eps_max / r.eps_e);
  return p;
}

}  // namespace

SnCriterionResult sn_criterion(const SnCriterionSettings& s) {
  if (!(s.eps_max > 0)) throw InputError("sn criterion: eps_max = " + std::to_string(s.eps_max) + " must be > 0");
  if (s.n_rho < 1 || s.n_T < 1 || s.n_rho * s.n_T > 400)
    throw InputError("sn criterion: band needs 1 <= n_rho, n_T and n_rho * n_T <= 400");
  if (!(s.rho_lo > 0 && s.rho_hi >= s.rho_lo && s.T_lo_MeV > 0 && s.T_hi_MeV >= s.T_lo_MeV))
    throw InputError("sn criterion: band limits must be positive and ordered");
  SnCriterionResult out;
  out.eps_max = s.eps_max;
  out.standard = evaluate(s.core, s.eps_max);
  auto grid = [](double lo, double hi, int n, int i) {
    return n == 1 ? lo : lo * std::pow(hi / lo, static_cast<double>(i) / (n - 1));
  };
  out.band_min = out.band_max = out.standard.mu12_bound;
  for (int i = 0; i < s.n_rho; ++i) {
    for (int j = 0; j < s.n_T; ++j) {
      CoreConditions c = s.core;
      c.rho_cgs = grid(s.rho_lo, s.rho_hi, s.n_rho, i);
      c.T_MeV = grid(s.T_lo_MeV, s.T_hi_MeV, s.n_T, j);
      out.band.push_back(evaluate(c, s.eps_max));
      out.band_min = std::min(out.band_min, out.band.back().mu12_bound);
      out.band_max = std::max(out.band_max, out.band.back().mu12_bound);
    }
  }
  return out;
}

}  // namespace nuflash::sn
