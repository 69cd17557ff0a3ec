package org.mine4j.datasets.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import org.mine4j.api.MineException;

/**
 * Recognises files that are not CSV text by their first bytes (gzip, zip, NumPy, Parquet) so that
 * the message names the format and the fix instead of reporting undecodable text.
 */
final class Formats {
  private Formats() {}

  /** Peeks at the first bytes (the stream must support mark) and refuses a known binary format. */
  static void refuseNonText(BufferedInputStream in, String source) throws IOException {
    in.mark(8);
    byte[] head = in.readNBytes(6);
    in.reset();
    if (startsWith(head, 0x1f, 0x8b)) {
      throw MineException.invalidData(
          source
              + " is gzip-compressed, not CSV text; decompress it first (gunzip -k "
              + source
              + ", or zcat "
              + source
              + " > samples.csv)");
    }
    if (startsWith(head, 'P', 'K', 3, 4)) {
      throw MineException.invalidData(
          source
              + " is a zip archive (an .xlsx workbook is one), not CSV text; extract the CSV file"
              + " or save the sheet as CSV");
    }
    if (startsWith(head, 0x93, 'N', 'U', 'M', 'P', 'Y')) {
      throw MineException.invalidData(
          source
              + " is a NumPy .npy file, not CSV text; write it as CSV, e.g. numpy.savetxt(path,"
              + " array, delimiter=',')");
    }
    if (startsWith(head, 'P', 'A', 'R', '1')) {
      throw MineException.invalidData(
          source
              + " is a Parquet file, not CSV text; write it as CSV, e.g. pandas'"
              + " read_parquet(path).to_csv(out, index=False)");
    }
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
