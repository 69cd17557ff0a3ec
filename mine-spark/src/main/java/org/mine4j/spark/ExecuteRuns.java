package org.mine4j.spark;

import java.io.Serializable;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.sweep.RunExecutor;
import org.mine4j.bench.sweep.RunRequest;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * What an executor does with its partition of a sweep: runs its one {@link RunRequest} and returns
 * the record's {@code runs.jsonl} line. The plugins are discovered once per executor JVM.
 */
final class ExecuteRuns extends AbstractFunction1<Iterator<RunRequest>, String>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  @Override
  public String apply(Iterator<RunRequest> partition) {
    StringBuilder lines = new StringBuilder();
    while (partition.hasNext()) {
      lines.append(PerJvm.EXECUTOR.execute(partition.next()).toLine());
    }
    return lines.toString();
  }

  /** The executor JVM's run executor, made on first use. */
  private static final class PerJvm {
    static final RunExecutor EXECUTOR = create();

    private static RunExecutor create() {
      Components components = Components.discover();
      return new RunExecutor(components);
    }
  }
}
