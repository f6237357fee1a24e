#include "eos/fermi_dirac.hpp"

#include <sstream>

#include "error.hpp"

namespace nuflash {

FermiDirac fermi_dirac(double k, double eta, double beta) {
  if (!std::isfinite(k) || k <= -1.0) {
    std::ostringstream os;
    os << "fermi_dirac: k = " << k << ": order must be > -1";
    throw InputError(os.str());
  }
  if (!std::isfinite(eta)) {
    std::ostringstream os;
    os << "fermi_dirac: eta = " << eta << ": must be finite";
    throw InputError(os.str());
  }
  if (!std::isfinite(beta) || beta < 0.0) {
    std::ostringstream os;
    os << "fermi_dirac: beta = " << beta << ": must be finite and >= 0";
    throw InputError(os.str());
  }
  FermiDirac r;
  for_each_fermi_node(eta, beta, false, [&](double x, double u, double w) {
    const auto [f, fc] = fermi_factor(u);
    const double s = std::sqrt(1.0 + 0.5 * beta * x);
    const double xk = std::pow(x, k) * w;
    const double g1 = f * fc;
    const double ds = 0.25 * x / s;               // d sqrt(1 + beta x/2) / d beta
    const double dds = -0.0625 * x * x / (s * s * s);
    r.F += xk * s * f;
    r.dF_deta += xk * s * g1;
    r.d2F_deta2 += xk * s * g1 * (fc - f);
    r.dF_dbeta += xk * ds * f;
    r.d2F_deta_dbeta += xk * ds * g1;
    r.d2F_dbeta2 += xk * dds * f;
  });
  return r;
}

}  // namespace nuflash
