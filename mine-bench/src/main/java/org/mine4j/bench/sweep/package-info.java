/**
 * {@code mine4j bench run}: a sweep of estimators &times; tasks &times; sample sizes &times; seeds
 * (issue 5), each finished run appended to {@code runs.jsonl} as it completes so that an
 * interrupted sweep resumes where it stopped, and aggregates per estimator, task and sample size
 * (mean, 95% interval, bias, RMSE and the bmi benchmark's mean log2 ratio, Czyż et al. 2023), with
 * plots and a self-contained HTML report ({@link org.mine4j.bench.sweep.SweepReport}).
 */
package org.mine4j.bench.sweep;
