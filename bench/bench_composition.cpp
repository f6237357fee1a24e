// Cost of deriving composition moments (called once per zone per Newton iteration).
#include <benchmark/benchmark.h>

#include "composition.hpp"

static void BM_CompositionMoments(benchmark::State& st) {
  const auto c = nuflash::composition_from_XZ(0.7, 0.02);
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::moments(c));
}
BENCHMARK(BM_CompositionMoments);
