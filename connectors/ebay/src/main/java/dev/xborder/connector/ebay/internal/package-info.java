/** eBay connector internals (OAuth token requests, filter encoding, wire mapping). Not API. */
package dev.xborder.connector.ebay.internal;
