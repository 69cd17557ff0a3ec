/**
 * MI terms in DL4J and SameDiff networks: the gradient of an MI estimate with respect to a
 * network's output, added to the gradient of its own loss and back-propagated through DL4J's
 * external-errors path, then applied with the network's own updater.
 */
package org.mine4j.dl4j;
