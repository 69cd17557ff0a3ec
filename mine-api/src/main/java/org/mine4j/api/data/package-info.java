/** Paired samples, datasets with optional exact mutual information, and seeded samplers. */
package org.mine4j.api.data;
