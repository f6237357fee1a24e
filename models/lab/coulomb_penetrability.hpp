// Shift and penetration factors of a charged-particle channel of orbital momentum l (Lane & Thomas
// 1958, Rev. Mod. Phys. 30, 257, Sec. III.4):
//   S_l + i P_l = rho H_l+'(eta, rho) / H_l+(eta, rho),   H_l+ = G_l + i F_l,
// i.e. P_l = rho / (F_l^2 + G_l^2) and S_l = rho (F_l F_l' + G_l G_l') / (F_l^2 + G_l^2), with F_l, G_l
// the regular and irregular Coulomb functions (Abramowitz & Stegun, Ch. 14) of the Sommerfeld
// parameter eta at rho = k a. Computed from the Riccati equation for y = H'/H,
//   y' = l(l+1)/rho^2 + 2 eta/rho - 1 - y^2,
// integrated inwards (the stable direction for the outgoing solution) with fourth-order Runge-Kutta
// from a radius far outside the turning point, where the outgoing WKB solution starts it.
#pragma once

namespace nuflash::lab {

struct ShiftPenetrability {
  double S;
  double P;
};

// InputError unless l >= 0, eta >= 0 and rho > 0.
ShiftPenetrability coulomb_shift_penetrability(int l, double eta, double rho);

}  // namespace nuflash::lab
