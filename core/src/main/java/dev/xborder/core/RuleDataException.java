package dev.xborder.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A data file (rule pack, rate card, rate table...) failed validation. Carries every problem found,
 * each naming the file and the JSON path, so the owner of the data can fix them all in one go.
 * Whatever raised it loaded nothing.
 */
public class RuleDataException extends XborderException {
    private static final long serialVersionUID = 1L;

    /** One problem in one data file. */
    public record Problem(String file, String path, String message) {
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return file + " " + path + ": " + message;
        }
    }

    private final List<Problem> problems;

    public RuleDataException(List<Problem> problems) {
        this(problems, null);
    }

    public RuleDataException(List<Problem> problems, Throwable cause) {
        super(ErrorCode.INVALID_RULE_DATA, message(problems),
                problems.isEmpty() ? null : problems.get(0).path(), null, false, cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in data:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    }
}
