#!/usr/bin/env bash
# Slurm batch template for a nuflash sweep: N ranks across nodes, OpenMP threads within each rank.
# Submit: sbatch scripts/slurm_sweep.sh GRID.toml     (edit the #SBATCH lines for your cluster)
#SBATCH --job-name=nuflash-sweep
#SBATCH --nodes=2
#SBATCH --ntasks-per-node=1
#SBATCH --cpus-per-task=32
#SBATCH --time=12:00:00
set -euo pipefail
grid="${1:?usage: sbatch slurm_sweep.sh GRID.toml}"
root="${NUFLASH_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export OMP_NUM_THREADS="${SLURM_CPUS_PER_TASK:-1}"
# Rank 0 coordinates and writes; the other ranks compute. A rerun resumes from the journal.
srun "$root/build/nuflash" sweep "$grid" --threads "$OMP_NUM_THREADS"
