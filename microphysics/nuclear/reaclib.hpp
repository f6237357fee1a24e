// Evaluation of a REACLIB rate fit (Cyburt et al. 2010, ApJS 189, 240, eq. 1).
#pragma once

#include "nuclear/nuclear_data.hpp"

namespace nuflash::nuclear {

// One parameter set at T9 = T/1e9 K: ln(lambda_set) and d ln(lambda_set)/d ln T.
struct ReaclibLog {
  double ln_value;
  double dln_dlnT;
};
ReaclibLog reaclib_set(const std::array<double, 7>& a, double T9);

// The rate lambda = N_A^(n-1) <sigma v> summed over the sets, with its logarithmic temperature
// derivative (no screening).
struct RateValue {
  double value = 0;     // lambda
  double dln_dlnT = 0;  // d ln(lambda)/d ln T
};
RateValue reaclib_rate(const ReaclibRate& rate, double T9);

}  // namespace nuflash::nuclear
