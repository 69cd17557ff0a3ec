package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.IoProblems;
import org.mine4j.api.MineException;

/**
 * The output folder of a sweep, claimed before anything is written so that no user file is ever
 * replaced: a missing or empty folder, or one that holds a sweep of ours (our marker file {@value
 * #MARKER}, or a {@code runs.jsonl}), is used; any other non-empty folder is refused unless {@code
 * --resume} or {@code --force} is given, and even then none of the files a sweep writes may exist
 * in it already (they would be files we did not write). The marker is written when the folder is
 * claimed.
 */
public final class SweepFolder {
  /** The file that marks a folder as a mine4j sweep's. */
  public static final String MARKER = ".mine4j-sweep";

  /** The files a sweep writes into its folder. */
  public static final List<String> OUTPUTS =
      List.of(
          RunLog.FILE,
          SweepSummary.CSV,
          SweepSummary.JSON,
          SweepReport.SCATTER,
          SweepReport.BARS,
          SweepReport.HTML);

  private SweepFolder() {}

  /**
   * Checks that the sweep may write into {@code directory} and marks it as ours.
   *
   * @param anyway whether {@code --resume} or {@code --force} was given
   * @throws MineException INVALID_OPTIONS for a foreign folder (naming what is in it and the fix),
   *     IO_FAILURE if it cannot be read or marked
   */
  public static void claim(Path directory, boolean anyway) {
    requireNonNull(directory, "directory is null");
    try {
      if (Files.isDirectory(directory)
          && !Files.exists(directory.resolve(MARKER))
          && !Files.exists(directory.resolve(RunLog.FILE))) {
        List<String> present = entries(directory);
        if (!present.isEmpty()) {
          refuseForeign(directory, present, anyway);
        }
      }
      Files.createDirectories(directory);
      Path marker = directory.resolve(MARKER);
      if (!Files.exists(marker)) {
        Files.writeString(
            marker, "This folder holds a mine4j sweep (bench run); its files are mine4j's.\n");
      }
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot use " + directory + " for the sweep: " + IoProblems.describe(e),
          e);
    }
  }

  private static void refuseForeign(Path directory, List<String> present, boolean anyway) {
    if (!anyway) {
      throw MineException.invalidOptions(
          directory
              + " is not empty and holds no mine4j sweep ("
              + String.join(", ", present.subList(0, Math.min(5, present.size())))
              + (present.size() > 5 ? ", ..." : "")
              + "); choose a new or empty --out, or pass --force to add the sweep beside those"
              + " files");
    }
    List<String> clashes = new ArrayList<>();
    for (String output : OUTPUTS) {
      if (present.contains(output)) {
        clashes.add(output);
      }
    }
    if (!clashes.isEmpty()) {
      throw MineException.invalidOptions(
          directory
              + " holds "
              + String.join(", ", clashes)
              + ", which a mine4j sweep did not write and would replace; move them away or"
              + " choose another --out");
    }
  }

  private static List<String> entries(Path directory) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path entry : stream) {
        names.add(entry.getFileName().toString());
      }
    }
    names.sort(null);
    return names;
  }
}
