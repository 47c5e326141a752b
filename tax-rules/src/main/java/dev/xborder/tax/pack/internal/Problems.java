package dev.xborder.tax.pack.internal;

import dev.xborder.core.RuleDataException;
import java.util.ArrayList;
import java.util.List;

/** Collects problems of one or more files. Not thread-safe; one per load. */
public final class Problems {
    private final List<RuleDataException.Problem> list = new ArrayList<>();

    public void add(String file, String path, String message) {
        list.add(new RuleDataException.Problem(file, path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<RuleDataException.Problem> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link RuleDataException} with every problem, if any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new RuleDataException(list);
        }
    }
}
