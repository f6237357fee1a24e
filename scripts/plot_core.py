#!/usr/bin/python3
"""Core evolution up the red-giant branch (Kippenhahn-style): helium-core mass, the mass coordinate of
the temperature maximum (off-centre ignition), and central/maximum temperature against log L.

Usage: scripts/plot_core.py OUT.png RUN.h5[:GROUP] [RUN.h5[:GROUP] ...]
"""
import os
import sys

import h5py
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from plot_output import save_figure  # noqa: E402


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: plot_core.py OUT.png RUN.h5[:GROUP] ...")
    out = sys.argv[1]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 7), sharex=True)
    for spec in sys.argv[2:]:
        path, _, group = spec.partition(":")
        with h5py.File(path, "r") as f:
            g = f[group] if group else f
            h = g["history"]
            x = h["log_L"][()]
            name = os.path.basename(spec)
            line = top.plot(x, h["Mc_He_Msun"][()], lw=1.2, label=f"$M_c$ {name}")[0]
            top.plot(x, h["m_Tmax"][()], lw=0.8, ls="--", color=line.get_color(), label=f"$m(T_{{max}})$ {name}")
            bottom.plot(x, h["log_Tc"][()], lw=1.2, color=line.get_color(), label=rf"$\log T_c$ {name}")
            bottom.plot(x, h["log_Tmax"][()], lw=0.8, ls="--", color=line.get_color(), label=rf"$\log T_{{max}}$")
    top.set_ylabel(r"mass [$M_\odot$]")
    top.legend(fontsize=7)
    bottom.set_ylabel(r"$\log T$ [K]")
    bottom.set_xlabel(r"$\log L/L_\odot$")
    bottom.legend(fontsize=7)
    save_figure(fig, out)


if __name__ == "__main__":
    main()
