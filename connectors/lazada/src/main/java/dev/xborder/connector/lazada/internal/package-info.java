/** Lazada connector internals (signing, wire mapping, offset-window cursor). Not API. */
package dev.xborder.connector.lazada.internal;
