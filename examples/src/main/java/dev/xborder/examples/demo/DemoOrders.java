package dev.xborder.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The orders the demo marketplace simulator serves: six on Amazon Europe (DE, FR, UK and ES
 * marketplaces, one shipping to the Canary Islands) and four on the seller's Shopify store (US, AU,
 * JP, NO). Times are relative to the demo date, so a run on any date sees "yesterday's" orders.
 */
public final class DemoOrders {
    /** Platform of an order. */
    public enum Platform { AMAZON, SHOPIFY }

    /** One order line as the platform sends it: SKU, quantity and unit price (decimal text). */
    public record Line(String lineId, String sku, String title, int quantity, String unitPrice) {
    }

    /** Ship-to address fields as the platform sends them. */
    public record ShipTo(String name, String street, String city, String region, String postalCode, String country) {
    }

    /**
     * One order: platform, platform order id, Amazon marketplace id (null for Shopify), currency,
     * purchase and last-update times, address, lines, and the shipping the buyer paid.
     */
    public record DemoOrder(Platform platform, String id, String marketplaceId, String currency, Instant createdAt,
                            Instant updatedAt, ShipTo shipTo, List<Line> lines, String shipping) {
    }

    /** Amazon marketplace ids (SP-API, Europe region). */
    public static final String AMAZON_DE = "A1PA6795UKMFR9";
    public static final String AMAZON_FR = "A13V1IB3VIYZZH";
    public static final String AMAZON_UK = "A1F83G8C2ARO7P";
    public static final String AMAZON_ES = "A1RKKUPIHCS9HS";

    private DemoOrders() {
    }

    /** The demo's orders for a demo date, oldest update first. */
    public static List<DemoOrder> forDate(LocalDate date) {
        Instant base = date.minusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
        List<DemoOrder> o = new ArrayList<>();
        int[] minute = {0};
        java.util.function.Supplier<Instant> next = () -> base.plus(Duration.ofMinutes(47L * minute[0]++));
        o.add(amazon("302-4471826-1183501", AMAZON_DE, "EUR", next.get(),
                new ShipTo("Jana Schmidt", "Invalidenstr. 117", "Berlin", "Berlin", "10115", "DE"), "4.90",
                new Line("61552183417323", "HOODIE-NAVY-M", "Hoodie, cotton, navy, size M", 1, "39.90"),
                new Line("61552183417324", "TEE-WHITE-L", "T-shirt, cotton, white, size L", 2, "14.90")));
        o.add(amazon("028-7736192-4471927", AMAZON_DE, "EUR", next.get(),
                new ShipTo("Lukas Bauer", "Sendlinger Str. 8", "München", "Bayern", "80331", "DE"), "0.00",
                new Line("49027715320211", "BACKPACK-24L", "Backpack, polyester, 24 l", 1, "139.00")));
        o.add(amazon("171-0038817-9925136", AMAZON_FR, "EUR", next.get(),
                new ShipTo("Camille Martin", "12 rue Oberkampf", "Paris", "Île-de-France", "75011", "FR"), "3.99",
                new Line("30881746552108", "SNEAKER-42", "Running shoes, textile upper, EU 42", 1, "89.00"),
                new Line("30881746552109", "BOOK-CROSSBORDER", "Book: Selling across borders (paperback)", 1, "18.50")));
        o.add(amazon("206-5521904-3358711", AMAZON_UK, "GBP", next.get(),
                new ShipTo("Oliver Hughes", "10 Downing Street", "London", "London", "SW1A 2AA", "GB"), "2.99",
                new Line("17720045198831", "KIDS-TEE-6Y", "Children's T-shirt, cotton, age 6", 3, "9.99"),
                new Line("17720045198832", "HEADPHONES-BT", "Bluetooth headphones (battery inside)", 1, "49.99")));
        o.add(amazon("203-9917735-6604318", AMAZON_UK, "GBP", next.get(),
                new ShipTo("Amelia Clarke", "1 Piccadilly", "Manchester", "Greater Manchester", "M1 1RG", "GB"), "0.00",
                new Line("88410932177614", "POWERBANK-10K", "Power bank 10,000 mAh", 1, "24.99")));
        o.add(amazon("404-2218866-5120744", AMAZON_ES, "EUR", next.get(),
                new ShipTo("Carmen Rodríguez", "Calle Triana 58", "Las Palmas de Gran Canaria", "Las Palmas", "35002", "ES"), "5.99",
                new Line("55019836620471", "HEADPHONES-BT", "Bluetooth headphones (battery inside)", 1, "59.00")));
        o.add(shopify("5710024311", "USD", next.get(),
                new ShipTo("Emily Johnson", "350 5th Ave", "New York", "NY", "10118", "US"), "6.50",
                new Line("14020011873", "TEE-WHITE-L", "T-shirt, cotton, white, size L", 3, "22.00")));
        o.add(shopify("5710024312", "USD", next.get(),
                new ShipTo("Jack Wilson", "1 Martin Pl", "Sydney", "NSW", "2000", "AU"), "9.00",
                new Line("14020011874", "SMARTWATCH-S2", "Smartwatch (battery inside)", 1, "129.00")));
        o.add(shopify("5710024313", "USD", next.get(),
                new ShipTo("Haruto Sato", "1-1 Marunouchi", "Chiyoda-ku, Tokyo", "JP-13", "100-0005", "JP"), "8.00",
                new Line("14020011875", "TEE-WHITE-L", "T-shirt, cotton, white, size L", 3, "19.00")));
        o.add(shopify("5710024314", "USD", next.get(),
                new ShipTo("Ingrid Hansen", "Karl Johans gate 22", "Oslo", null, "0159", "NO"), "7.50",
                new Line("14020011876", "HOODIE-NAVY-M", "Hoodie, cotton, navy, size M", 1, "49.00")));
        return List.copyOf(o);
    }

    private static DemoOrder amazon(String id, String marketplace, String currency, Instant at, ShipTo to, String shipping,
                                    Line... lines) {
        return new DemoOrder(Platform.AMAZON, id, marketplace, currency, at.minus(Duration.ofMinutes(20)), at, to,
                List.of(lines), shipping);
    }

    private static DemoOrder shopify(String id, String currency, Instant at, ShipTo to, String shipping, Line... lines) {
        return new DemoOrder(Platform.SHOPIFY, id, null, currency, at.minus(Duration.ofMinutes(5)), at, to,
                List.of(lines), shipping);
    }
}
