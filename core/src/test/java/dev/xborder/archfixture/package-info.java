/**
 * Deliberately bad (and good) classes for {@code dev.xborder.core.ArchitectureTest}: they prove
 * each rule fails on a violation. Test sources only; outside {@code dev.xborder.core}, so the
 * production rules never see them.
 */
package dev.xborder.archfixture;
