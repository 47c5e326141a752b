package dev.xborder.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.core.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorConfigTest {
    @Test
    void credentialsNeverAppearInToStringButTheirNamesDo() {
        ConnectorConfig c = ConnectorConfig.builder().credential("clientSecret", "amzn1.oa2-cs.v1.s3cr3t").region("EU")
                .marketplaceId("A1PA6795UKMFR9").build();
        assertThat(c.toString()).contains("clientSecret").doesNotContain("s3cr3t");
        assertThat(c.credential("clientSecret")).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("amzn1.oa2-cs.v1.s3cr3t"));
    }

    @Test
    void eachSetterRejectsABadValueAtOnceNamingIt() {
        ConnectorConfig.Builder b = ConnectorConfig.builder();
        assertThatThrownBy(() -> b.requestTimeout(Duration.ZERO)).isInstanceOf(InvalidInputException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> b.baseUrl("ftp://x")).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> b.baseUrl("https://h/p?token=abc")).hasMessageContaining("query");
        assertThatThrownBy(() -> b.credential("x", " ")).hasMessageContaining("credential 'x'");
        assertThatThrownBy(() -> b.marketplaceId(null)).hasMessageContaining("marketplaceId");
    }

    @Test
    void buildReportsEveryProblemOfTheWholeInOneMessage() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ConnectorConfig.builder()
                .connectTimeout(Duration.ofSeconds(20)).requestTimeout(Duration.ofSeconds(5))
                .option("apiToken", "oops").build());
        assertThat(e.getMessage()).contains("requestTimeout").contains("apiToken").doesNotContain("oops\"");
    }

    @Test
    void requireListsEveryMissingCredentialAndOptionWithoutValues() {
        ConnectorConfig c = ConnectorConfig.builder().credential("clientId", "id-1234").build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> c.require(List.of("clientId", "clientSecret", "refreshToken"), List.of("sellerId"), true));
        assertThat(e.getMessage()).contains("clientSecret").contains("refreshToken").contains("sellerId").contains("marketplaceIds")
                .doesNotContain("id-1234");
    }

    @Test
    void resilienceSettingsValidateTheWholeAndKeepPlatformDefaultsUnlessSet() {
        assertThatThrownBy(() -> ResilienceSettings.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(1))
                .circuitBreaker(50, 5, 10, Duration.ofSeconds(1)).build())
                .hasMessageContaining("maxBackoff").hasMessageContaining("breakerMinimumCalls");
        ResilienceSettings platform = ResilienceSettings.builder().rateLimit("getOrders", RateLimit.of(0.0167, 20)).build();
        assertThat(ConnectorConfig.builder().build().resilienceOr(platform)).isSameAs(platform);
        assertThat(platform.toBuilder().rateLimitsEnabled(false).build().rateLimit("getOrders")).isEmpty();
        assertThatThrownBy(() -> RateLimit.of(0, 1)).hasMessageContaining("perSecond");
    }
}
