// The tabulated electron-positron free energy (Timmes & Swesty 2000 style biquintic Hermite table)
// against the direct Fermi-Dirac quadrature, which is the reference, and its thermodynamic
// consistency (Maxwell relations, Callen 1985 ch. 7).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "eos/eos.hpp"

using namespace nuflash;

namespace {

double rel(double a, double b) { return std::abs(a - b) / std::max(std::abs(b), 1e-300); }

}  // namespace

TEST(ElectronTable, MatchesDirectQuadratureAndIsConsistent) {
  EosOptions tab, dir;
  tab.electrons = ElectronMethod::table;
  dir.electrons = ElectronMethod::direct;
  Composition he;
  he[Species::he4] = 1.0;
  const Composition mixes[] = {composition_from_XZ(0.7, 0.02), he};
  double worst_first = 0, worst_second = 0, worst_eta = 0, worst_maxwell = 0;
  for (const auto& comp : mixes) {
    // Off-node points: log rho -10 ... 10 and log T 3.5 ... 10 in steps that avoid the table nodes.
    for (double lr = -10.0; lr <= 10.0; lr += 0.37) {
      for (double lt = 3.5; lt <= 10.0; lt += 0.173) {
        const double rho = std::pow(10.0, lr), T = std::pow(10.0, lt);
        const auto s = make_state(rho, T, comp);
        const auto a = eos(s, tab), b = eos(s, dir);
        const std::string where = "log rho = " + std::to_string(lr) + ", log T = " + std::to_string(lt);
        for (auto [x, y] : {std::pair{a.P, b.P}, {a.E, b.E}, {a.S, b.S}, {a.n_e, b.n_e}}) {
          EXPECT_LT(rel(x, y), 1e-6) << where;
          worst_first = std::max(worst_first, rel(x, y));
        }
        EXPECT_LT(std::abs(a.eta - b.eta) / std::max(1.0, std::abs(b.eta)), 2e-8) << where;
        worst_eta = std::max(worst_eta, std::abs(a.eta - b.eta) / std::max(1.0, std::abs(b.eta)));
        // Second derivatives of F, as dimensionless response functions; dE/drho and dS/drho scaled by
        // P / rho^2 and dP/dT / rho^2 (dE/drho vanishes for an ideal gas).
        const double d_dE = std::abs(a.dE_drho - b.dE_drho) * rho * rho / b.P;
        const double d_dS = std::abs(a.dS_drho - b.dS_drho) * rho * rho / std::abs(b.dP_dT);
        for (double d : {rel(a.chi_rho, b.chi_rho), rel(a.chi_T, b.chi_T), rel(a.cV, b.cV), rel(a.cP, b.cP),
                         rel(a.grad_ad, b.grad_ad), rel(a.gamma1, b.gamma1), d_dE, d_dS}) {
          EXPECT_LT(d, 1e-4) << where;
          worst_second = std::max(worst_second, d);
        }
        const double maxwell = std::abs(rho * rho * a.dS_drho + a.dP_dT) / std::abs(a.dP_dT);
        EXPECT_LT(maxwell, 1e-6) << where;
        worst_maxwell = std::max(worst_maxwell, maxwell);
      }
    }
  }
  std::printf("table vs direct: P, E, S, n_e %.2e; eta %.2e; derivatives %.2e; Maxwell (table) %.2e\n",
              worst_first, worst_eta, worst_second, worst_maxwell);
}
