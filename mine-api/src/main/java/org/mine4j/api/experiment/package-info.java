/** Reproducible experiments that write results under a directory. */
package org.mine4j.api.experiment;
