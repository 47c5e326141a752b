package dev.xborder.connector.aliexpress.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AliExpress Open Platform (IOP) request signature, as the official IOP SDK computes it
 * ({@code iop} Python SDK {@code base.py::sign}, iop-sdk-python-20220609): sort the parameters by
 * name (every parameter sent except {@code sign}, system and business alike), concatenate
 * {@code name + value} for each, and, for a system API (an API name with a {@code /}, such as
 * {@code /auth/token/create}, called under {@code /rest}), put the API path in front; then
 * HMAC-SHA256 keyed with the app secret (UTF-8), as UPPERCASE hex. Business APIs (named by
 * {@code method}, e.g. {@code aliexpress.solution.order.get}, called under {@code /sync}) get no
 * prefix. Pure functions. Internal.
 */
public final class IopSignature {
    private IopSignature() {
    }

    /** Whether {@code api} is a system API (its name is a path). */
    public static boolean isSystemApi(String api) {
        return api.contains("/");
    }

    /** The string that is signed. */
    public static String baseString(String api, Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        if (isSystemApi(api)) {
            sb.append(api);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (!e.getKey().equals("sign")) {
                sb.append(e.getKey()).append(e.getValue());
            }
        }
        return sb.toString();
    }

    /** The signature: uppercase hex HMAC-SHA256 of {@link #baseString} keyed with {@code secret}. */
    public static String sign(String secret, String api, Map<String, String> params) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(baseString(api, params).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(h);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
