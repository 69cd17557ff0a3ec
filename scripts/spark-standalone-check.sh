#!/usr/bin/env bash
# Runs a small sweep on a real Spark standalone cluster on this machine and checks that its records equal the thread
# pool's: a Spark 3.5 "distribution" is assembled from Maven Central (Spark's jars with the Jackson, SLF4J/log4j and
# Guava 14 a distribution ships), a master and a worker (2 cores) are started on 127.0.0.1, the shaded jar
# mine-spark/target/mine-spark-VERSION-all.jar is submitted with org.apache.spark.deploy.SparkSubmit (what the
# spark-submit script runs) to spark://127.0.0.1:7077, so the runs execute in the worker's executor JVM, and the same
# sweep runs with --engine threads. A manual check (a minute or two, ~200 MB of downloads the first time), not part of
# the build:
#
#   mvn -B -DskipTests package -pl mine-spark -am && scripts/spark-standalone-check.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/mine-spark/pom.xml" | head -n 1)"
spark_version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$root/mine-spark/pom.xml")"
jar="$root/mine-spark/target/mine-spark-$version-all.jar"
[[ -f "$jar" ]] || { echo "missing $jar; build it with: mvn -B -DskipTests package -pl mine-spark -am" >&2; exit 1; }
opens="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' "$root/mine-spark/pom.xml")"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# A Spark distribution's jars directory, resolved by Maven.
mkdir -p "$work/dist" "$work/spark/jars"
cat >"$work/dist/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-dist</artifactId><version>1</version>
  <dependencyManagement><dependencies>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-core</artifactId><version>2.15.2</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.15.2</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-annotations</artifactId><version>2.15.2</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.7</version></dependency>
    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>14.0.1</version></dependency>
  </dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.12</artifactId><version>$spark_version</version></dependency>
    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
  </dependencies>
</project>
POM
(cd "$work/dist" && mvn -B -q -ntp dependency:copy-dependencies -DoutputDirectory="$work/spark/jars")

export SPARK_HOME="$work/spark" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
port=$((17000 + RANDOM % 1000))
# shellcheck disable=SC2086  # opens is a list of JVM flags
java $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port 0 >"$work/master.log" 2>&1 &
pids+=($!)
sleep 5
# shellcheck disable=SC2086
java $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --cores 2 --memory 4g --webui-port 0 \
  --work-dir "$work/worker" "spark://127.0.0.1:$port" >"$work/worker.log" 2>&1 &
pids+=($!)
sleep 5

sweep=(bench run --estimators ksg,gaussian,mine:steps=300 --tasks 1v1-normal-0.75,multinormal-dense-2-2-0.5
  --n 500 --seeds 2)
# shellcheck disable=SC2086
java $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --class org.mine4j.bench.Main \
  --master "spark://127.0.0.1:$port" "$jar" "${sweep[@]}" --engine spark --out "$work/cluster" 2>"$work/submit.log"
grep -q "app-" "$work/worker.log" || { echo "the worker ran no executor; see $work/worker.log" >&2; exit 1; }
"$root/mine4j" "${sweep[@]}" --engine threads --out "$work/threads" >/dev/null 2>&1

python3 - "$work/cluster/runs.jsonl" "$work/threads/runs.jsonl" <<'PY'
import json, sys
def records(path):
    out = {}
    for line in open(path):
        r = json.loads(line)
        key = (r["estimator"], r["task"], r["n"], r["seed_index"])
        for field in ("seconds", "environment"):
            r.pop(field)
        out[key] = r
    return out
cluster, threads = records(sys.argv[1]), records(sys.argv[2])
if cluster != threads:
    sys.exit("the cluster's records differ from the thread pool's")
print(f"spark standalone cluster: {len(cluster)} runs, records equal to the thread pool's")
PY
