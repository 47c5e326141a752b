package dev.xborder.connector.lazada;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The Lazada ventures: API gateway ({@code https://api.lazada.<tld>/rest}, connector research
 * section 5.1 and EcomPHP/lazada-php {@code Client::baseUrl}), the country orders ship to, the
 * selling currency and the local UTC offset Lazada's timestamps use (the ventures keep no daylight
 * saving time).
 */
public enum LazadaRegion {
    SG("https://api.lazada.sg/rest", "SG", "SGD", ZoneOffset.ofHours(8)),
    MY("https://api.lazada.com.my/rest", "MY", "MYR", ZoneOffset.ofHours(8)),
    TH("https://api.lazada.co.th/rest", "TH", "THB", ZoneOffset.ofHours(7)),
    VN("https://api.lazada.vn/rest", "VN", "VND", ZoneOffset.ofHours(7)),
    PH("https://api.lazada.com.ph/rest", "PH", "PHP", ZoneOffset.ofHours(8)),
    ID("https://api.lazada.co.id/rest", "ID", "IDR", ZoneOffset.ofHours(7));

    private final URI gateway;
    private final String country;
    private final String currency;
    private final ZoneOffset offset;

    LazadaRegion(String gateway, String country, String currency, ZoneOffset offset) {
        this.gateway = URI.create(gateway);
        this.country = country;
        this.currency = currency;
        this.offset = offset;
    }

    /** The API gateway, including its {@code /rest} prefix. */
    public URI gateway() {
        return gateway;
    }

    /** ISO 3166 code of the venture's country. */
    public String country() {
        return country;
    }

    /** ISO 4217 code of the venture's selling currency. */
    public String currency() {
        return currency;
    }

    /** The venture's UTC offset. */
    public ZoneOffset offset() {
        return offset;
    }

    /** The region for a code such as {@code "sg"} or {@code "TH"}, if it is one. */
    public static Optional<LazadaRegion> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
