package org.mine4j.spark;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.mine4j.bench.sweep.RunLog;
import org.mine4j.bench.sweep.RunRecord;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's side of a Spark sweep: called by Spark's scheduler as each task's result arrives, it
 * parses the partition's {@code runs.jsonl} lines, appends each record to the log and reports it.
 * Never serialised: it stays on the driver.
 */
final class AppendRecords extends AbstractFunction2<Object, String, BoxedUnit> {
  private final RunLog log;
  private final Consumer<RunRecord> progress;

  AppendRecords(RunLog log, Consumer<RunRecord> progress) {
    this.log = requireNonNull(log, "log is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  @Override
  public BoxedUnit apply(Object partition, String lines) {
    for (String line : lines.split("\n")) {
      if (!line.isEmpty()) {
        RunRecord record = RunRecord.parse(line);
        log.append(record);
        progress.accept(record);
      }
    }
    return BoxedUnit.UNIT;
  }
}
