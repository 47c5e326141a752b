package dev.xborder.connector.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's {@code com.sun.net.httpserver}) that plays a
 * marketplace: every request is recorded, then answered by the first matching injected fault,
 * else by the interceptor, else by the platform handler.
 */
public final class FakePlatformServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Function<RecordedRequest, FakeResponse> platform = r -> FakeResponse.status(404);
    private volatile Function<RecordedRequest, FakeResponse> interceptor = r -> null;
    private volatile boolean record = true;

    private static final class Fault {
        final Predicate<RecordedRequest> when;
        final FakeResponse response;
        final AtomicInteger remaining;

        Fault(Predicate<RecordedRequest> when, FakeResponse response, int times) {
            this.when = when;
            this.response = response;
            this.remaining = new AtomicInteger(times);
        }
    }

    static {
        // the JDK server writes headers and body separately: without TCP_NODELAY, Nagle and delayed
        // ACKs add ~40 ms to every exchange on loopback
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public FakePlatformServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        executor = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "fake-platform");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void platform(Function<RecordedRequest, FakeResponse> handler) {
        this.platform = handler;
    }

    /** Called before the platform for every request; return null to pass through. */
    public void interceptor(Function<RecordedRequest, FakeResponse> interceptor) {
        this.interceptor = interceptor;
    }

    /** Answers the next {@code times} requests matching {@code when} with {@code response}. */
    public void inject(Predicate<RecordedRequest> when, FakeResponse response, int times) {
        faults.add(new Fault(when, response, times));
    }

    /** Whether to keep every request (default true; large tests switch it off and use {@link #requestCount()}). */
    public void record(boolean record) {
        this.record = record;
    }

    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    public long count(Predicate<RecordedRequest> p) {
        return requests.stream().filter(p).count();
    }

    public int requestCount() {
        return count.get();
    }

    public void reset() {
        requests.clear();
        faults.clear();
        count.set(0);
        interceptor = r -> null;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            byte[] body = ex.getRequestBody().readAllBytes();
            RecordedRequest req = new RecordedRequest(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), headers, body);
            count.incrementAndGet();
            if (record) {
                requests.add(req);
            }
            FakeResponse resp = null;
            for (Fault f : faults) {
                if (f.when.test(req) && f.remaining.getAndDecrement() > 0) {
                    resp = f.response;
                    break;
                }
            }
            if (resp == null) {
                resp = interceptor.apply(req);
            }
            if (resp == null) {
                resp = platform.apply(req);
            }
            if (!resp.delay().isZero()) {
                try {
                    Thread.sleep(resp.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            resp.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            byte[] b = resp.body();
            if (b.length == 0) {
                ex.sendResponseHeaders(resp.status(), -1);
                return;
            }
            ex.sendResponseHeaders(resp.status(), b.length);
            OutputStream os = ex.getResponseBody();
            if (resp.truncateAfter() >= 0 && resp.truncateAfter() < b.length) {
                os.write(b, 0, resp.truncateAfter());
                os.flush();
                // closing with fewer bytes than announced makes the server drop the connection
                throw new IOException("truncated on purpose");
            }
            os.write(b);
        } catch (RuntimeException e) {
            // a platform handler bug: answer 599 so the test sees it
            try {
                ex.sendResponseHeaders(599, -1);
            } catch (IOException ignored) {
                // connection gone
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
