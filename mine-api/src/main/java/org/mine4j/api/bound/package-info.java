/**
 * Variational MI bounds as functions of critic scores, and the score layouts (shuffle, all pairs).
 */
package org.mine4j.api.bound;
