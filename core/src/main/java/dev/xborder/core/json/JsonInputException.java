package dev.xborder.core.json;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;

/**
 * Bad JSON input: an {@link InvalidInputException} whose {@link #field()} is the JSON path of the
 * offending value ({@code lines[0].unitPrice}, {@code $} for the document itself). Where a domain
 * factory rejected the value, the domain exception is the cause and its message is included.
 */
final class JsonInputException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    JsonInputException(String path, Object value, String problem) {
        super(path, value, problem);
    }

    JsonInputException(ErrorCode code, String path, Object value, String problem, Throwable cause) {
        super(code, path, value, problem, cause);
    }
}
