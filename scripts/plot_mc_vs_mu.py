#!/usr/bin/python3
"""Core mass at the helium flash and TRGB brightness against the neutrino magnetic moment, from a
sweep over mu12 (`nuflash sweep` with scenario = "rgb" and a [grid] axis mu12).

Usage: scripts/plot_mc_vs_mu.py SWEEP.h5 [OUT.png]
"""
import sys

import h5py
import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from plot_output import save_figure  # noqa: E402


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: plot_mc_vs_mu.py SWEEP.h5 [OUT.png]")
    path = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else path.rsplit(".", 1)[0] + "_mc_vs_mu.png"
    with h5py.File(path, "r") as f:
        axes, res = f["sweep/axes"], f["sweep/results"]
        if "mu12" not in axes or "Mc_flash_Msun" not in res:
            sys.exit(f"{path}: needs a sweep over mu12 of scenario rgb")
        mu = axes["mu12"][()]
        mc = res["Mc_flash_Msun"][()]
        mi = res["M_I_TRGB"][()] if "M_I_TRGB" in res else None
        ok = f["sweep/status"][()] == 0
    order = np.argsort(mu)
    mu, mc, ok = mu[order], mc[order], ok[order]
    ncols = 2 if mi is not None else 1
    fig, axs = plt.subplots(1, ncols, figsize=(5 * ncols, 4), squeeze=False)
    axs[0][0].plot(mu[ok], mc[ok], "o-")
    axs[0][0].set_xlabel(r"$\mu_{12}$")
    axs[0][0].set_ylabel(r"$M_c$ at the helium flash [$M_\odot$]")
    if mi is not None:
        mi = mi[order]
        axs[0][1].plot(mu[ok], mi[ok] - mi[ok][0], "o-")
        axs[0][1].invert_yaxis()
        axs[0][1].set_xlabel(r"$\mu_{12}$")
        axs[0][1].set_ylabel(r"$\Delta M_I^{\rm TRGB}$ [mag] (vs first point)")
    save_figure(fig, out)


if __name__ == "__main__":
    main()
