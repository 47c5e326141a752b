package dev.xborder.connector.testkit;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * One marketplace as a connector's tests simulate it over a {@link Dataset}: answers requests in
 * the platform's documented wire shape (orders updated since, paging, order detail, token
 * endpoint, mutations), and names the platform's throttle and auth-failure responses. Must be
 * thread-safe.
 */
public interface PlatformSimulator {

    /** Answers a request as the platform would. */
    FakeResponse handle(RecordedRequest request);

    /** Whether a request is the "list orders updated since" call (the target of injected faults). */
    boolean isListOrders(RecordedRequest request);

    /** Whether a request goes to the token endpoint (false if the platform has none). */
    boolean isTokenRequest(RecordedRequest request);

    /** The platform's throttle answer, exactly as it sends it. */
    FakeResponse throttled();

    /** The wait the throttle answer asks for, if it names one. */
    Optional<Duration> throttleHint();

    /** The platform's answer to an expired or revoked token. */
    FakeResponse unauthorized();

    /** Whether the connector obtains expiring access tokens (and so must refresh them). */
    boolean refreshesTokens();

    /** Every token or credential value the simulator issued so far (must never appear in logs). */
    Set<String> issuedSecrets();
}
