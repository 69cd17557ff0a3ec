/**
 * Training-step timing of mine4j's critics, comparable with PyTorch's {@code
 * reference/torch_step.py} (the MINE step of Belghazi et al. 2018 for the concat critic, the
 * all-pairs InfoNCE step for the separable one): {@link org.mine4j.bench.perf.StepBenchmark#run}.
 */
package org.mine4j.bench.perf;
