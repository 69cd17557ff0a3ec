/**
 * Mutual information as a training signal: sources of dI(X;Y)/dx and dI/dy per sample row ({@link
 * org.mine4j.api.gradient.MutualInformationGradient}), the step-wise critic that provides them
 * ({@link org.mine4j.api.gradient.MiCritic}), and the direction a model moves the MI term in.
 */
package org.mine4j.api.gradient;
