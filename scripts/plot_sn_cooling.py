#!/usr/bin/python3
"""PNS cooling with and without the chirality-flip sink: nu_L and nu_R luminosities, radiated energy,
and central temperature against time, from `nuflash sn --cool --out FILE.h5`.

Usage: scripts/plot_sn_cooling.py OUT.png RUN.h5 [RUN.h5 ...]
Every /sn/cooling/<run> group (reference = mu12 0, run = the --mu12 value) of each file is drawn.
"""
import sys

import h5py
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from plot_output import save_figure  # noqa: E402


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: plot_sn_cooling.py OUT.png RUN.h5 ...")
    out = sys.argv[1]
    fig, (lum, energy, temp) = plt.subplots(3, 1, figsize=(7, 9), sharex=True)
    for path in sys.argv[2:]:
        with h5py.File(path, "r") as f:
            for name, g in f["sn/cooling"].items():
                h = g["history"]
                t = h["t_s"][()][1:]
                label = f"$\\mu_{{12}}$ = {g.attrs['mu12']:g}"
                line = lum.loglog(t, h["L_nuL"][()][1:], lw=1.2, label=rf"$L_{{\nu_L}}$, {label}")[0]
                if g.attrs["mu12"] > 0:
                    lum.loglog(t, h["L_nuR"][()][1:], lw=0.9, ls="--", color=line.get_color(),
                               label=rf"$L_{{\nu_R}}$, {label}")
                energy.semilogx(t, h["E_nuL"][()][1:], lw=1.2, color=line.get_color(), label=label)
                energy.axvline(g.attrs["t_cool_s"], lw=0.6, ls=":", color=line.get_color())
                temp.semilogx(t, h["T_c_K"][()][1:] / 1.160451812e10, lw=1.2, color=line.get_color(), label=label)
    lum.set_ylabel("luminosity [erg/s]")
    lum.legend(fontsize=7)
    energy.set_ylabel(r"$E_{\nu_L}$ radiated [erg] ($t_{cool}$ dotted)")
    temp.set_ylabel(r"$T_c$ [MeV]")
    temp.set_xlabel("time after the initial model [s]")
    save_figure(fig, out)


if __name__ == "__main__":
    main()
