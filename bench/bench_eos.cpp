// Cost of one full EOS call (P, E, S, all derivatives, response functions) at red-giant core conditions
// (helium, rho 1e5-1e6 g/cm^3, T 1e7-1e8 K) and in a cool envelope (Saha ionisation), with the
// tabulated electron free energy (default) and with the direct Fermi-Dirac quadrature (reference).
#include <benchmark/benchmark.h>

#include <cmath>

#include "eos/eos.hpp"
#include "eos/fermi_dirac.hpp"

namespace {

using namespace nuflash;

Composition core() {
  Composition c;
  c[Species::he4] = 0.98;
  c[Species::c12] = 0.02;
  return c;
}

// Arguments: log10 rho * 10, log10 T * 10, electron method (0 table, 1 direct).
void BM_Eos(benchmark::State& st, const Composition& comp) {
  EosOptions opt;
  opt.electrons = st.range(2) == 0 ? ElectronMethod::table : ElectronMethod::direct;
  State s = make_state(std::pow(10.0, st.range(0) / 10.0), std::pow(10.0, st.range(1) / 10.0), comp);
  benchmark::DoNotOptimize(eos(s, opt));  // builds the table outside the timing
  const double rho0 = s.rho_cgs;
  long i = 0;
  for (auto _ : st) {
    s.rho_cgs = rho0 * (1.0 + 1e-9 * static_cast<double>(i++ % 1000));  // defeat caching
    benchmark::DoNotOptimize(eos(s, opt));
  }
}

void BM_EosRedGiantCore(benchmark::State& st) { BM_Eos(st, core()); }
BENCHMARK(BM_EosRedGiantCore)
    ->ArgNames({"logrho10", "logT10", "direct"})
    ->ArgsProduct({{50, 60}, {70, 80}, {0, 1}})
    ->Unit(benchmark::kMicrosecond);

void BM_EosEnvelope(benchmark::State& st) { BM_Eos(st, composition_from_XZ(0.7, 0.02)); }
BENCHMARK(BM_EosEnvelope)->ArgNames({"logrho10", "logT10", "direct"})->Args({-80, 40, 0})->Args({-80, 40, 1})
    ->Unit(benchmark::kMicrosecond);

void BM_FermiDirac(benchmark::State& st) {
  double eta = 10.0;
  for (auto _ : st) {
    benchmark::DoNotOptimize(fermi_dirac(1.5, eta, 0.05));
    eta += 1e-9;
  }
}
BENCHMARK(BM_FermiDirac)->Unit(benchmark::kMicrosecond);

}  // namespace
