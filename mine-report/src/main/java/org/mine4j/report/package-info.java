/**
 * What an experiment module writes its results with: headless PNG rendering of XChart charts and
 * self-contained HTML pages (inline CSS, plots as data URIs, no scripts, every text escaped).
 */
package org.mine4j.report;
