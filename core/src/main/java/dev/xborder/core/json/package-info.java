/**
 * JSON for xborder's domain values, with Jackson.
 *
 * <p>Entry point: {@link dev.xborder.core.json.XborderModule} — register it on a mapper, or take
 * {@link dev.xborder.core.json.XborderModule#objectMapper()} with safe settings for untrusted input.
 * Reading goes through the domain's validating factories; bad input is an
 * {@link dev.xborder.core.InvalidInputException} whose field is the JSON path of the bad value.
 */
package dev.xborder.core.json;
