// Synthetic (Asimov) reanalyses of published laboratory searches for a neutrino magnetic moment,
// built from each experiment's published exposure, threshold, resolution and background level
// (cited in each .cpp) with the sources, cross sections and limit machinery of models/lab.
// Differences from the published limits are discussed in docs/lab.md.
#pragma once

#include <string>
#include <vector>

#include "limit.hpp"

namespace nuflash::lab {

struct Reanalysis {
  std::string experiment;
  std::string flavor;
  std::string method;
  std::string reference;
  int year = 0;
  double published_limit_muB = 0.0;  // the collaboration's limit at published_cl
  double published_cl = 0.9;
  double limit90_muB = 0.0;          // this reanalysis
  double limit95_muB = 0.0;
};

// GEMMA (Beda et al. 2012/2013): 1.5 kg HPGe at 13.9 m from a 3 GW_th reactor.
Reanalysis reanalyse_gemma(LimitMethod method = LimitMethod::delta_chi2);
// Borexino Phase II (Agostini et al. 2017, PRD 96, 091103): solar pp/7Be/pep recoil spectrum.
Reanalysis reanalyse_borexino_2017(LimitMethod method = LimitMethod::delta_chi2);
// XENONnT SR0 (Aprile et al. 2022, PRL 129, 161805): solar-neutrino electron recoils in 1-30 keV.
Reanalysis reanalyse_xenonnt_2022(LimitMethod method = LimitMethod::delta_chi2);

std::vector<Reanalysis> all_reanalyses(LimitMethod method = LimitMethod::delta_chi2);

}  // namespace nuflash::lab
