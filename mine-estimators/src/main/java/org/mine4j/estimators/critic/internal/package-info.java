/**
 * Implementation details of the critics: the flat parameter layout, the forward/backward engine and
 * the plain-Java dense kernels it runs on. Not API: may change without notice.
 */
package org.mine4j.estimators.critic.internal;
