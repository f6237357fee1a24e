// Supernova microphysics and the PNS cooling run.
#include <benchmark/benchmark.h>

#include "constants.hpp"
#include "dense_matter/hot_nuclear_eos.hpp"
#include "dense_matter/neutrino_diffusion.hpp"
#include "models/sn/sn_cooling.hpp"
#include "neutrino/chirality_flip.hpp"

namespace {

nuflash::ChiralityFlipInput core(int nodes) {
  nuflash::ChiralityFlipInput in;
  in.rho_cgs = 3e14;
  in.T_K = 30 * nuflash::constants::MeV_erg / nuflash::constants::kB_cgs;
  in.Ye = 0.3;
  in.Ynu = 0.06;
  in.mu12 = 1;
  in.nodes = nodes;
  return in;
}

// one eps_R call at rho = 3e14, T = 30 MeV (default quadrature, and the PNS sink's 4 nodes)
void BM_ChiralityFlip(benchmark::State& st) {
  const auto in = core(static_cast<int>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::chirality_flip_emissivity(in));
}
BENCHMARK(BM_ChiralityFlip)->Arg(8)->Arg(4)->Unit(benchmark::kMillisecond);

// beta equilibrium at given (rho, s, Y_L) from a nearby start, as in the PNS structure iterations
void BM_HotMatterBetaEq(benchmark::State& st) {
  const auto m0 = nuflash::dense::hot_matter_beta_eq(3e14, 1.5, 0.3, 10, 0.25);
  int i = 0;
  for (auto _ : st) {
    benchmark::DoNotOptimize(
        nuflash::dense::hot_matter_beta_eq(3e14 * (1 + 1e-5 * (++i % 7)), 1.5, 0.3, m0.T_MeV, m0.Ye));
  }
}
BENCHMARK(BM_HotMatterBetaEq)->Unit(benchmark::kMicrosecond);

void BM_NeutrinoDiffusion(benchmark::State& st) {
  const auto m = nuflash::dense::hot_matter_beta_eq(3e14, 1.5, 0.3, 10, 0.25);
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::dense::neutrino_diffusion(m));
}
BENCHMARK(BM_NeutrinoDiffusion)->Unit(benchmark::kMicrosecond);

// a whole cooling run, 12 zones, 50 s, mu12 = 0
void BM_PnsCooling(benchmark::State& st) {
  nuflash::sn::SnCoolingSettings s;
  s.initial.zones = 12;
  s.solver.t_end_s = 50;
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::sn::sn_cooling_run(s, 0.0));
}
BENCHMARK(BM_PnsCooling)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
