/**
 * Typed options for the built-in estimators, for Java callers: {@link
 * org.mine4j.estimators.options.Estimators} starts a builder per estimator ({@code
 * Estimators.smile().tau(5).steps(2000)}), and every builder turns into the same flat kebab-case
 * properties that the CLI's {@code -o key=value} and the factories take, so the two ways of saying
 * an option can never disagree. Values are validated where the estimator is made, with the
 * factory's messages.
 */
package org.mine4j.estimators.options;
