package dev.xborder.connector;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy sequence of pages: each page is fetched only when {@link #hasNext()} or {@link #next()} is
 * called and the previous page said there is a next one. Nothing is buffered beyond the current
 * page, so reading a million orders keeps one page in memory. Not thread-safe; single use.
 *
 * @param <T> the item type
 */
public final class Pages<T> implements Iterator<Page<T>> {
    /** Fetches one page; {@code cursor} is {@code null} for the first page. */
    @FunctionalInterface
    public interface Fetcher<T> {
        Page<T> fetch(String cursor);
    }

    private final Fetcher<T> fetcher;
    private Page<T> buffered;
    private String cursor;
    private boolean started;
    private boolean done;

    private Pages(Fetcher<T> fetcher) {
        this.fetcher = fetcher;
    }

    /** Pages produced by {@code fetcher}, starting with {@code fetcher.fetch(null)}. */
    public static <T> Pages<T> of(Fetcher<T> fetcher) {
        return new Pages<>(Objects.requireNonNull(fetcher, "fetcher"));
    }

    @Override
    public boolean hasNext() {
        if (buffered != null) {
            return true;
        }
        if (done) {
            return false;
        }
        if (started && cursor == null) {
            done = true;
            return false;
        }
        Page<T> page = fetcher.fetch(cursor);
        started = true;
        cursor = page.nextCursor();
        buffered = page;
        return true;
    }

    @Override
    public Page<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more pages");
        }
        Page<T> p = buffered;
        buffered = null;
        return p;
    }

    /** The cursor of the page that the next fetch will ask for, or {@code null} at the start or end. */
    public String cursor() {
        return cursor;
    }

    /** A sequential stream over the remaining pages; it fetches lazily too. */
    public Stream<Page<T>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** A sequential stream over the items of the remaining pages. */
    public Stream<T> items() {
        return stream().flatMap(p -> p.items().stream());
    }
}
