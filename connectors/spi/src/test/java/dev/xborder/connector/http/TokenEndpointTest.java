package dev.xborder.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.ErrorCode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
    private FakePlatformServer server;
    private MutableClock clock;
    private ConnectorHttp http;

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        ConnectorConfig config = ConnectorConfig.builder().clock(clock).sleeper(new RecordingSleeper(clock)).baseUrl(server.uri())
                .resilience(ResilienceSettings.builder().maxAttempts(2).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build())
                .build();
        http = ConnectorHttp.builder("test", config, URI.create("https://example.invalid"), ResilienceSettings.DEFAULTS).build();
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private ApiRequest token() {
        return ApiRequest.builder("token", "POST", "/token").form("grant_type", "refresh_token").signed(false).build();
    }

    @Test
    void aRejectedRefreshIsANonRetryableAuthFailureNamingTheRequest() {
        server.platform(r -> FakeResponse.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}"));
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> TokenEndpoint.send(http, token(), "Test token refresh"));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isFalse();
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(e.getMessage()).contains("Test token refresh failed: ").contains("invalid_grant");
    }

    @Test
    void transientFailuresPassAsTheyAre() {
        server.platform(r -> FakeResponse.status(503));
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> TokenEndpoint.send(http, token(), "Test token refresh"));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_FAILURE);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void anOAuthAnswerGivesTheTokenItsExpiryAndARotatedRefreshTokenAllRedacted() {
        server.platform(r -> FakeResponse.json(200,
                "{\"response\":{\"access_token\":\"acc-123456\",\"refresh_token\":\"ref-654321\",\"expire_in\":14400}}"));
        ApiResponse r = TokenEndpoint.send(http, token(), "Test token refresh");
        AccessToken t = TokenEndpoint.accessToken(http, r, r.json().path("response"), "expire_in", "refresh_token");
        assertThat(t.token().reveal()).isEqualTo("acc-123456");
        assertThat(t.expiresAt()).isEqualTo(clock.instant().plusSeconds(14400));
        assertThat(t.rotatedRefreshToken()).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("ref-654321"));
        assertThat(http.redact("acc-123456 ref-654321")).isEqualTo("*** ***");
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> TokenEndpoint.accessToken(http, r, r.json(), "expires_in", null));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_BAD_RESPONSE);
        assertThat(e.getMessage()).contains("lacks access_token or expires_in");
    }
}
