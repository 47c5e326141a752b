package dev.xborder.connector.shopee.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopee Open Platform v2 request signing, a pure function. The base string is the concatenation,
 * without separators, of {@code partner_id + api_path + timestamp} for public APIs (auth, public),
 * plus {@code access_token + shop_id} for shop APIs or {@code access_token + merchant_id} for
 * merchant APIs (global products); {@code sign = lowercase_hex(HMAC-SHA256(key, base))} where the
 * key is the UTF-8 bytes of the partner key <em>as text</em> (never hex-decoded). Source: the
 * official "API calls" guide as copied in thiiz/shopee-js {@code .docs/API-calls.md}; vectors in
 * the project's connector research, section 9 (C, D, E).
 */
public final class ShopeeSigning {
    /** Which base string a path takes. */
    public enum Kind {
        /** {@code partner_id + path + timestamp}. */
        PUBLIC,
        /** {@code ... + access_token + shop_id}. */
        SHOP,
        /** {@code ... + access_token + merchant_id}. */
        MERCHANT
    }

    private ShopeeSigning() {
    }

    /** The kind of API a path belongs to: {@code /api/v2/auth/*} and {@code /api/v2/public/*} are public, {@code /api/v2/global_product/*} and {@code /api/v2/merchant/*} merchant, the rest shop. */
    public static Kind kindOf(String apiPath) {
        if (apiPath.startsWith("/api/v2/auth/") || apiPath.startsWith("/api/v2/public/")) {
            return Kind.PUBLIC;
        }
        if (apiPath.startsWith("/api/v2/global_product/") || apiPath.startsWith("/api/v2/merchant/")) {
            return Kind.MERCHANT;
        }
        return Kind.SHOP;
    }

    /** The base string; {@code accessToken} and {@code ownerId} are ignored (may be null) for public APIs. */
    public static String baseString(Kind kind, long partnerId, String apiPath, long timestamp, String accessToken, Long ownerId) {
        StringBuilder sb = new StringBuilder(128).append(partnerId).append(apiPath).append(timestamp);
        if (kind != Kind.PUBLIC) {
            if (accessToken == null || ownerId == null) {
                throw new IllegalArgumentException(kind + " API " + apiPath + " needs an access token and an owner id");
            }
            sb.append(accessToken).append(ownerId.longValue());
        }
        return sb.toString();
    }

    /** Lowercase hex HMAC-SHA256 of {@code base} keyed by the UTF-8 bytes of {@code partnerKey}. */
    public static String hmacSha256Hex(String partnerKey, String base) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(partnerKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(base.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The {@code sign} parameter of one call. */
    public static String sign(String partnerKey, Kind kind, long partnerId, String apiPath, long timestamp, String accessToken,
                              Long ownerId) {
        return hmacSha256Hex(partnerKey, baseString(kind, partnerId, apiPath, timestamp, accessToken, ownerId));
    }
}
