package dev.xborder.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorRegistryTest {
    /** A provider for registry tests. */
    public static class DemoProvider implements ConnectorProvider {
        @Override
        public String id() {
            return "demo";
        }

        @Override
        public ResilienceSettings defaultResilience() {
            return ResilienceSettings.DEFAULTS;
        }

        @Override
        public MarketplaceConnector create(ConnectorConfig config) {
            return new MarketplaceConnector() {
                @Override
                public String id() {
                    return "demo";
                }

                @Override
                public Set<Capability> capabilities() {
                    return Set.of(Capability.ORDERS_UPDATED_SINCE);
                }

                @Override
                public Pages<Order> ordersUpdatedSince(OrderQuery query) {
                    return Pages.of(c -> new Page<>(java.util.List.of(), null));
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** Another class claiming the same id. */
    public static class OtherDemoProvider extends DemoProvider {
    }

    @Test
    void explicitRegistrationFindsProvidersById() {
        ConnectorRegistry r = ConnectorRegistry.builder().register(new DemoProvider()).build();
        assertThat(r.ids()).containsExactly("demo");
        try (MarketplaceConnector c = r.create("demo", ConnectorConfig.builder().build())) {
            assertThat(c.id()).isEqualTo("demo");
        }
    }

    @Test
    void twoProvidersWithOneIdFailLoudlySayingHowToFixIt() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ConnectorRegistry.builder().register(new DemoProvider()).register(new OtherDemoProvider()));
        assertThat(e.getMessage()).contains("demo").contains(DemoProvider.class.getName()).contains(OtherDemoProvider.class.getName())
                .contains("META-INF/services").contains("register");
    }

    @Test
    void serviceLoaderDiscoveryAlsoRejectsDuplicates(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ConnectorProvider.class.getName()),
                DemoProvider.class.getName() + "\n" + OtherDemoProvider.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ConnectorRegistry.discover(loader));
            assertThat(e.getMessage()).contains("two different providers claim one id");
        }
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        ConnectorRegistry r = ConnectorRegistry.builder().register(new DemoProvider()).build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> r.get("ebay"));
        assertThat(e.getMessage()).contains("[demo]").contains("xborder-connector-ebay");
    }

    @Test
    void unsupportedOperationsFailWithATypedNonRetryableError() {
        try (MarketplaceConnector c = new DemoProvider().create(ConnectorConfig.builder().build())) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> c.updateStock(StockUpdate.of(dev.xborder.core.product.Sku.of("A"), 1)));
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("UPDATE_STOCK");
        }
    }
}
