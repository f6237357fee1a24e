"""Shared by the plotting scripts: write a figure as OUT.tmp.png, then rename it to OUT."""
import os


def save_figure(fig, out):
    fig.tight_layout()
    fig.savefig(out + ".tmp.png", dpi=120)
    os.replace(out + ".tmp.png", out)
    print(f"wrote {out}")
