/**
 * The composition root and command-line tool of mine4j: {@link org.mine4j.bench.Main} runs the
 * {@code mine4j} CLI over the plugins discovered on the class path.
 */
package org.mine4j.bench;
