/**
 * The {@code spark} engine of {@code mine4j bench run}: the sweep's runs as the tasks of one Spark
 * job, each run rebuilt and executed on an executor, its record streamed back to the driver and
 * appended to {@code runs.jsonl} as it arrives.
 */
package org.mine4j.spark;
