// Generalized Fermi-Dirac integrals F_k(eta, beta) and their derivatives against the reference values
// of Gong, Zejda, Daeppen & Aparicio 2001 (Comput. Phys. Commun. 136, 294): the double-precision output of
// their published program GFD_D3 (CPC Program Library, catalogue identifier ADNX, distributed with its
// test data) at 13 points (k = -1/2 ... 5/2), and against closed forms. The digits were transcribed from
// the pynucastro test suite, which lists the same program output; they were not re-checked here against
// the CPC distribution, and the table of the paper that prints them could not be consulted.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "eos/fermi_dirac.hpp"
#include "error.hpp"

using namespace nuflash;

namespace {

struct Ref {
  double k, eta, beta;
  double F, dF_deta, dF_dbeta, d2F_deta2, d2F_deta_dbeta, d2F_dbeta2;
};

// Gong et al. (2001), output of GFD_D3: k, eta, beta, F, dF/deta, dF/dbeta, d2F/deta2, d2F/deta dbeta,
// d2F/dbeta2.
const Ref kGong[] = {
    {0.5, -100, 0.0, 3.2968314946796124e-044, 3.2968314946796139e-044, 1.2363118105048548e-044,
     3.2968314946796129e-044, 1.2363118105048556e-044, -7.7269488156553455e-045},
    {0.5, -50, 1.0, 2.2314386397062104e-022, 2.2314386397062108e-022, 4.4513616188460852e-023,
     2.2314386397062099e-022, 4.4513616188460870e-023, -1.0696566775877673e-023},
    {0.5, 1.0, 10.0, 4.3093121530612724, 3.0909917562756424, 0.19002958762134178, 1.6796585258434078,
     0.13977966489586524, -8.4816696742261236e-003},
    {0.5, 500.0, 100.0, 883930.45936891437, 3535.6046159037460, 4419.2988177917523, 7.0710678132825819,
     17.677315986879442, -22.094727366363866},
    {-0.5, -100, 100.0, 2.7816742731063666e-043, 2.7816742731063678e-043, 1.2653970717385436e-045,
     2.7816742731063674e-043, 1.2653970717385444e-045, -5.9528644489672306e-048},
    {-0.5, -50, 0.0, 3.4186200954570750e-022, 3.4186200954570741e-022, 4.2732751193213414e-023,
     3.4186200954570736e-022, 4.2732751193213450e-023, -1.6024781697455028e-023},
    {-0.5, 100.0, 100.0, 707.87776608227455, 7.0717751162111329, 3.5323860528718423,
     -7.0773544184610238e-006, 3.5351802891431347e-002, -1.7633986737239839e-002},
    {1.5, -75, 10.0, 1.2553979904636453e-032, 1.2553979904636447e-032, 5.7230338002235925e-034,
     1.2553979904636453e-032, 5.7230338002235968e-034, -2.6212332799199379e-035},
    {1.5, -20, 100.0, 2.9294159670904935e-008, 2.9294159663320433e-008, 1.4502712363335996e-010,
     2.9294159648151430e-008, 1.4502712359617485e-010, -7.1804917485691793e-013},
    {1.5, 40, 10000.0, 1517805.2872690351, 113369.99663886119, 75.889697517711070, 5656.8613205601887,
     5.6684715477425227, -3.7944565338813361e-003},
    {2.5, -55, 15.0, 2.1821367305243183e-023, 2.1821367305243180e-023, 6.9671437808138560e-025,
     2.1821367305243186e-023, 6.9671437808138587e-025, -2.2261771808312711e-026},
    {2.5, 10, 1.e-4, 1034.9073854351607, 335.76592223107093, 2231.0524130570820, 80.071134602962601,
     905.09777777902468, -5201.1741381184684},
    {2.5, 100, 1.0, 17946771.869476113, 714843.05556091876, 8740888.8928929009, 21361.250145668106,
     350417.80107778130, -4257540.4021439729},
};

double rel(double a, double b) { return std::abs(a - b) / std::abs(b); }

}  // namespace

TEST(FermiDirac, GongEtAl2001ReferenceValues) {
  for (const auto& r : kGong) {
    SCOPED_TRACE(testing::Message() << "k=" << r.k << " eta=" << r.eta << " beta=" << r.beta);
    const auto f = fermi_dirac(r.k, r.eta, r.beta);
    EXPECT_LT(rel(f.F, r.F), 1e-9);
    EXPECT_LT(rel(f.dF_deta, r.dF_deta), 1e-9);
    EXPECT_LT(rel(f.dF_dbeta, r.dF_dbeta), 1e-9);
    EXPECT_LT(rel(f.d2F_deta_dbeta, r.d2F_deta_dbeta), 1e-9);
    EXPECT_LT(rel(f.d2F_dbeta2, r.d2F_dbeta2), 1e-9);
    // d2F/deta2 of k = -1/2 at eta = 100 is a near-cancellation (-7e-6 against terms of order
    // F_{-1/2}' ~ 7): judged against that scale.
    EXPECT_LT(std::abs(f.d2F_deta2 - r.d2F_deta2) / std::max(std::abs(r.d2F_deta2), 1e-9 * r.dF_deta),
              1e-9);
  }
}
