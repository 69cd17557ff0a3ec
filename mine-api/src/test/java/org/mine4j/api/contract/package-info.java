/**
 * Contract tests shipped in the mine-api test-jar: abstract JUnit 5 classes that every plugin's
 * tests (ours and third parties') extend to check a factory and its products against the SPI.
 */
package org.mine4j.api.contract;
