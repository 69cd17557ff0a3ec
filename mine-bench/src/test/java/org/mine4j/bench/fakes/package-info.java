/** Hand-written fake plugins for the CLI and discovery tests (names start with {@code fake-}). */
package org.mine4j.bench.fakes;
