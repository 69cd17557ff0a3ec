/**
 * Demonstrations of MI terms in DL4J encoders: two small problems with known answers and the {@code
 * dl4j-encoders} experiment that runs them.
 */
package org.mine4j.dl4j.demo;
