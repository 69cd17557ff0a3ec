package org.mine4j.report;

import java.awt.Color;
import java.io.IOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/** Headless PNG rendering of XChart charts, and the colours every mine4j plot uses. */
public final class Png {
  /** Matplotlib's tab10, so the plots look like the papers'. */
  public static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  private Png() {}

  /** The colour of series {@code index}, cycling through {@link #PALETTE}. */
  public static Color colour(int index) {
    return PALETTE[Math.floorMod(index, PALETTE.length)];
  }

  /**
   * The chart as PNG bytes.
   *
   * @param what what the chart shows, for the error message
   * @throws MineException IO_FAILURE when it cannot be drawn (e.g. no fonts), naming the fix
   */
  public static byte[] of(Chart<?, ?> chart, String what) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the "
              + what
              + ": "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }
}
