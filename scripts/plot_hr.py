#!/usr/bin/python3
"""HR diagram of one or more red-giant runs: log L against log T_eff from /history.

Usage: scripts/plot_hr.py OUT.png RUN.h5 [RUN.h5 ...]
Each RUN.h5 is the output of `nuflash rgb --out` (or a track group of `nuflash run`: give
FILE.h5:/rgb/mu12_0 to pick a group).
"""
import sys

import h5py
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from plot_output import save_figure  # noqa: E402


def open_history(spec):
    path, _, group = spec.partition(":")
    f = h5py.File(path, "r")
    g = f[group] if group else f
    if "history" not in g:
        sys.exit(f"{spec}: no history group")
    return f, g


def label_of(f, g, spec):
    attrs = g.attrs if "mu12" in g.attrs else f["summary"].attrs if "summary" in f else {}
    mu = attrs.get("mu12")
    return spec if mu is None else rf"$\mu_{{12}} = {float(mu):g}$"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: plot_hr.py OUT.png RUN.h5[:GROUP] ...")
    out = sys.argv[1]
    fig, ax = plt.subplots(figsize=(6, 6))
    for spec in sys.argv[2:]:
        f, g = open_history(spec)
        h = g["history"]
        ax.plot(h["log_Teff"][()], h["log_L"][()], lw=1, label=label_of(f, g, spec))
        ax.plot(h["log_Teff"][-1], h["log_L"][-1], "k*", ms=8)
        f.close()
    ax.invert_xaxis()
    ax.set_xlabel(r"$\log T_{\rm eff}$ [K]")
    ax.set_ylabel(r"$\log L/L_\odot$")
    ax.set_title("ZAMS to the helium flash (star: flash)")
    ax.legend(fontsize=8)
    save_figure(fig, out)


if __name__ == "__main__":
    main()
