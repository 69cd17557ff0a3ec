/** The estimators plugin: bounds, critics, the training loop and the neural estimators. */
package org.mine4j.estimators;
