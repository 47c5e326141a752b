package dev.xborder.examples.demo;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.logistics.StockPosition;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Product;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo seller: a shop in Shenzhen (ships from CN) that sells on Amazon Europe and its own
 * Shopify store. Its product catalogue carries what marketplaces do not send with an order: HS
 * code, country of origin, tax category, weight, dimensions and dangerous-goods flags. HS codes are
 * 6-digit HS 2022 subheadings; weights, dimensions and prices are illustrative.
 */
public final class DemoCatalog {
    /** Where the seller ships from. */
    public static final CountryCode ORIGIN = CountryCode.CN;

    private static final Map<Sku, Product> PRODUCTS = new LinkedHashMap<>();

    static {
        add("HOODIE-NAVY-M", "Hoodie, cotton, navy, size M", "611020", "0.55", "30", "25", "6", TaxCategory.STANDARD, "29.00");
        add("TEE-WHITE-L", "T-shirt, cotton, white, size L", "610910", "0.18", "25", "20", "2", TaxCategory.STANDARD, "12.00");
        add("KIDS-TEE-6Y", "Children's T-shirt, cotton, age 6", "610910", "0.12", "22", "18", "2", TaxCategory.CHILDRENS_CLOTHING, "8.00");
        add("SNEAKER-42", "Running shoes, textile upper, EU 42", "640411", "0.95", "33", "22", "12", TaxCategory.STANDARD, "62.00");
        add("BACKPACK-24L", "Backpack, polyester, 24 l", "420292", "0.80", "45", "30", "12", TaxCategory.STANDARD, "95.00");
        add("HEADPHONES-BT", "Bluetooth headphones (battery inside)", "851830", "0.25", "20", "18", "8", TaxCategory.STANDARD, "41.00",
                GoodsFlag.LITHIUM_ION_IN_EQUIPMENT);
        add("SMARTWATCH-S2", "Smartwatch (battery inside)", "851762", "0.15", "12", "10", "8", TaxCategory.STANDARD, "89.00",
                GoodsFlag.LITHIUM_ION_IN_EQUIPMENT);
        add("POWERBANK-10K", "Power bank 10,000 mAh (lithium-ion battery)", "850760", "0.30", "15", "8", "3", TaxCategory.STANDARD, "17.00",
                GoodsFlag.LITHIUM_ION_BATTERY);
        add("BOOK-CROSSBORDER", "Book: Selling across borders (paperback)", "490199", "0.40", "23", "15", "3", TaxCategory.BOOKS, "14.00");
    }

    private DemoCatalog() {
    }

    private static void add(String sku, String title, String hs, String kg, String l, String w, String h, TaxCategory category,
                            String unitValueEur, GoodsFlag... flags) {
        Product.Builder b = Product.builder(Sku.of(sku)).title(title).hsCode(HsCode.of(hs)).originCountry(ORIGIN)
                .unitWeight(Weight.kg(kg)).dimensions(Dimensions.cm(l, w, h)).taxCategory(category)
                .unitValue(Amounts.of(unitValueEur, "EUR"));
        for (GoodsFlag f : flags) {
            b.flag(f);
        }
        PRODUCTS.put(Sku.of(sku), b.build());
    }

    /** The product of a SKU, if the catalogue has it. */
    public static Optional<Product> product(Sku sku) {
        return Optional.ofNullable(PRODUCTS.get(sku));
    }

    /** Every product. */
    public static List<Product> products() {
        return List.copyOf(PRODUCTS.values());
    }

    /**
     * The seller's registrations: IOSS for EU parcels up to EUR 150, UK VAT, Norway VOEC and an
     * Australian ARN, so that it can collect the tax at checkout where a regime allows. The numbers
     * have the schemes' formats (the IOSS number passes its check) but are examples, not real
     * registrations.
     */
    public static List<TaxRegistration> registrations() {
        return List.of(
                TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224"),
                TaxRegistration.of(RegistrationScheme.UK_VAT, "GB980780684"),
                TaxRegistration.of(RegistrationScheme.NO_VOEC, "VOEC2024229"),
                TaxRegistration.of(RegistrationScheme.AU_ARN, "300000000001"));
    }

    /**
     * Stock the seller holds in Germany, imported in bulk (duty paid at import and allocated per
     * unit): backpacks in the sample overseas warehouse, hoodies in the sample fulfilment centre.
     */
    public static List<StockPosition> stock() {
        return List.of(
                new StockPosition("sample-wh-de", CountryCode.DE, Sku.of("BACKPACK-24L"), 40,
                        Amounts.of("2.85", "EUR"), null),
                new StockPosition("sample-fba-de", CountryCode.DE, Sku.of("HOODIE-NAVY-M"), 25,
                        Amounts.of("2.49", "EUR"), null));
    }
}
