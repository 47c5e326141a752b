package dev.xborder.connector.shopee.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.xborder.connector.shopee.internal.ShopeeSigning.Kind;
import org.junit.jupiter.api.Test;

/**
 * Shopee signing against the vectors of the project's connector research, section 9 (C: base
 * strings from the official doc, whose partner key is not published; D, E: self-computed), and
 * vectors computed for this test with Python 3's {@code hmac}/{@code hashlib}:
 * {@code hmac.new(key.encode('utf-8'), base.encode(), hashlib.sha256).hexdigest()}.
 */
class ShopeeSigningTest {
    static final long PARTNER = 2001887;
    static final long TS = 1655714431;

    @Test
    void shopBaseStringIsPartnerPathTimestampTokenShopWithoutSeparators() {
        // vector C (official doc, shop API)
        assertThat(ShopeeSigning.baseString(Kind.SHOP, PARTNER, "/api/v2/shop/get_shop_info", TS,
                "59777174636562737266615546704c6d", 14701711L))
                .isEqualTo("2001887/api/v2/shop/get_shop_info165571443159777174636562737266615546704c6d14701711");
    }

    @Test
    void merchantBaseStringEndsWithTheMerchantId() {
        // vector C (official doc, merchant API)
        assertThat(ShopeeSigning.baseString(Kind.MERCHANT, PARTNER, "/api/v2/global_product/get_category", TS,
                "09777174636962737266615546704c6d", 1000000L))
                .isEqualTo("2001887/api/v2/global_product/get_category165571443109777174636962737266615546704c6d1000000");
    }

    @Test
    void publicBaseStringHasNoTokenAndNoShop() {
        // vector C (official doc, public API)
        assertThat(ShopeeSigning.baseString(Kind.PUBLIC, PARTNER, "/api/v2/public/get_shops_by_partner", TS, "ignored", 1L))
                .isEqualTo("2001887/api/v2/public/get_shops_by_partner1655714431");
    }

    @Test
    void shopSignatureMatchesTheResearchVectorD() {
        assertThat(ShopeeSigning.sign("test-partner-key", Kind.SHOP, PARTNER, "/api/v2/shop/get_shop_info", TS,
                "59777174636562737266615546704c6d", 14701711L))
                .isEqualTo("faf4a60d51e5807794fd37d18f605d4e8d1370ba96d66245e23d22c77cb6f090");
    }

    @Test
    void publicSignatureMatchesTheResearchVectorE() {
        assertThat(ShopeeSigning.sign("test-partner-key", Kind.PUBLIC, PARTNER, "/api/v2/public/get_shops_by_partner", TS, null, null))
                .isEqualTo("eb64c45d9acbec13d6055f604ec1e5b055977f894f80b78659ca0ac06de0d376");
    }

    @Test
    void merchantSignatureMatchesAnIndependentlyComputedVector() {
        // python3: hmac.new(b'test-partner-key', b'2001887/api/v2/global_product/get_category1655714431'
        //   b'09777174636962737266615546704c6d1000000', hashlib.sha256).hexdigest()
        assertThat(ShopeeSigning.sign("test-partner-key", Kind.MERCHANT, PARTNER, "/api/v2/global_product/get_category", TS,
                "09777174636962737266615546704c6d", 1000000L))
                .isEqualTo("1a16a1f85cedc9c5de045657b6575e159b2620c47d8016407dde8b205e2f3f84");
    }

    @Test
    void aNonAsciiPartnerKeyIsUsedAsItsUtf8Bytes() {
        // python3: hmac.new('partner-key-ünï'.encode('utf-8'),
        //   b'1000001/api/v2/order/get_order_list1772323200acc-token-1600000001', hashlib.sha256).hexdigest()
        assertThat(ShopeeSigning.sign("partner-key-ünï", Kind.SHOP, 1000001, "/api/v2/order/get_order_list", 1772323200L,
                "acc-token-", 1600000001L))
                .isEqualTo("d4b00eb95779ee399d6f147d9574506267a50c67eb47eb88bd4c8eedd7764f39");
    }

    @Test
    void aHexLookingPartnerKeyIsUsedAsTextNeverHexDecoded() {
        String key = "6a4d4b5a6c4e4f4a7a6b4b6a4e6a4e4a6a4b6e4b4a4e6a4b4a6b4b6a4e4a4e4a";
        String sign = ShopeeSigning.sign(key, Kind.PUBLIC, PARTNER, "/api/v2/auth/access_token/get", TS, null, null);
        // python3: hmac.new(key.encode(), b'2001887/api/v2/auth/access_token/get1655714431', hashlib.sha256).hexdigest()
        assertThat(sign).isEqualTo("91bfbb44ba0d1858512bc68809ddbf9b1d44c396ee668ab17ce9514c98afa925");
        // ... and not what the hex-decoded key gives (bytes.fromhex(key)):
        assertThat(sign).isNotEqualTo("5d2afee7a709aebd8b2c2707029703ed9e2987a1148bdd2260cb9ee83b686a0d");
    }

    @Test
    void pathsAreClassifiedAsShopeeDocumentsTheirApiTypes() {
        assertThat(ShopeeSigning.kindOf("/api/v2/auth/access_token/get")).isEqualTo(Kind.PUBLIC);
        assertThat(ShopeeSigning.kindOf("/api/v2/auth/token/get")).isEqualTo(Kind.PUBLIC);
        assertThat(ShopeeSigning.kindOf("/api/v2/public/get_shops_by_partner")).isEqualTo(Kind.PUBLIC);
        assertThat(ShopeeSigning.kindOf("/api/v2/global_product/update_stock")).isEqualTo(Kind.MERCHANT);
        assertThat(ShopeeSigning.kindOf("/api/v2/merchant/get_merchant_info")).isEqualTo(Kind.MERCHANT);
        assertThat(ShopeeSigning.kindOf("/api/v2/order/get_order_list")).isEqualTo(Kind.SHOP);
        assertThat(ShopeeSigning.kindOf("/api/v2/product/update_price")).isEqualTo(Kind.SHOP);
    }

    @Test
    void signaturesAreDeterministicLowercaseHexAndChangeWithEveryInput() {
        qt().withFixedSeed(6_2026L).withExamples(1000)
                .forAll(longs().between(1, 9_999_999), longs().between(1_600_000_000L, 1_900_000_000L),
                        strings().basicLatinAlphabet().ofLengthBetween(1, 40), longs().between(1, 99_999_999))
                .checkAssert((partner, ts, token, shop) -> {
                    String a = ShopeeSigning.sign("k", Kind.SHOP, partner, "/api/v2/order/get_order_list", ts, token, shop);
                    assertThat(a).matches("[0-9a-f]{64}");
                    assertThat(ShopeeSigning.sign("k", Kind.SHOP, partner, "/api/v2/order/get_order_list", ts, token, shop)).isEqualTo(a);
                    assertThat(ShopeeSigning.sign("k", Kind.SHOP, partner, "/api/v2/order/get_order_list", ts + 1, token, shop)).isNotEqualTo(a);
                    assertThat(ShopeeSigning.sign("K", Kind.SHOP, partner, "/api/v2/order/get_order_list", ts, token, shop)).isNotEqualTo(a);
                });
    }
}
