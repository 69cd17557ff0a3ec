/**
 * The {@code mine4j} command line (picocli): {@code list}, {@code estimate}, {@code bmi}, {@code
 * bench gaussian} and their exit codes (0 success, 1 failure, 2 bad input or usage). The only
 * package that prints.
 */
package org.mine4j.bench.cli;
