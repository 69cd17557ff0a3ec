package org.mine4j.datasets.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.IoProblems;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads paired samples from a CSV file, in file order, in one streaming pass (linear time; memory
 * is the double values plus amortised growth, and one line of at most {@value
 * CsvLines#MAX_LINE_LENGTH} characters).
 *
 * <h2>Format</h2>
 *
 * UTF-8 text (a leading byte-order mark is ignored), one row per line (LF, CRLF or CR line ends),
 * cells separated by commas, surrounding spaces and double quotes ignored (a quoted cell may hold a
 * comma). Blank lines are skipped anywhere (line numbers in messages count them). After an optional
 * header row and an optional row-index column, each row holds dim-x numbers for X followed by dim-y
 * numbers for Y. Numbers are decimal, with optional sign and exponent ({@code -1.5e-05}), read in
 * double precision; every value must be finite. Empty cells (pandas writes NaN as an empty cell),
 * {@code NA}, {@code nan} and {@code inf} are errors, and so are comment lines ({@code #}), gzip,
 * zip and NumPy files, binary files and lines longer than 1 MiB, each with a message that says what
 * the file looks like.
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li><b>Header.</b> With {@link HeaderMode#AUTO} the first non-blank line is a header if its
 *       cells are names (not numbers; spellings of NaN and infinity count as numbers), after an
 *       optional empty first cell, or if it is pandas' {@code ,0,1,2} (an index column and the
 *       default names of unnamed columns). A line of numbers is data. A line that could be either
 *       is an error asking for {@code header=true} or {@code header=false}: one that mixes names
 *       and numbers ({@code 0.98,abc}), and the bare {@code 0,1,2} that pandas' {@code
 *       to_csv(index=False)} writes for unnamed columns (see {@link CsvHeader}).
 *   <li><b>Row-index column.</b> If there is a header and its first cell is empty, the first column
 *       is a row index (pandas {@code DataFrame.to_csv} with its default {@code index=True} writes
 *       {@code ,X0,X1,Y0}) and is dropped without being parsed.
 *   <li><b>Dimensions.</b> dim-x and dim-y must add up to the number of remaining columns. A
 *       dimension given as 0 is inferred: with both 0, from a header whose names are X-columns
 *       followed by Y-columns ({@code X0,X1,Y0}: names starting with X, then names starting with Y,
 *       as bmi's {@code read_sample_dims} counts them); with one 0, as the remaining columns. Given
 *       dimensions that contradict such a header are an INVALID_OPTIONS error.
 *   <li>At least 2 data rows.
 * </ol>
 *
 * <h2>The bmi benchmark's files</h2>
 *
 * The bmi benchmark (Czyż et al. 2023, github.com/cbg-ethz/bmi) runs an external estimator as
 * {@code COMMAND samples.csv DIM_X DIM_Y} ({@code ExternalEstimator} in {@code
 * src/bmi/estimators/external/external_estimator.py}). The file is written by {@code save_sample}
 * in {@code src/bmi/utils.py}: {@code pd.DataFrame(np.hstack([x, y]), columns=["X0", …, "Y0",
 * …]).to_csv(path, index=False)}, i.e. a header {@code X0,X1,Y0} and no index column, then float64
 * values in Python's shortest round-trip notation ({@code -0.13826430117118466}, {@code 1e-05}).
 * Rules 1–3 read it, and also the same frame written with an index column ({@code ,X0,X1,Y0}). The
 * older bmi task format ({@code seed,X1,…,Y1,…}, several seeds in one file, with a SEED argument on
 * the command line; {@code src/bmi/benchmark/filesys/serialize_dataframe.py}) is rejected with a
 * message saying so.
 */
public final class CsvSamples {
  private static final Logger log = LoggerFactory.getLogger(CsvSamples.class);

  private CsvSamples() {}

  /**
   * The whole file as samples in file order, detecting a header row; see the class comment.
   *
   * @param dimX the number of X columns, or 0 to infer it
   * @param dimY the number of Y columns, or 0 to infer it
   * @throws MineException INVALID_DATA for a missing, empty or malformed file (the message names
   *     the line, column and fix), INVALID_OPTIONS for a negative dimension or one that contradicts
   *     the header, IO_FAILURE if reading fails
   */
  public static Samples read(Path file, int dimX, int dimY) {
    return read(file, dimX, dimY, HeaderMode.AUTO);
  }

  /** As {@link #read(Path, int, int)}, with an explicit header mode. */
  public static Samples read(Path file, int dimX, int dimY, HeaderMode header) {
    requireNonNull(file, "file is null");
    requireNonNull(header, "header is null");
    checkDimensions(dimX, dimY);
    checkReadable(file);
    try (InputStream in = Files.newInputStream(file)) {
      Samples samples = read(in, file.toString(), dimX, dimY, header);
      log.debug(
          "read {} rows (dim-x {}, dim-y {}) from {}",
          samples.rows(),
          samples.dimX(),
          samples.dimY(),
          file);
      return samples;
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "could not read " + file + ": " + IoProblems.describe(e) + "; check that it is readable",
          e);
    }
  }

  /**
   * Reads samples from a byte stream (a file, a pipe, standard input) by the same rules; {@code
   * source} names it in messages. Compressed and binary formats are recognised by their first bytes
   * and refused naming the format. The stream is not closed.
   */
  public static Samples read(InputStream in, String source, int dimX, int dimY, HeaderMode header) {
    requireNonNull(in, "in is null");
    requireNonNull(source, "source is null");
    requireNonNull(header, "header is null");
    checkDimensions(dimX, dimY);
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    try {
      Formats.refuseNonText(buffered, source);
      Reader reader =
          new InputStreamReader(
              buffered,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      return new CsvParser(source, dimX, dimY, header).parse(reader);
    } catch (CharacterCodingException e) {
      throw MineException.invalidData(
          source + " is not UTF-8 text; save it as a UTF-8 or ASCII CSV file");
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "could not read " + source + ": " + IoProblems.describe(e), e);
    }
  }

  /**
   * Reads samples from any character stream by the same rules; {@code source} names it in messages.
   * The reader is not closed.
   */
  public static Samples read(Reader reader, String source, int dimX, int dimY, HeaderMode header) {
    requireNonNull(reader, "reader is null");
    requireNonNull(source, "source is null");
    requireNonNull(header, "header is null");
    checkDimensions(dimX, dimY);
    try {
      return new CsvParser(source, dimX, dimY, header).parse(reader);
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "could not read " + source + ": " + IoProblems.describe(e), e);
    }
  }

  private static void checkDimensions(int dimX, int dimY) {
    if (dimX < 0) {
      throw MineException.invalidOptions(
          "dim-x must be at least 1, or 0 to infer it from the file, found " + dimX);
    }
    if (dimY < 0) {
      throw MineException.invalidOptions(
          "dim-y must be at least 1, or 0 to infer it from the file, found " + dimY);
    }
  }

  private static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      throw MineException.invalidData(
          "CSV file not found: "
              + file
              + " (absolute: "
              + file.toAbsolutePath()
              + "); check the path, relative paths start from the working directory");
    }
    if (Files.isDirectory(file)) {
      throw MineException.invalidData(
          file + " is a directory, not a CSV file; give the path of the file itself");
    }
    if (!Files.isReadable(file)) {
      throw MineException.invalidData(
          "CSV file " + file + " is not readable; check its permissions");
    }
  }
}
