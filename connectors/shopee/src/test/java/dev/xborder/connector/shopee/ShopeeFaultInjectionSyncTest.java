package dev.xborder.connector.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.FaultInjectionSyncTest;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The kit's fault-injection sync against Shopee: orders over 17 days (two 15-day windows) from a
 * platform that throttles in the body ({@code error_rate_limit} with HTTP 200). Every rerun is a new
 * process built from the token pair the host stored last: Shopee refresh tokens are single-use, so
 * a lost pair would end the test in an auth error. Access tokens live 900 s here (Shopee's are 4 h)
 * so that the test clock crosses several refreshes.
 */
class ShopeeFaultInjectionSyncTest extends FaultInjectionSyncTest {
    private static final String KEY = "fault-partner-key";
    private ShopeeTokens stored;
    private int tokenSaves;

    @Override
    protected ConnectorProvider provider() {
        return new ShopeeConnectorProvider(this::storeTokens);
    }

    private synchronized void storeTokens(ShopeeTokens tokens) {
        stored = tokens;
        tokenSaves++;
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        ShopeeSimulator platform = new ShopeeSimulator(data, KEY, "initial-refresh-token", null);
        platform.expireIn = 900;
        return platform;
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, NOW.minus(Duration.ofDays(18)), Duration.ofSeconds(150), "2602",
                List.of("READY_TO_SHIP", "SHIPPED", "COMPLETED", "UNPAID", "IN_CANCEL"), "SGD");
    }

    @Override
    protected synchronized void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("partnerKey", KEY)
                .option("partnerId", Long.toString(ShopeeSimulator.PARTNER_ID))
                .option("shopId", Long.toString(ShopeeSimulator.SHOP_ID))
                .region("SG").baseUrl(server);
        if (stored == null) {
            config.credential("refreshToken", "initial-refresh-token");
        } else {
            config.credential("refreshToken", stored.refreshToken()).credential("accessToken", stored.accessToken())
                    .option("accessExpiresAt", stored.accessExpiresAt().toString());
        }
    }

    @Override
    protected boolean faultsHitTokenRequests() {
        return false; // the refresh itself is tested elsewhere; here it must not lose the rotated pair
    }

    @Override
    protected FakeResponse serverError() {
        return FakeResponse.json(500, "{\"error\":\"error_server\",\"message\":\"System error. Please try again later.\"}");
    }

    @Override
    protected FaultRates faultRates() {
        return FaultRates.FEW_CALLS.withHostCrashPercent(3); // pages of 100, details in batches of 50
    }

    @Override
    protected int pageSize() {
        return 100;
    }

    @Override
    protected int minimumRequests() {
        return ORDERS / 50;
    }

    @Override
    protected void afterFaultySync() {
        assertThat(tokenSaves).as("tokens rotated across processes").isGreaterThan(1);
    }
}
