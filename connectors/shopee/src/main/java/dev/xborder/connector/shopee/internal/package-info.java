/** Shopee connector internals (signing, token rotation, error classification, wire mapping). Not API. */
package dev.xborder.connector.shopee.internal;
