// PNS cooling with and without the chirality-flip sink: the neutrino signal, its duration and
// the magnetic moment at which the signal duration halves (the analogue of the Burrows-Turner
// criterion: the nu_L signal of SN 1987A lasted ~10 s, so a moment that halves it is excluded).
#pragma once

#include "models/sn/pns_physics.hpp"
#include "solver/pns_cooling.hpp"

namespace nuflash::sn {

struct SnCoolingSettings {
  PnsInitialSettings initial;
  PnsSettings solver;
  double mu12 = 0;                  // moment of the run besides the mu12 = 0 reference
  double cooling_fraction = 0.9;    // t_cool: time to radiate this fraction of the nu_L energy
  bool find_halving = false;        // search mu12 with t_cool(mu12) = t_cool(0) / 2
  double halving_lo = 0.3, halving_hi = 30;  // initial search bracket in mu12
  double halving_rtol = 0.05;       // relative width of the final bracket
};

struct SnCoolingRun {
  double mu12 = 0;
  PnsRunResult run;
  double t_cool_s = 0;     // time to radiate cooling_fraction of E_nuL (of the whole run)
  double E_nuL_erg = 0;    // energy radiated in nu_L
  double E_nuR_erg = 0;    // energy carried off by nu_R
  double E_bind_erg = 0;   // -(E_int + E_grav) at the end (binding energy w.r.t. dispersed neutrons)
  double energy_error = 0; // |Delta(E_int + E_grav) + E_nuL + E_nuR| / (E_nuL + E_nuR)
};

struct SnCoolingResult {
  SnCoolingRun reference;           // mu12 = 0
  SnCoolingRun run;                 // at settings.mu12 (a copy of the reference when mu12 = 0)
  double mu12_halving = -1;         // < 0 when not searched or not bracketed
  int halving_runs = 0;
};

// Time at which the radiated nu_L energy reaches `fraction` of its final value.
double cooling_time(const PnsRunResult& run, double fraction);

SnCoolingRun sn_cooling_run(const SnCoolingSettings& s, double mu12);

SnCoolingResult sn_cooling(const SnCoolingSettings& s);

}  // namespace nuflash::sn
