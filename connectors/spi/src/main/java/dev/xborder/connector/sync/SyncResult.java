package dev.xborder.connector.sync;

/**
 * What one {@link OrderSync#run} did.
 *
 * @param pages      platform pages read
 * @param delivered  orders handed over and accepted
 * @param duplicates orders skipped because that version was handed over before (overlap window)
 * @param late       orders older than the floor that were handed over anyway (the platform
 *                   returned them late; delivering risks a duplicate, skipping would risk a loss)
 * @param checkpoint the checkpoint stored last
 */
public record SyncResult(int pages, long delivered, long duplicates, long late, Checkpoint checkpoint) {
}
