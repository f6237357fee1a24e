// Astrophysical and laboratory limits side by side, on a common 90 % CL footing.
#pragma once

#include <string>
#include <vector>

#include "published_limits.hpp"

namespace nuflash::compare {

// One-sided Gaussian quantile z(cl): P(x < z) = cl for a unit normal.
double gaussian_quantile(double cl);

// A limit at confidence `cl` expressed at 90 % CL. The signal of every method (recoil rate, energy
// loss) is proportional to mu^2, so for a Gaussian likelihood in mu^2 near zero the limit on mu^2
// scales with z(cl): mu_90 = mu_cl * sqrt(z(0.90) / z(cl)). Approximate (it ignores the physical
// boundary and non-Gaussian tails); limits without a stated CL keep their value.
double limit_at_90(double limit_muB, double cl);

struct ComparedLimit {
  lab::LimitEntry entry;
  double limit_90_muB;   // the limit converted to 90 % CL
  std::string category;  // "laboratory" | "astrophysical"
  std::string note;      // how it was converted
};

// Every published limit, every reanalysis and nuflash's own bounds, sorted by category, flavour and
// then by the 90 % limit.
std::vector<ComparedLimit> compare_limits(const std::vector<lab::PublishedLimit>& published,
                                          const std::vector<lab::Reanalysis>& reanalyses,
                                          const std::vector<lab::LimitEntry>& nuflash_bounds);

}  // namespace nuflash::compare
