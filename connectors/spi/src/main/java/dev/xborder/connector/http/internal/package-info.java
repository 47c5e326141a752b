/** Internals of the HTTP layer. Not API: nothing outside {@code xborder-connector-spi} may use it. */
package dev.xborder.connector.http.internal;
