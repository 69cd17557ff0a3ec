/**
 * The 1-D Gaussian benchmark of mine-pytorch: {@link org.mine4j.bench.gaussian.GaussianProtocol}
 * holds the settings, {@link org.mine4j.bench.gaussian.GaussianBenchmark} runs the trainings in
 * parallel and {@link org.mine4j.bench.gaussian.GaussianReport} prints and writes the results.
 */
package org.mine4j.bench.gaussian;
