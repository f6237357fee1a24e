// Cost of the nuclear network: one full evaluation (rates with screening, right-hand side,
// Jacobian, energy and its derivatives) and one CVODE burn of a zone.
#include <benchmark/benchmark.h>

#include "burn.hpp"
#include "constants.hpp"
#include "nuclear/energy_generation.hpp"
#include "state.hpp"

namespace {

nuflash::State hydrogen_shell() {
  return nuflash::make_state(50, 3e7, nuflash::composition_from_XZ(0.3, 0.02));
}

}  // namespace

static void BM_NuclearRhsAndJacobian(benchmark::State& st) {
  const auto s = hydrogen_shell();
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::nuclear::nuclear_burning(s));
}
BENCHMARK(BM_NuclearRhsAndJacobian);

static void BM_NuclearRatesOnly(benchmark::State& st) {
  const auto s = hydrogen_shell();
  const auto Y = nuflash::nuclear::abundances_from(s.comp);
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::nuclear::network_rates(s.rho_cgs, s.T_K, Y));
}
BENCHMARK(BM_NuclearRatesOnly);

// A hydrogen-shell zone over 1e5 yr (CNO cycle near equilibrium) and a helium-core zone at the
// flash over 1e3 yr.
static void BM_BurnHydrogenShellZone(benchmark::State& st) {
  const auto s = hydrogen_shell();
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::burn(s.comp, s.rho_cgs, s.T_K, 1e5 * nuflash::constants::year_s));
}
BENCHMARK(BM_BurnHydrogenShellZone)->Unit(benchmark::kMicrosecond);

static void BM_BurnHeliumFlashZone(benchmark::State& st) {
  nuflash::Composition c;
  c[nuflash::Species::he4] = 0.98;
  c[nuflash::Species::n14] = 0.02;
  for (auto _ : st) benchmark::DoNotOptimize(nuflash::burn(c, 1e6, 1e8, 1e3 * nuflash::constants::year_s));
}
BENCHMARK(BM_BurnHeliumFlashZone)->Unit(benchmark::kMicrosecond);
