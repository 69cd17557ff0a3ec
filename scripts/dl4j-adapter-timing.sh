#!/usr/bin/env bash
# Time per step of the DL4J MI adapter against the bare DL4J step of the same encoder (one thread).
#   scripts/dl4j-adapter-timing.sh [INPUTS HIDDEN WIDTH BATCH ROUNDS]   (default 784 256 16 128 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true -Dmine4j.shade.skip=true install -pl mine-dl4j -am >/dev/null
mvn -B -q -pl mine-dl4j test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
exec java -cp "mine-dl4j/target/test-classes:mine-dl4j/target/classes:$(cat mine-dl4j/target/test-classpath.txt)" \
  org.mine4j.dl4j.AdapterTiming "$@"
