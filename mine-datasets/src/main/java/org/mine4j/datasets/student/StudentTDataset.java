package org.mine4j.datasets.student;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.mine4j.api.data.Sampler;
import org.mine4j.api.data.Samples;
import org.mine4j.datasets.internal.RowSampler;
import org.mine4j.datasets.internal.SplitNormal;
import org.mine4j.datasets.internal.StandardNormal;
import org.mine4j.datasets.truth.KnownDensityRatio;

/**
 * The multivariate Student-t pair of Czyż et al. 2023 ("Beyond normal", bmi's {@code
 * student-identity-*}): (X, Y) = Z/√(W/ν) with Z ~ N(0, Σ) and W ~ χ²_ν independent, Σ the scale
 * matrix (identity, or correlation ρ between x_i and y_i). Heavy tails and dependence even at Σ =
 * I.
 *
 * <p>Exact I(X;Y) = ½[ln det Σ_XX + ln det Σ_YY − ln det Σ] + h_ν(dx) + h_ν(dy) − h_ν(dx + dy),
 * h_ν(k) the entropy of t_ν(0, I_k) (Arellano-Valle et al. 2013; bmi's {@code SplitStudentT}; SPEC
 * §4): 0.2242 nats for 1 × 1, ν = 1. The marginals are t_ν with scales Σ_XX and Σ_YY, so the log
 * density ratio is c_{dx+dy} − c_dx − c_dy + I_Gauss − ((ν+p)/2) ln(1 + q/ν) + ((ν+dx)/2) ln(1 +
 * q_x/ν) + ((ν+dy)/2) ln(1 + q_y/ν), q the quadratic forms. W is a sum of ν squared N(0, 1) draws.
 */
public final class StudentTDataset implements KnownDensityRatio {
  private final StudentTOptions options;
  private final SplitNormal scale;
  private final double constant;

  public StudentTDataset(StudentTOptions options) {
    this.options = requireNonNull(options, "options is null");
    this.scale = new SplitNormal(options.dimX(), options.dimY(), options.scale());
    int nu = options.dof();
    this.constant =
        StudentEntropy.logNormaliser(options.dimX() + options.dimY(), nu)
            - StudentEntropy.logNormaliser(options.dimX(), nu)
            - StudentEntropy.logNormaliser(options.dimY(), nu)
            + scale.mutualInformation();
  }

  /** The typed options. */
  public StudentTOptions studentOptions() {
    return options;
  }

  @Override
  public String name() {
    return StudentTFactory.NAME;
  }

  @Override
  public Map<String, String> options() {
    return options.toProperties();
  }

  @Override
  public int dimX() {
    return options.dimX();
  }

  @Override
  public int dimY() {
    return options.dimY();
  }

  @Override
  public OptionalDouble trueMutualInformation() {
    return OptionalDouble.of(
        scale.mutualInformation()
            + StudentEntropy.correction(options.dimX(), options.dimY(), options.dof()));
  }

  @Override
  public OptionalInt size() {
    return OptionalInt.empty();
  }

  @Override
  public Sampler sampler(long seed) {
    StandardNormal draws = new StandardNormal(new SplittableRandom(seed));
    int nu = options.dof();
    return new RowSampler(
        dimX(),
        dimY(),
        z -> {
          scale.sample(draws, z);
          double w = 0.0;
          for (int k = 0; k < nu; k++) {
            double e = draws.next();
            w += e * e;
          }
          double factor = Math.sqrt(nu / w);
          for (int j = 0; j < z.length; j++) {
            z[j] *= factor;
          }
        });
  }

  @Override
  public double logDensityRatio(Samples samples, int row) {
    double[] z = RowSampler.row(samples, row, dimX(), dimY());
    double[] q = new double[3];
    scale.quadraticForms(z, q);
    double nu = options.dof();
    int p = dimX() + dimY();
    return constant
        - 0.5 * (nu + p) * Math.log1p(q[0] / nu)
        + 0.5 * (nu + dimX()) * Math.log1p(q[1] / nu)
        + 0.5 * (nu + dimY()) * Math.log1p(q[2] / nu);
  }

  @Override
  public String toString() {
    return "StudentTDataset" + options.toProperties();
  }
}
