package org.mine4j.datasets.bmi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mine4j.datasets.gaussian.CorrelatedGaussianDataset;
import org.mine4j.datasets.gaussian.CorrelatedGaussianOptions;
import org.mine4j.datasets.gaussian.DenseGaussianDataset;
import org.mine4j.datasets.gaussian.DenseGaussianOptions;
import org.mine4j.datasets.gaussian.SparseGaussianDataset;
import org.mine4j.datasets.gaussian.SparseGaussianOptions;
import org.mine4j.datasets.noise.AdditiveUniformDataset;
import org.mine4j.datasets.noise.AdditiveUniformOptions;
import org.mine4j.datasets.student.StudentTDataset;
import org.mine4j.datasets.student.StudentTOptions;
import org.mine4j.datasets.transform.CoordinateMap;
import org.mine4j.datasets.transform.MixtureQuantile;
import org.mine4j.datasets.transform.Spiral;
import org.mine4j.datasets.transform.SwissRoll;
import org.mine4j.datasets.transform.Transform;
import org.mine4j.datasets.transform.TransformChain;
import org.mine4j.datasets.transform.TransformedDataset;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * The tasks of the bmi benchmark (Czyż et al. 2023, "Beyond normal", NeurIPS; cbg-ethz/bmi, {@code
 * src/bmi/benchmark/task_list.py}) by their exact names, in bmi's order, built from the Gaussian,
 * Student-t and transform families of this module. Each keeps bmi's construction: binormal ρ =
 * 0.75; dense correlation 0.5; sparse = two pairs of correlation 0.8 (bmi's λ = 2); Student-t with
 * identity scale; normal_cdf, half_cube, asinh and wiggly coordinatewise; spiral with speed 1/n,
 * plane (0, 1) on X and (1, 2) on Y; swissroll_x after the normal CDF.
 *
 * <p>37 of bmi's 40 tasks: {@code 1v1-additive-0.1}, {@code 1v1-additive-0.75} and {@code
 * 1v1-bimodal-0.75} need families built elsewhere and are not listed yet.
 */
public final class BmiTasks {
  private static final Map<String, BmiTask> TASKS = build();

  private BmiTasks() {}

  /** Every task, in bmi's order. */
  public static List<BmiTask> all() {
    return List.copyOf(TASKS.values());
  }

  /** The task names, in bmi's order. */
  public static List<String> names() {
    return List.copyOf(TASKS.keySet());
  }

  /** The task of that exact name. */
  public static Optional<BmiTask> find(String name) {
    return Optional.ofNullable(TASKS.get(name));
  }

  private static Map<String, BmiTask> build() {
    Map<String, BmiTask> tasks = new LinkedHashMap<>();
    Supplier<KnownDensityRatio> binormal =
        () -> new CorrelatedGaussianDataset(new CorrelatedGaussianOptions(1, 0.75));
    Supplier<KnownDensityRatio> bistudent = () -> student(1, 1);
    add(tasks, "1v1-normal-0.75", "bivariate normal, correlation 0.75", binormal);
    add(
        tasks,
        "normal_cdf-1v1-normal-0.75",
        "normal CDF of both sides of 1v1-normal-0.75",
        both(binormal, CoordinateMap.NORMAL_CDF));
    add(
        tasks,
        "wiggly-1v1-normal-0.75",
        "bmi's wiggly maps of 1v1-normal-0.75",
        () ->
            transformed(
                binormal.get(), List.of(CoordinateMap.WIGGLY_X), List.of(CoordinateMap.WIGGLY_Y)));
    add(
        tasks,
        "half_cube-1v1-normal-0.75",
        "t sqrt|t| of both sides of 1v1-normal-0.75",
        both(binormal, CoordinateMap.HALF_CUBE));
    for (double epsilon : new double[] {0.1, 0.75}) {
      add(
          tasks,
          "1v1-additive-" + epsilon,
          "X ~ U(0,1), Y = X + U(-" + epsilon + ", " + epsilon + ")",
          () -> new AdditiveUniformDataset(new AdditiveUniformOptions(epsilon, 1)));
    }
    add(
        tasks,
        "1v1-bimodal-0.75",
        "normal CDF then the quantile of 0.3 N(0,1) + 0.7 N(5,1) on X and of 0.5 N(-1,1) + 0.5 N(3,1)"
            + " on Y, of 1v1-normal-0.75",
        () ->
            transformed(
                binormal.get(),
                List.of(
                    CoordinateMap.NORMAL_CDF,
                    new MixtureQuantile(new double[] {0.3, 0.7}, new double[] {0, 5})),
                List.of(
                    CoordinateMap.NORMAL_CDF,
                    new MixtureQuantile(new double[] {0.5, 0.5}, new double[] {-1, 3}))));
    add(tasks, "student-identity-1-1-1", "Student-t 1x1, dof 1, identity scale", bistudent);
    add(
        tasks,
        "asinh-student-identity-1-1-1",
        "asinh of student-identity-1-1-1",
        both(bistudent, CoordinateMap.ASINH));
    add(
        tasks,
        "swissroll_x-normal_cdf-1v1-normal-0.75",
        "X: Swiss roll of normal CDF, Y: normal CDF, of 1v1-normal-0.75 (2x1)",
        () ->
            transformed(
                binormal.get(),
                List.of(CoordinateMap.NORMAL_CDF, new SwissRoll()),
                List.of(CoordinateMap.NORMAL_CDF)));
    for (int d : new int[] {2, 3, 5, 25, 50}) {
      add(
          tasks,
          "multinormal-dense-" + d + "-" + d + "-0.5",
          "normal " + d + "x" + d + ", all correlations 0.5",
          () -> dense(d));
    }
    for (int d : new int[] {2, 3, 5, 25}) {
      add(
          tasks,
          sparseName(d),
          "normal " + d + "x" + d + ", two pairs of correlation 0.8",
          () -> sparse(d));
    }
    int[][] students = {{2, 1}, {2, 2}, {3, 2}, {3, 3}, {5, 2}, {5, 3}};
    for (int[] s : students) {
      add(
          tasks,
          "student-identity-" + s[0] + "-" + s[0] + "-" + s[1],
          "Student-t " + s[0] + "x" + s[0] + ", dof " + s[1] + ", identity scale",
          () -> student(s[0], s[1]));
    }
    for (int d : new int[] {3, 5, 25}) {
      add(
          tasks,
          "normal_cdf-" + sparseName(d),
          "normal CDF of " + sparseName(d),
          both(() -> sparse(d), CoordinateMap.NORMAL_CDF));
    }
    for (int d : new int[] {3, 5, 25}) {
      add(
          tasks,
          "half_cube-" + sparseName(d),
          "t sqrt|t| of " + sparseName(d),
          both(() -> sparse(d), CoordinateMap.HALF_CUBE));
    }
    for (int d : new int[] {3, 5, 25}) {
      add(
          tasks,
          "spiral-" + sparseName(d),
          "spiral (speed 1/" + d + ") of " + sparseName(d),
          () -> transformed(sparse(d), List.of(spiralX(d)), List.of(spiralY(d))));
    }
    for (int d : new int[] {3, 5, 25}) {
      add(
          tasks,
          "spiral-normal_cdf-" + sparseName(d),
          "spiral (speed 1/" + d + ") of the normal CDF of " + sparseName(d),
          () ->
              transformed(
                  sparse(d),
                  List.of(CoordinateMap.NORMAL_CDF, spiralX(d)),
                  List.of(CoordinateMap.NORMAL_CDF, spiralY(d))));
    }
    int[][] asinhStudents = {{2, 1}, {3, 2}, {5, 2}};
    for (int[] s : asinhStudents) {
      String base = "student-identity-" + s[0] + "-" + s[0] + "-" + s[1];
      add(
          tasks,
          "asinh-" + base,
          "asinh of " + base,
          both(() -> student(s[0], s[1]), CoordinateMap.ASINH));
    }
    return Collections.unmodifiableMap(tasks);
  }

  private static void add(
      Map<String, BmiTask> tasks,
      String name,
      String construction,
      Supplier<KnownDensityRatio> distribution) {
    tasks.put(name, new BmiTask(name, construction, distribution));
  }

  private static String sparseName(int d) {
    return "multinormal-sparse-" + d + "-" + d + "-2-2.0";
  }

  private static KnownDensityRatio dense(int d) {
    return new DenseGaussianDataset(new DenseGaussianOptions(d, d, 0.5));
  }

  private static KnownDensityRatio sparse(int d) {
    return new SparseGaussianDataset(new SparseGaussianOptions(d, d, 0.8));
  }

  private static KnownDensityRatio student(int d, int dof) {
    return new StudentTDataset(new StudentTOptions(d, d, dof, 0.0));
  }

  private static Spiral spiralX(int d) {
    return new Spiral(d, 0, 1, 1.0 / d);
  }

  private static Spiral spiralY(int d) {
    return new Spiral(d, 1, 2, 1.0 / d);
  }

  private static Supplier<KnownDensityRatio> both(
      Supplier<KnownDensityRatio> base, CoordinateMap map) {
    return () -> transformed(base.get(), List.of(map), List.of(map));
  }

  private static KnownDensityRatio transformed(
      KnownDensityRatio base, List<Transform> x, List<Transform> y) {
    return (KnownDensityRatio)
        TransformedDataset.of(
            base, new TransformChain(base.dimX(), x), new TransformChain(base.dimY(), y));
  }
}
