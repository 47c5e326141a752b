package dev.xborder.core;

/**
 * A value given to xborder's API is missing, malformed, unknown or out of range. The caller must
 * fix it. {@link #field()} names the field or parameter, {@link #value()} the value as given.
 */
public class InvalidInputException extends XborderException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, Object value, String problem) {
        this(ErrorCode.INVALID_INPUT, field, value, problem, null);
    }

    public InvalidInputException(ErrorCode code, String field, Object value, String problem, Throwable cause) {
        super(code, message(field, value, problem), field, value == null ? null : String.valueOf(value), false, cause);
    }

    private static String message(String field, Object value, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(field == null ? "input" : field).append(": ").append(problem);
        if (value != null) {
            String text = String.valueOf(value);
            if (text.length() > 200) {
                text = text.substring(0, 200) + "...";
            }
            sb.append(" (was \"").append(text).append("\")");
        } else {
            sb.append(" (was null)");
        }
        return sb.toString();
    }
}
