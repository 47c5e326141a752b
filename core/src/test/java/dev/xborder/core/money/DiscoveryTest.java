package dev.xborder.core.money;

import static dev.xborder.core.money.TestData.EUR;
import static dev.xborder.core.money.TestData.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServiceLoader discovery of {@link RateSourceProvider}s, each test with its own class loader. */
class DiscoveryTest {
    private static final LocalDate MAY_9 = LocalDate.of(2025, 5, 9);

    public static final class HouseRates implements RateSourceProvider {
        @Override
        public String id() {
            return "test-house";
        }

        @Override
        public RateTable rates() {
            return RateTable.builder(EUR, "house rates (test)").put(MAY_9, USD, new BigDecimal("1.2000")).build();
        }
    }

    public static final class HouseRatesTwin implements RateSourceProvider {
        @Override
        public String id() {
            return "test-house";
        }

        @Override
        public RateTable rates() {
            return RateTable.builder(EUR, "twin (test)").put(MAY_9, USD, new BigDecimal("1.3000")).build();
        }
    }

    public static final class EcbExcerpt implements RateSourceProvider {
        @Override
        public String id() {
            return "test-ecb";
        }

        @Override
        public RateTable rates() {
            return TestData.histExcerpt();
        }
    }

    private static ClassLoader loaderListing(Path dir, Class<?>... providers) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        StringBuilder sb = new StringBuilder();
        for (Class<?> p : providers) {
            sb.append(p.getName()).append('\n');
        }
        Files.writeString(services.resolve(RateSourceProvider.class.getName()), sb.toString());
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, DiscoveryTest.class.getClassLoader());
    }

    @Test
    void discoveredProvidersAreOrderedByIdWhenNoOrderIsGiven(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, HouseRates.class, EcbExcerpt.class);

        ExchangeRates r = ExchangeRates.builder().addDiscovered(loader).build();

        // "test-ecb" sorts before "test-house"
        assertThat(r.sourceNames()).containsExactly(
                "ECB euro foreign exchange reference rates, ecb-eurofxref-hist-excerpt.csv", "house rates (test)");
        assertThat(r.convert(Amounts.of("1.00", "EUR"), USD, MAY_9).rateSource()).startsWith("ECB");
    }

    @Test
    void idsGiveTheDeclaredPrecedence(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, EcbExcerpt.class, HouseRates.class);

        ExchangeRates r = ExchangeRates.builder().addDiscovered(loader, "test-house", "test-ecb").build();

        assertThat(r.convert(Amounts.of("1.00", "EUR"), USD, MAY_9).rateSource()).isEqualTo("house rates (test)");
    }

    @Test
    void unknownIdFailsNamingWhatWasFound(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, EcbExcerpt.class);

        assertThatThrownBy(() -> ExchangeRates.builder().addDiscovered(loader, "nope"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope").hasMessageContaining("test-ecb");
    }

    @Test
    void twoProvidersWithOneIdFailLoudlyWithTheFix(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, HouseRates.class, HouseRatesTwin.class);

        assertThatThrownBy(() -> ExchangeRates.builder().addDiscovered(loader))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("test-house")
                .hasMessageContaining(HouseRates.class.getName())
                .hasMessageContaining(HouseRatesTwin.class.getName())
                .hasMessageContaining("Remove one of them");
    }

    @Test
    void nothingIsDiscoveredFromTheBareClassPath() {
        assertThatThrownBy(() -> ExchangeRates.builder().addDiscovered(DiscoveryTest.class.getClassLoader()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no source");
    }
}
