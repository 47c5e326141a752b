package dev.xborder.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.RateLimit;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.Secret;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.ErrorCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorHttpTest {
    private FakePlatformServer server;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        sleeper = new RecordingSleeper(clock);
        server.platform(r -> FakeResponse.json(200, "{\"ok\":true}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorHttp.Builder http(ResilienceSettings settings) {
        ConnectorConfig config = ConnectorConfig.builder().clock(clock).sleeper(sleeper).baseUrl(server.uri())
                .credential("apiKey", "k3y-value-987654").resilience(settings).build();
        return ConnectorHttp.builder("test", config, URI.create("https://example.invalid"), ResilienceSettings.DEFAULTS)
                .random(() -> 0.5);
    }

    private static ResilienceSettings fast() {
        return ResilienceSettings.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(1))
                .jitter(0.5).build();
    }

    @Test
    void queryValuesAreEncodedExactlyOnce() {
        try (ConnectorHttp h = http(fast()).build()) {
            h.send(ApiRequest.builder("op", "GET", "/x").query("NextToken", "a+b/c=d==").query("q", "updated_at:>='x y'").build());
        }
        RecordedRequest r = server.requests().get(0);
        assertThat(r.rawQuery()).isEqualTo("NextToken=a%2Bb%2Fc%3Dd%3D%3D&q=updated_at%3A%3E%3D%27x%20y%27");
        assertThat(r.queryParam("NextToken")).contains("a+b/c=d==");
    }

    @Test
    void theSignerSignsExactlyTheBytesThatAreSentAndSignsEachAttemptAfresh() throws Exception {
        AtomicInteger signs = new AtomicInteger();
        ThrowingSigner hmacLike = r -> {
            signs.incrementAndGet();
            r.setHeader("X-Sig", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())));
            r.addQuery("ts", String.valueOf(signs.get()));
        };
        server.inject(r -> true, FakeResponse.status(503), 1);
        byte[] body = "{\"a\":\"é ü\",\"n\":1.10}".getBytes(StandardCharsets.UTF_8);
        try (ConnectorHttp h = http(fast()).signer(wrap(hmacLike)).build()) {
            h.send(ApiRequest.builder("op", "POST", "/sign").body(body, "application/json").build());
        }
        List<RecordedRequest> sent = server.requests();
        assertThat(sent).hasSize(2);
        assertThat(signs.get()).isEqualTo(2);
        assertThat(sent.get(1).body()).isEqualTo(body);
        assertThat(sent.get(1).header("X-Sig")).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        assertThat(sent.get(1).queryParam("ts")).contains("2");
    }

    private static RequestSigner wrap(ThrowingSigner s) {
        return r -> {
            try {
                s.sign(r);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    interface ThrowingSigner {
        void sign(OutgoingRequest r) throws Exception;
    }

    @Test
    void backoffGrowsExponentiallyWithJitterWithinTheCap() {
        server.inject(r -> true, FakeResponse.status(500), 3);
        try (ConnectorHttp h = http(fast()).build()) {
            h.send(ApiRequest.builder("op", "GET", "/x").build());
        }
        // jitter 0.5 with random 0.5: 75% of 100, 200, 400 ms
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumIsNotWaitedFor() {
        server.inject(r -> true, FakeResponse.status(429).withHeader("Retry-After", "3600"), 1);
        try (ConnectorHttp h = http(fast().toBuilder().maxRetryAfter(Duration.ofMinutes(1)).build()).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_THROTTLED);
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        }
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void a401RenewsCredentialsOnceThenFailsAsAuth() {
        AtomicInteger renewals = new AtomicInteger();
        RequestSigner signer = new RequestSigner() {
            @Override
            public void sign(OutgoingRequest request) {
                request.setHeader("Authorization", "Bearer tok-" + renewals.get() + "-abcdef");
            }

            @Override
            public boolean onUnauthorized(OutgoingRequest rejected) {
                renewals.incrementAndGet();
                return true;
            }
        };
        server.inject(r -> true, FakeResponse.json(401, "{\"error\":\"invalid_token\"}"), 100);
        try (ConnectorHttp h = http(fast()).signer(signer).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
            assertThat(e.retryable()).isFalse();
        }
        assertThat(renewals.get()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void notFoundAndOtherClientErrorsAreNotRetried() {
        server.inject(r -> true, FakeResponse.status(404), 100);
        try (ConnectorHttp h = http(fast()).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.httpStatus()).hasValue(404);
            assertThat(e.retryable()).isFalse();
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void perOperationRateLimitsWaitThroughTheSleeper() {
        ResilienceSettings s = fast().toBuilder().rateLimit("slow", RateLimit.of(1, 2)).build();
        try (ConnectorHttp h = http(s).build()) {
            for (int i = 0; i < 4; i++) {
                h.send(ApiRequest.builder("slow", "GET", "/x").build());
                h.send(ApiRequest.builder("fast", "GET", "/x").build());
            }
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void secretsAndSignerValuesAreRedactedFromMessages() {
        server.inject(r -> true, FakeResponse.json(400, "{\"message\":\"bad key k3y-value-987654 and sig Bearer-s1gnature-xyz\"}"), 1);
        try (ConnectorHttp h = http(fast()).signer(r -> r.setHeader("Authorization", "Bearer-s1gnature-xyz")).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.getMessage()).doesNotContain("k3y-value-987654").doesNotContain("s1gnature").contains("***");
        }
    }

    @Test
    void valuesASignerMarksPublicStayReadableWhileTokensAndSignaturesAreRedacted() {
        server.inject(r -> true, FakeResponse.json(400,
                "{\"message\":\"bad sign s1gnature-abc123 for timestamp 1767225600 method sha256 token t0ken-xyz789\"}"), 1);
        RequestSigner signer = r -> r.addPublicQuery("timestamp", "1767225600").addPublicQuery("sign_method", "sha256")
                .addQuery("access_token", "t0ken-xyz789").addQuery("sign", "s1gnature-abc123")
                .setPublicHeader("X-Date", "20260101T000000Z");
        try (ConnectorHttp h = http(fast()).signer(signer).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.getMessage()).contains("timestamp 1767225600").contains("method sha256")
                    .doesNotContain("s1gnature-abc123").doesNotContain("t0ken-xyz789");
        }
        assertThat(server.requests().get(0).queryParam("timestamp")).contains("1767225600");
    }

    @Test
    void aRequestIdAndARetryHintFromTheBodyReachTheException() {
        server.inject(r -> true, FakeResponse.json(200, "{\"error\":\"quota\",\"request_id\":\"body-rid-42\"}"), 1);
        ResponseClassifier classifier = ResponseClassifier.withBodyErrors(clock, "request_id", (r, body) ->
                body.hasNonNull("error") ? Verdict.fail(ErrorCode.CONNECTOR_THROTTLED, "daily quota").withRetryAfter(Duration.ofHours(3))
                        : null);
        try (ConnectorHttp h = http(fast()).classifier(classifier).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_THROTTLED);
            assertThat(e.retryable()).isFalse();
            assertThat(e.requestId()).contains("body-rid-42");
            assertThat(e.retryAfter()).contains(Duration.ofHours(3));
            assertThat(sleeper.waits()).isEmpty();
            assertThat(h.send(ApiRequest.builder("op", "GET", "/x").build()).status()).isEqualTo(200);
        }
    }

    @Test
    void aBodyRequestIdAlsoNamesRetriedFailuresAndTheHeaderIdIsTheFallback() {
        server.inject(r -> true, FakeResponse.json(503, "{\"request_id\":\"rid-503\"}"), 4);
        ResponseClassifier classifier = ResponseClassifier.withBodyErrors(clock, "request_id", (r, body) -> null);
        try (ConnectorHttp h = http(fast()).classifier(classifier).build()) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> h.send(ApiRequest.builder("op", "GET", "/x").build()));
            assertThat(e.retryable()).isTrue();
            assertThat(e.requestId()).contains("rid-503");
        }
        assertThat(Verdict.ok().withRequestId("x").requestId()).isEmpty();
        assertThatThrownBy(() -> Verdict.fail(ErrorCode.CONNECTOR_FAILURE, "m").withRetryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignerSignsFormParametersAndAddsItsOwnToTheBodySent() {
        RequestSigner signer = r -> {
            StringBuilder signed = new StringBuilder();
            r.form().forEach(p -> signed.append(p.getKey()).append(p.getValue()));
            r.addPublicForm("timestamp", "1767225600");
            r.addForm("sign", "SIG(" + signed + "timestamp1767225600)");
        };
        server.inject(r -> true, FakeResponse.status(503), 1);
        try (ConnectorHttp h = http(fast()).signer(signer).build()) {
            h.send(ApiRequest.builder("op", "POST", "/form").form("method", "a.b.c").form("param", "x y&z=é").build());
        }
        List<RecordedRequest> sent = server.requests();
        assertThat(sent).hasSize(2);
        for (RecordedRequest r : sent) {
            assertThat(r.header("Content-Type")).contains("application/x-www-form-urlencoded; charset=UTF-8");
            assertThat(r.bodyAsString()).isEqualTo("method=a.b.c&param=x%20y%26z%3D%C3%A9&timestamp=1767225600"
                    + "&sign=SIG%28methoda.b.cparamx%20y%26z%3D%C3%A9timestamp1767225600%29");
            assertThat(r.rawQuery()).isNull();
        }
        assertThatThrownBy(() -> ApiRequest.builder("op", "POST", "/form").jsonBody("{}").form("a", "b"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeShutsTheExecutorDownAndLaterCallsFail() {
        ConnectorHttp h = http(fast()).build();
        h.send(ApiRequest.builder("op", "GET", "/x").build());
        h.close();
        h.close();
        assertThat(h.isClosed()).isTrue();
        assertThatThrownBy(() -> h.send(ApiRequest.builder("op", "GET", "/x").build())).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("closed");
        assertThat(Secret.of("x")).hasToString("Secret[redacted]");
    }
}
