package org.mine4j.estimators.mige;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A timing harness, not a test (run its main on the test class path, one thread): the full
 * symmetric eigen-decomposition (values and vectors) of the M x M RBF kernel matrices SSGE needs,
 * by EJML ({@code SymmetricQRAlgorithmDecomposition_DDRM}), Hipparchus ({@code
 * EigenDecompositionSymmetric}) and ND4J ({@code Eigen.symmetricGeneralizedEigenvalues}, LAPACK
 * syev on OpenBLAS). The kernel is that of M draws of N(0, I_16) with the median-heuristic
 * bandwidth. The libraries run side by side in each round, in rotating order; the medians of the
 * rounds are printed with the largest eigenvalue's residual |K v - lambda v| as a check that they
 * agree.
 *
 * <p>Arguments: rounds (default 5), the solvers (comma-separated, default ejml,hipparchus,nd4j) and
 * the sizes M (default 256 512 1024 2048).
 */
final class SymmetricEigenTiming {
  private SymmetricEigenTiming() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> chosen = List.of((args.length > 1 ? args[1] : "ejml,hipparchus,nd4j").split(","));
    int[] sizes =
        args.length > 2
            ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {256, 512, 1024, 2048};
    Map<String, ToDoubleFunction<double[][]>> all = new LinkedHashMap<>();
    all.put("ejml", SymmetricEigenTiming::ejml);
    all.put("hipparchus", SymmetricEigenTiming::hipparchus);
    all.put("nd4j", SymmetricEigenTiming::nd4j);
    Map<String, ToDoubleFunction<double[][]>> solvers = new LinkedHashMap<>();
    chosen.forEach(name -> solvers.put(name, all.get(name)));
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%6s", "M"));
    solvers.keySet().forEach(n -> header.append(String.format(Locale.ROOT, "  %12s", n)));
    System.out.println(header + "  (median ms of " + rounds + " rounds)");
    for (int m : sizes) {
      double[][] kernel = kernel(m, 16, 7L + m);
      for (ToDoubleFunction<double[][]> solver : solvers.values()) {
        solver.applyAsDouble(kernel); // warm-up
      }
      Map<String, List<Double>> times = new LinkedHashMap<>();
      solvers.keySet().forEach(name -> times.put(name, new ArrayList<>()));
      List<String> names = new ArrayList<>(solvers.keySet());
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < names.size(); i++) {
          String name = names.get((i + r) % names.size());
          long start = System.nanoTime();
          double residual = solvers.get(name).applyAsDouble(kernel);
          times.get(name).add((System.nanoTime() - start) / 1e6);
          if (!(residual < 1e-8)) {
            throw new IllegalStateException(name + " residual " + residual);
          }
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6d", m));
      times.values().forEach(t -> line.append(String.format(Locale.ROOT, "  %12.1f", median(t))));
      System.out.println(line);
    }
  }

  static double[][] kernel(int m, int dim, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[m][dim];
    for (double[] row : x) {
      for (int c = 0; c < dim; c++) {
        row[c] = gaussian(random);
      }
    }
    double[] squared = new double[m * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double s = 0;
        for (int c = 0; c < dim; c++) {
          double d = x[i][c] - x[j][c];
          s += d * d;
        }
        squared[i * m + j] = s;
      }
    }
    double[] sorted = squared.clone();
    Arrays.sort(sorted);
    double width2 = Math.sqrt(sorted[sorted.length / 2]);
    width2 *= width2;
    double[][] k = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        k[i][j] = Math.exp(-squared[i * m + j] / (2 * width2));
      }
    }
    return k;
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }

  private static double ejml(double[][] k) {
    DMatrixRMaj a = new DMatrixRMaj(k);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k.length, true, true);
    if (!eig.decompose(a)) {
      throw new IllegalStateException("ejml failed");
    }
    int top = 0;
    for (int i = 1; i < k.length; i++) {
      if (eig.getEigenvalue(i).real > eig.getEigenvalue(top).real) {
        top = i;
      }
    }
    return residual(k, eig.getEigenvalue(top).real, eig.getEigenVector(top).getData());
  }

  private static double hipparchus(double[][] k) {
    EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(k));
    return residual(k, eig.getEigenvalue(0), eig.getEigenvector(0).toArray());
  }

  private static double nd4j(double[][] k) {
    INDArray a = Nd4j.create(k).castTo(DataType.DOUBLE);
    INDArray values = Eigen.symmetricGeneralizedEigenvalues(a, true);
    int top = k.length - 1; // ascending
    double[] v = a.getColumn(top).toDoubleVector();
    return residual(k, values.getDouble(top), v);
  }

  private static double residual(double[][] k, double lambda, double[] v) {
    double norm = 0;
    for (double value : v) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    double worst = 0;
    for (int i = 0; i < k.length; i++) {
      double s = 0;
      for (int j = 0; j < k.length; j++) {
        s += k[i][j] * v[j];
      }
      worst = Math.max(worst, Math.abs(s - lambda * v[i]) / norm);
    }
    return worst;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }
}
