/** AliExpress connector internals (IOP signing, Pacific time, error codes, wire mapping). Not API. */
package dev.xborder.connector.aliexpress.internal;
