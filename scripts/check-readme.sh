#!/usr/bin/env bash
# Runs the commands of README.md so that they cannot rot: every line of a ```bash block that starts with ./mine4j
# runs, in order, in a scratch directory (so results/ and samples.csv land there) and must exit 0; the lines of its
# ```java block must appear in docs/java-guide.md, whose project scripts/check-java-guide.sh builds and runs; every
# docs/ page it links to must exist; and the README must stay a front door (at most 8 KB).
# `mvn` lines are skipped: .ci/run runs `mvn -B verify` itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readme="$root/README.md"

size=$(wc -c < "$readme")
[[ "$size" -le 8192 ]] || { echo "check-readme: README.md is $size bytes; keep it under 8 KB, move detail to docs/"; exit 1; }

for page in $(grep -o '(docs/[a-z-]*\.md)' "$readme" | tr -d '()' | sort -u); do
  [[ -f "$root/$page" ]] || { echo "check-readme: README.md links to $page, which does not exist"; exit 1; }
done

awk '/^```java$/ { on = 1; next } /^```$/ { on = 0 } on && NF' "$readme" | while IFS= read -r line; do
  trimmed="${line#"${line%%[![:space:]]*}"}"
  grep -qF -- "$trimmed" "$root/docs/java-guide.md" \
    || { echo "check-readme: README's Java line is not in docs/java-guide.md's example: $trimmed"; exit 1; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mapfile -t commands < <(awk '/^```bash$/ { on = 1; next } /^```$/ { on = 0 } on && /^\.\/mine4j / { print }' "$readme")
cd "$scratch"
for command in "${commands[@]}"; do
  command="${command%%#*}"                       # drop the trailing comment
  echo "check-readme: $command"
  start=$(date +%s)
  # shellcheck disable=SC2086  # the README's words, as a user types them
  "$root/mine4j" ${command#./mine4j } > out.txt 2> err.txt \
    || { echo "check-readme: failed (exit $?):"; tail -n 20 err.txt; exit 1; }
  echo "check-readme:   exit 0 in $(( $(date +%s) - start )) s, $(wc -l < out.txt) lines of output"
done
for file in results/gaussian.png results/gaussian.html results/gaussian/results.csv results/sweep/report.html; do
  [[ -s "$file" ]] || { echo "check-readme: the README's commands should have written $file"; exit 1; }
done
echo "check-readme: README.md's ${#commands[@]} commands ran"
