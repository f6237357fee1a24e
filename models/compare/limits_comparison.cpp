#include "limits_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nuflash::compare {

double gaussian_quantile(double cl) {
  // Newton on Phi(z) - cl with Phi(z) = erfc(-z / sqrt 2) / 2.
  double z = 0.0;
  for (int k = 0; k < 60; ++k) {
    const double phi = 0.5 * std::erfc(-z / std::sqrt(2.0));
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * M_PI);
    const double step = (phi - cl) / pdf;
    z -= step;
    if (std::abs(step) < 1e-14) break;
  }
  return z;
}

double limit_at_90(double limit_muB, double cl) {
  if (!(cl > 0.5 && cl < 1.0)) return limit_muB;
  return limit_muB * std::sqrt(gaussian_quantile(0.90) / gaussian_quantile(cl));
}

std::vector<ComparedLimit> compare_limits(const std::vector<lab::PublishedLimit>& published,
                                          const std::vector<lab::Reanalysis>& reanalyses,
                                          const std::vector<lab::LimitEntry>& nuflash_bounds) {
  std::vector<ComparedLimit> out;
  const auto rows = lab::limits_table(published, reanalyses);
  auto category_of = [&](const lab::LimitEntry& e) -> std::string {
    if (e.kind == "nuflash") return "astrophysical";
    for (const auto& p : published) {
      if (p.experiment == e.experiment) return p.category;
    }
    return "laboratory";
  };
  auto add = [&](const lab::LimitEntry& e, const std::string& category) {
    ComparedLimit c{e, limit_at_90(e.limit_muB, e.cl), category, ""};
    std::ostringstream note;
    if (e.cl > 0.5 && e.cl < 1.0 && std::abs(e.cl - 0.90) > 1e-9) {
      note.precision(3);
      note << "converted from " << e.cl * 100 << "% CL (Gaussian in mu^2)";
    }
    c.note = note.str();
    out.push_back(std::move(c));
  };
  for (const auto& r : rows) add(r, category_of(r));
  for (const auto& b : nuflash_bounds) add(b, "astrophysical");
  std::stable_sort(out.begin(), out.end(), [](const ComparedLimit& a, const ComparedLimit& b) {
    if (a.category != b.category) return a.category < b.category;
    if (a.entry.flavor != b.entry.flavor) return a.entry.flavor < b.entry.flavor;
    return a.limit_90_muB < b.limit_90_muB;
  });
  return out;
}

}  // namespace nuflash::compare
