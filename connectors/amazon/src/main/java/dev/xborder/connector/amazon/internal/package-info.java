/** Amazon connector internals (LWA tokens, wire mapping). Not API. */
package dev.xborder.connector.amazon.internal;
