/** Critics (statistics networks) T(x, y) with flat parameter and gradient buffers. */
package org.mine4j.api.network;
