/** Result output of the CLI: estimates as text and JSON, atomic file writes. */
package org.mine4j.bench.results;
