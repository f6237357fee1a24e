// Cost of one opacity evaluation with its derivatives (called per zone per Newton iteration).
// Points along a red giant: envelope (OPAL), the OPAL-Ferguson overlap, the cool photosphere (Ferguson),
// the degenerate core (off the OPAL tables: analytic radiative + conduction table); and the analytic fallback.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "composition.hpp"
#include "opacity/opacity.hpp"
#include "state.hpp"

namespace {

const nuflash::OpacityTables* bench_tables() {
  static const auto t = [] {
    const char* env = std::getenv("NUFLASH_DATA");
    return nuflash::load_opacity_tables(env ? env : NUFLASH_SOURCE_DIR "/../shared/data");
  }();
  return t.get();
}

void run(benchmark::State& st, double rho, double T, double X, bool with_tables) {
  const auto* t = with_tables ? bench_tables() : nullptr;
  if (with_tables && !t) {
    st.SkipWithError("opacity tables absent: set NUFLASH_DATA");
    return;
  }
  const auto s = nuflash::make_state(rho, T, nuflash::composition_from_XZ(X, 0.02));
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::opacity(s, t));
}

}  // namespace

static void BM_OpacityEnvelope(benchmark::State& st) { run(st, 1e-2, 2e6, 0.7, true); }
static void BM_OpacityOverlap(benchmark::State& st) { run(st, 1e-8, 1.5e4, 0.7, true); }
static void BM_OpacityPhotosphere(benchmark::State& st) { run(st, 1e-9, 4e3, 0.7, true); }
static void BM_OpacityDegenerateCore(benchmark::State& st) { run(st, 1e6, 8e7, 0.0, true); }
static void BM_OpacityAnalytic(benchmark::State& st) { run(st, 1e-2, 2e6, 0.7, false); }
BENCHMARK(BM_OpacityEnvelope);
BENCHMARK(BM_OpacityOverlap);
BENCHMARK(BM_OpacityPhotosphere);
BENCHMARK(BM_OpacityDegenerateCore);
BENCHMARK(BM_OpacityAnalytic);
