/** Validated flat kebab-case options with did-you-mean errors. */
package org.mine4j.api.options;
