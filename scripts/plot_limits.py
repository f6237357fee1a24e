#!/usr/bin/python3
"""Astro-vs-lab limits on the neutrino magnetic moment: horizontal log-scale bars by flavour and method.

Usage: scripts/plot_limits.py RESULT.h5 [OUT.png]
RESULT.h5 is the output of `nuflash compare --out` or `nuflash run --out` (group /compare).
"""
import sys

import h5py
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from plot_output import save_figure  # noqa: E402

COLOURS = {"published": "#4C72B0", "reanalysis": "#DD8452", "nuflash": "#C44E52"}


def text(ds):
    return [v.decode() if isinstance(v, bytes) else str(v) for v in ds[()]]


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: plot_limits.py RESULT.h5 [OUT.png]")
    path = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else path.rsplit(".", 1)[0] + "_limits.png"
    with h5py.File(path, "r") as f:
        if "compare" not in f:
            sys.exit(f"{path}: no /compare group (run nuflash compare --out FILE.h5)")
        g = f["compare"]
        rows = list(zip(text(g["experiment"]), text(g["flavor"]), text(g["category"]), text(g["kind"]),
                        g["limit_90_muB"][()]))
    rows.sort(key=lambda r: (r[2], r[1], -r[4]))
    fig, ax = plt.subplots(figsize=(9, 0.32 * len(rows) + 1.5))
    y = range(len(rows))
    ax.barh(list(y), [r[4] for r in rows], color=[COLOURS.get(r[3], "grey") for r in rows], left=1e-13)
    ax.set_yticks(list(y))
    ax.set_yticklabels([f"{r[0]}  [{r[1]}]" for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlim(1e-13, 1e-6)
    ax.set_xlabel(r"upper limit on $\mu_\nu$ [$\mu_B$], 90% CL equivalent")
    for i in range(1, len(rows)):
        if rows[i][2] != rows[i - 1][2]:
            ax.axhline(i - 0.5, color="black", lw=0.8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in COLOURS.values()]
    ax.legend(handles, list(COLOURS.keys()), loc="lower right", fontsize=8)
    ax.set_title("Neutrino magnetic moment: astrophysical (top) and laboratory limits")
    save_figure(fig, out)


if __name__ == "__main__":
    main()
