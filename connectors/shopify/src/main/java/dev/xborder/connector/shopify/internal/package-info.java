/** Shopify connector internals (GraphQL documents, wire mapping, cost throttling). Not API. */
package dev.xborder.connector.shopify.internal;
