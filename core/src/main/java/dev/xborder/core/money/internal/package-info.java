/**
 * Implementation details of {@code dev.xborder.core.money}: not API, may change in any release.
 * Only classes of {@code dev.xborder.core.money} may use it (checked by an ArchUnit test).
 */
package dev.xborder.core.money.internal;
