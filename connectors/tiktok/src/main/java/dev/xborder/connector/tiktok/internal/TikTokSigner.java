package dev.xborder.connector.tiktok.internal;

import dev.xborder.connector.Secret;
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.RequestSigner;
import dev.xborder.core.Checks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TikTok Shop Partner API (202309) request signing (connector research section 6.1, from
 * EcomPHP/tiktokshop-php {@code Client::prepareSignature} and its tests): adds {@code app_key} and
 * {@code timestamp} (epoch seconds) to the query, then signs
 * {@code app_secret + path + k1v1k2v2... + body + app_secret}, the query parameters sorted by name
 * without {@code sign} and {@code access_token}, the body being the exact bytes sent (left out for
 * GET and multipart requests), with HMAC-SHA256 keyed by the app secret, as lowercase hex. The
 * access token goes in header {@code x-tts-access-token}. Thread-safe. Internal.
 */
public final class TikTokSigner implements RequestSigner {
    public static final String TOKEN_HEADER = "x-tts-access-token";

    private final Secret appKey;
    private final Secret appSecret;
    private final Secret accessToken;
    private final Clock clock;

    public TikTokSigner(Secret appKey, Secret appSecret, Secret accessToken, Clock clock) {
        this.appKey = Checks.notNull(appKey, "appKey");
        this.appSecret = Checks.notNull(appSecret, "appSecret");
        this.accessToken = Checks.notNull(accessToken, "accessToken");
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public void sign(OutgoingRequest r) {
        r.addQuery("app_key", appKey.reveal());
        r.addPublicQuery("timestamp", Long.toString(clock.instant().getEpochSecond()));
        boolean withBody = !"GET".equals(r.method())
                && !r.header("Content-Type").map(c -> c.toLowerCase(Locale.ROOT).startsWith("multipart/")).orElse(false);
        r.addQuery("sign", sign(appSecret.reveal(), r.path(), r.query(), withBody ? r.body() : new byte[0]));
        r.setHeader(TOKEN_HEADER, accessToken.reveal());
    }

    /** The bytes TikTok signs (see the class comment). */
    public static byte[] bytesToSign(String appSecret, String path, List<Map.Entry<String, String>> query, byte[] body) {
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> q : query) {
            if (!"sign".equals(q.getKey()) && !"access_token".equals(q.getKey())) {
                sorted.put(q.getKey(), q.getValue());
            }
        }
        StringBuilder head = new StringBuilder(appSecret).append(path);
        sorted.forEach((k, v) -> head.append(k).append(v));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes(appSecret.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Lowercase hex HMAC-SHA256 of {@link #bytesToSign}, keyed by the app secret (UTF-8). */
    public static String sign(String appSecret, String path, List<Map.Entry<String, String>> query, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytesToSign(appSecret, path, query, body)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
