package dev.xborder.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.MonetaryConversions;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Using xborder's money code (and Moneta underneath it) opens no network connection and does not
 * block. Moneta 1.4.5's network loaders live in moneta-convert-ecb / -imf (excluded and banned in
 * the build) and are driven by {@code load.*} entries in {@code javamoney.properties}; this test
 * checks those are absent and that, while the whole API is exercised, no URI is handed to the
 * JDK's {@link ProxySelector}, which every {@code URLConnection}, {@code HttpClient} and plain
 * {@link Socket} consults before connecting (the control test proves the detector sees a socket).
 * The same check runs once more in a fresh JVM, so Moneta's bootstrap itself is watched.
 */
class NoNetworkTest {
    /** Records every URI the JDK asks a proxy for, i.e. every outgoing connection attempt. */
    static final class RecordingProxySelector extends ProxySelector {
        final List<URI> asked = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            asked.add(uri);
        }
    }

    private ProxySelector previous;
    private RecordingProxySelector recorder;

    @BeforeEach
    void installRecorder() {
        previous = ProxySelector.getDefault();
        recorder = new RecordingProxySelector();
        ProxySelector.setDefault(recorder);
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(previous);
    }

    @Test
    void detectorSeesAPlainSocketConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 2000);
        }
        assertThat(recorder.asked).isNotEmpty();
    }

    @Test
    void monetasNetworkRateProvidersAreNotOnTheClassPath() {
        for (String cls : List.of(
                "org.javamoney.moneta.convert.ecb.ECBCurrentRateProvider",
                "org.javamoney.moneta.convert.ecb.ECBHistoricRateProvider",
                "org.javamoney.moneta.convert.imf.IMFRateProvider",
                "okhttp3.OkHttpClient")) {
            assertThat(loadable(cls)).as(cls).isFalse();
        }
    }

    @Test
    void noJavamoneyConfigurationAsksTheLoaderServiceForRemoteResources() throws IOException {
        Enumeration<URL> configs = getClass().getClassLoader().getResources("javamoney.properties");
        List<String> loadEntries = new ArrayList<>();
        while (configs.hasMoreElements()) {
            URL url = configs.nextElement();
            Properties p = new Properties();
            try (InputStream in = url.openStream()) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                String bare = key.replaceFirst("^\\{-?\\d+}", "");
                if (bare.startsWith("load.") || bare.contains("urls") || p.getProperty(key).matches("(?s).*https?://.*")) {
                    loadEntries.add(url + ": " + key);
                }
            }
        }
        assertThat(loadEntries).isEmpty();
    }

    @Test
    void usingXborderMoneyAndMonetaOpensNoConnectionAndDoesNotBlock() {
        Set<String> threadsBefore = threadNames();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CurrencyUnit usd = Monetary.getCurrency("USD");
            CurrencyUnit gbp = Monetary.getCurrency("GBP");
            MonetaryAmount hundred = Money.of(100, "USD");

            // xborder conversion over the bundled data
            Conversion c = ExchangeRates.bundledEcb().convert(hundred, gbp, LocalDate.of(2025, 5, 9));
            assertThat(c.result().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("75.34");

            // our JSR 354 provider through Moneta's CurrencyConversion
            XborderRateProvider provider = XborderRateProvider.of(ExchangeRates.bundledEcb());
            MonetaryAmount viaMoneta = Money.of(100, "EUR").with(provider.getCurrencyConversion(
                    ConversionQueryBuilder.of().setTermCurrency(usd).set(LocalDate.class, LocalDate.of(2025, 5, 9)).build()));
            assertThat(viaMoneta.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("112.52");

            // Moneta's global conversion bootstrap: only the identity provider exists, nothing loads
            assertThat(MonetaryConversions.getConversionProviderNames()).containsExactly("IDENT");
            assertThat(Money.of(5, "EUR").with(MonetaryConversions.getConversion("EUR")).getNumber().intValue()).isEqualTo(5);

            // rounding and allocation
            assertThat(Allocation.allocate(Amounts.round(Amounts.of("10.005", "EUR")), 1, 2)).hasSize(2);
        });

        assertThat(recorder.asked).as("connection attempts").isEmpty();
        Set<String> newThreads = threadNames();
        newThreads.removeAll(threadsBefore);
        assertThat(newThreads).as("threads started")
                .noneMatch(n -> n.contains("OkHttp") || n.contains("Timer") || n.toLowerCase().contains("moneta")
                        || n.toLowerCase().contains("loader"));
    }

    /**
     * Runs in a fresh JVM so that Moneta's bootstrap (service loading, configuration, providers)
     * happens after the recorder is installed: earlier tests in this JVM may already have
     * bootstrapped it. Prints the URIs asked for and exits 0 only if there were none.
     */
    public static final class FreshJvmProbe {
        public static void main(String[] args) {
            RecordingProxySelector recorder = new RecordingProxySelector();
            ProxySelector.setDefault(recorder);
            CurrencyUnit gbp = Monetary.getCurrency("GBP");
            Conversion c = ExchangeRates.bundledEcb().convert(Money.of(100, "USD"), gbp, LocalDate.of(2025, 5, 9));
            XborderRateProvider provider = XborderRateProvider.of(ExchangeRates.bundledEcb());
            MonetaryAmount viaMoneta = Money.of(100, "EUR").with(provider.getCurrencyConversion(ConversionQueryBuilder.of()
                    .setTermCurrency("USD").set(LocalDate.class, LocalDate.of(2025, 5, 9)).build()));
            List<String> names = new ArrayList<>(MonetaryConversions.getConversionProviderNames());
            MonetaryAmount ident = Money.of(5, "EUR").with(MonetaryConversions.getConversion("EUR"));
            System.out.println("result=" + c.result() + " viaMoneta=" + viaMoneta + " providers=" + names + " ident=" + ident);
            System.out.println("asked=" + recorder.asked);
            System.exit(recorder.asked.isEmpty() && names.equals(List.of("IDENT")) ? 0 : 3);
        }
    }

    @Test
    void freshJvmBootstrappingMonetaThroughXborderOpensNoConnection() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), FreshJvmProbe.class.getName())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS); // generous: a network loader blocks for up to 100 s offline
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(done).as("probe finished; output:%n%s", out).isTrue();
        assertThat(out).contains("asked=[]").contains("result=GBP 75.34").contains("providers=[IDENT]");
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toSet());
    }

    private static boolean loadable(String cls) {
        try {
            Class.forName(cls, false, NoNetworkTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
