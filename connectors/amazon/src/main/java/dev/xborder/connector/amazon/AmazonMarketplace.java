package dev.xborder.connector.amazon;

import java.util.Optional;

/**
 * Amazon marketplaces with their SP-API marketplace id, region and default currency.
 * Ids and regions: Amazon, "Marketplace IDs", https://developer-docs.amazon.com/sp-api/docs/marketplace-ids
 * (read 2026-11). Currencies: each marketplace's selling currency (general knowledge, matching the
 * {@code currencyCode} of the npm package {@code @bizon/amazon-ids}; used only when an order
 * carries no amount to take the currency from).
 */
public enum AmazonMarketplace {
    CA("A2EUQ1WTGCTBG2", AmazonRegion.NA, "CAD"),
    US("ATVPDKIKX0DER", AmazonRegion.NA, "USD"),
    MX("A1AM78C64UM0Y8", AmazonRegion.NA, "MXN"),
    BR("A2Q3Y263D00KWC", AmazonRegion.NA, "BRL"),
    IE("A28R8C7NBKEWEA", AmazonRegion.EU, "EUR"),
    ES("A1RKKUPIHCS9HS", AmazonRegion.EU, "EUR"),
    UK("A1F83G8C2ARO7P", AmazonRegion.EU, "GBP"),
    FR("A13V1IB3VIYZZH", AmazonRegion.EU, "EUR"),
    BE("AMEN7PMS3EDWL", AmazonRegion.EU, "EUR"),
    NL("A1805IZSGTT6HS", AmazonRegion.EU, "EUR"),
    DE("A1PA6795UKMFR9", AmazonRegion.EU, "EUR"),
    IT("APJ6JRA9NG5V4", AmazonRegion.EU, "EUR"),
    SE("A2NODRKZP88ZB9", AmazonRegion.EU, "SEK"),
    ZA("AE08WJ6YKNBMC", AmazonRegion.EU, "ZAR"),
    PL("A1C3SOZRARQ6R3", AmazonRegion.EU, "PLN"),
    EG("ARBP9OOSHTCHU", AmazonRegion.EU, "EGP"),
    TR("A33AVAJ2PDY3EV", AmazonRegion.EU, "TRY"),
    SA("A17E79C6D8DWNP", AmazonRegion.EU, "SAR"),
    AE("A2VIGQ35RCS4UG", AmazonRegion.EU, "AED"),
    IN("A21TJRUUN4KGV", AmazonRegion.EU, "INR"),
    SG("A19VAU5U5O7RUS", AmazonRegion.FE, "SGD"),
    AU("A39IBJ37TRP1C6", AmazonRegion.FE, "AUD"),
    JP("A1VC38T7YXB528", AmazonRegion.FE, "JPY");

    private final String id;
    private final AmazonRegion region;
    private final String currency;

    AmazonMarketplace(String id, AmazonRegion region, String currency) {
        this.id = id;
        this.region = region;
        this.currency = currency;
    }

    public String id() {
        return id;
    }

    public AmazonRegion region() {
        return region;
    }

    public String currency() {
        return currency;
    }

    /** The marketplace with this SP-API id. */
    public static Optional<AmazonMarketplace> byId(String id) {
        for (AmazonMarketplace m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
