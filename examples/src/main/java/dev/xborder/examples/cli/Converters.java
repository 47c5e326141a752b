package dev.xborder.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Option converters whose errors say what was expected. */
final class Converters {
    private Converters() {
    }

    /** ISO dates, e.g. 2025-03-14. */
    static final class Date implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2025-03-14)");
            }
        }
    }
}
