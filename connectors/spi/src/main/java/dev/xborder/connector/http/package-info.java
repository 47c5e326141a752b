/**
 * The HTTP and resilience layer for connector authors: {@link dev.xborder.connector.http.ConnectorHttp}
 * (one {@code java.net.http.HttpClient} per connector; token-bucket rate limits per operation;
 * retries with backoff, jitter and Retry-After; circuit breaker; timeouts; secret redaction),
 * {@link dev.xborder.connector.http.ApiRequest}/{@link dev.xborder.connector.http.ApiResponse},
 * the per-attempt {@link dev.xborder.connector.http.RequestSigner} hook (signs the exact body bytes
 * sent, or form parameters it may add to; marks harmless values public, everything else it adds is
 * redacted), {@link dev.xborder.connector.http.ResponseClassifier} for platform-specific throttle and
 * error signals in the body (with the body's request id and retry hints on the
 * {@link dev.xborder.connector.http.Verdict}), {@link dev.xborder.connector.http.AccessTokenCache}
 * (single-flight token refresh, rotated credentials handed to a listener before use),
 * {@link dev.xborder.connector.http.TokenEndpoint} (token requests and OAuth answers) and the
 * injectable {@link dev.xborder.connector.http.Sleeper}. Host applications do not need
 * this package.
 */
package dev.xborder.connector.http;
