/** TikTok Shop connector internals (signing, wire mapping). Not API. */
package dev.xborder.connector.tiktok.internal;
