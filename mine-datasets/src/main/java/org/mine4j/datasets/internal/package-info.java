/** Implementation helpers of mine-datasets; not a public API. */
package org.mine4j.datasets.internal;
