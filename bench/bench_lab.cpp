// Laboratory analysis: one expected recoil spectrum (XENONnT-like solar-neutrino ER in 1-30 keV) and
// one full limit extraction (the Borexino Phase-II Asimov reanalysis with seven nuisance parameters).
#include <benchmark/benchmark.h>

#include <cmath>

#include "constants.hpp"
#include "lab/reanalysis.hpp"
#include "lab/recoil_spectrum.hpp"
#include "lab/solar.hpp"

namespace {

void BM_LabRecoilSpectrumSolarXe(benchmark::State& state) {
  using namespace nuflash::lab;
  const double keV = nuflash::constants::keV_erg;
  Detector det;
  det.n_electrons = 2.9e29;
  det.live_time_s = nuflash::constants::year_s;
  det.target = nuflash::scattering::Target::xenon;
  det.res_a_sqrt_erg = 0.31 * std::sqrt(keV);
  const auto sun = solar_flux();
  const auto edges = linear_edges(1.0 * keV, 30.0 * keV, 29);
  for (auto _ : state) benchmark::DoNotOptimize(binned_recoil_counts(sun, det, edges, RecoilPart::magnetic));
}
BENCHMARK(BM_LabRecoilSpectrumSolarXe)->Unit(benchmark::kMillisecond);

void BM_LabLimitBorexino(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(nuflash::lab::reanalyse_borexino_2017());
}
BENCHMARK(BM_LabLimitBorexino)->Unit(benchmark::kMillisecond);

}  // namespace
