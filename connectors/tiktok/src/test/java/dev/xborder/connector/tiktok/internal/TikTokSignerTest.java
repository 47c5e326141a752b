package dev.xborder.connector.tiktok.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TikTokSignerTest {

    /**
     * Vector B of connector-facts.md section 9.1: EcomPHP/tiktokshop-php {@code tests/ClientTest.php
     * testPrepareSignature} (GET, so no body), recomputed there with Python hmac and openssl.
     */
    @Test
    void signsTheSdkTestVectorExactly() {
        List<Map.Entry<String, String>> query = List.of(Map.entry("foo", "bar"));
        assertThat(new String(TikTokSigner.bytesToSign("app_secret", "/test-api", query, new byte[0]), StandardCharsets.UTF_8))
                .isEqualTo("app_secret/test-apifoobarapp_secret");
        assertThat(TikTokSigner.sign("app_secret", "/test-api", query, new byte[0]))
                .isEqualTo("d3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f");
    }

    /**
     * Vector F of connector-facts.md section 9.2 (self-computed, not official): a POST whose body is
     * signed; {@code access_token} in the query is left out. Recomputed for this test with
     * {@code python3 -c "import hmac,hashlib; print(hmac.new(b'app_secret', s.encode(), hashlib.sha256).hexdigest())"}
     * where s is the string asserted below.
     */
    @Test
    void signsTheRawBodyAndLeavesOutAccessTokenAndSign() {
        List<Map.Entry<String, String>> query = List.of(
                Map.entry("timestamp", "1700000000"), Map.entry("app_key", "123abc"), Map.entry("shop_cipher", "ROW_abc"),
                Map.entry("page_size", "10"), Map.entry("sort_field", "update_time"), Map.entry("access_token", "excluded"),
                Map.entry("sign", "excluded-too"));
        byte[] body = "{\"update_time_ge\":1699990000,\"update_time_lt\":1700000000}".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(TikTokSigner.bytesToSign("app_secret", "/order/202309/orders/search", query, body), StandardCharsets.UTF_8))
                .isEqualTo("app_secret/order/202309/orders/searchapp_key123abcpage_size10shop_cipherROW_abcsort_fieldupdate_time"
                        + "timestamp1700000000{\"update_time_ge\":1699990000,\"update_time_lt\":1700000000}app_secret");
        assertThat(TikTokSigner.sign("app_secret", "/order/202309/orders/search", query, body))
                .isEqualTo("c820a9c68b5ec441f9e7c9dd705f748af22f96844a0598abad10eed893009bac");
    }

    /**
     * Self-computed with Python (hmac.new(b'sec', s.encode('utf-8'), hashlib.sha256)) for a body with
     * non-ASCII text: the body's UTF-8 bytes are signed as they are.
     */
    @Test
    void signsNonAsciiBodiesAsTheirUtf8Bytes() {
        List<Map.Entry<String, String>> query = List.of(Map.entry("shop_cipher", "ROW_x"), Map.entry("app_key", "k1"),
                Map.entry("timestamp", "1772323200"));
        byte[] body = "{\"tracking_number\":\"追踪-1\",\"shipping_provider_id\":\"7117858858072016686\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(TikTokSigner.sign("sec", "/fulfillment/202309/orders/576461413038785752/packages", query, body))
                .isEqualTo("baf406a80ae0334ff0c56db967402527b5658841256bbf9411ae96f2a9a3e112");
    }

    @Test
    void theSignatureIsLowercaseHexAndChangesWithAnyBodyByte() {
        qt().withFixedSeed(6_0003L).withExamples(1000)
                .forAll(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 30))
                .checkAssert(v -> {
                    byte[] body = v.getBytes(StandardCharsets.UTF_8);
                    byte[] other = (v + " ").getBytes(StandardCharsets.UTF_8);
                    String a = TikTokSigner.sign("s", "/p", List.of(), body);
                    assertThat(a).matches("[0-9a-f]{64}");
                    assertThat(TikTokSigner.sign("s", "/p", List.of(), other)).isNotEqualTo(a);
                });
    }
}
