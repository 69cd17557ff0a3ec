/** Running independent trainings at once, each single-threaded. */
package org.mine4j.bench.parallel;
