#!/usr/bin/env bash
# Times the MINE training step of mine4j and of the PyTorch reference side by side, alternating, on one thread each:
# speed claims are ratios measured in one run on the same (possibly noisy) machine.
#   scripts/perf-vs-torch.sh [ROUNDS] [SPEC ...]        e.g. scripts/perf-vs-torch.sh 3 concat:1:512:100x2
# Needs Debian's python3-torch (apt-get install python3-torch libopenblas0-pthread) and ../shared/reference/torch_step.py;
# concat-pairs specs (the concat critic on all K^2 pairs) are timed on the torch side by scripts/torch_pairs_step.py.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reference="${TORCH_STEP:-$root/../shared/reference/torch_step.py}"
rounds="${1:-3}"
shift || true
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(concat:1:512:100x2 concat:20:64:256x2 concat:1:64:100x2 concat:20:512:100x2 separable:20:64:256x2)
[ -f "$reference" ] || { echo "no PyTorch reference at $reference (set TORCH_STEP)" >&2; exit 2; }
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
for round in $(seq 1 "$rounds"); do
  echo "# round $round"
  for spec in "${specs[@]}"; do
    if [[ "$spec" == concat-pairs:* ]]; then
      /usr/bin/python3 "$root/scripts/torch_pairs_step.py" --threads 1 --steps 200 "$spec"
      "$root/mine4j" perf --steps 200 "$spec"
    else
      /usr/bin/python3 "$reference" --threads 1 --steps 2000 "$spec"
      "$root/mine4j" perf --steps 2000 "$spec"
    fi
  done
done
