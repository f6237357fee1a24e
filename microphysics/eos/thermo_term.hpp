// A contribution to the thermodynamic state, per unit volume, with its partial derivatives in the
// variables the EOS combines: the electron chemical potential mu (kinetic, without rest mass, erg),
// the temperature T (K) and the mass density rho (g cm^-3). Every component of the EOS is written as a
// function of (mu, T, rho); mu(rho, T) then follows from charge neutrality.
#pragma once

namespace nuflash {

struct Partials {
  double v = 0;    // value
  double mu = 0;   // d/dmu at fixed T, rho
  double T = 0;    // d/dT at fixed mu, rho
  double rho = 0;  // d/drho at fixed mu, T

  Partials& operator+=(const Partials& o) {
    v += o.v;
    mu += o.mu;
    T += o.T;
    rho += o.rho;
    return *this;
  }
};

struct ThermoTerm {
  Partials P;  // pressure [erg cm^-3]
  Partials s;  // entropy density [erg cm^-3 K^-1]
  Partials e;  // energy density [erg cm^-3]

  ThermoTerm& operator+=(const ThermoTerm& o) {
    P += o.P;
    s += o.s;
    e += o.e;
    return *this;
  }
};

}  // namespace nuflash
