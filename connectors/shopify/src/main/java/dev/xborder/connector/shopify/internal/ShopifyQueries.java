package dev.xborder.connector.shopify.internal;

/** The GraphQL documents the connector sends. Internal. */
public final class ShopifyQueries {
    private ShopifyQueries() {
    }

    private static final String ORDER_FIELDS = """
            id name createdAt updatedAt cancelledAt
            displayFinancialStatus displayFulfillmentStatus
            currencyCode
            totalPriceSet { shopMoney { amount currencyCode } }
            totalShippingPriceSet { shopMoney { amount currencyCode } }
            shippingAddress { countryCodeV2 zip provinceCode city address1 address2 }
            lineItems(first: %d) {
              pageInfo { hasNextPage endCursor }
              nodes { id sku title quantity originalUnitPriceSet { shopMoney { amount currencyCode } } }
            }
            """;

    /** Line items fetched inline per order; more are fetched with {@link #LINE_ITEMS}. */
    public static final int LINE_ITEMS_PER_ORDER = 20;

    public static final String ORDERS = """
            query XborderOrders($first: Int!, $after: String, $query: String) {
              orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
                pageInfo { hasNextPage endCursor }
                nodes { %s }
              }
            }
            """.formatted(ORDER_FIELDS.formatted(LINE_ITEMS_PER_ORDER));

    public static final String ORDER = """
            query XborderOrder($id: ID!) {
              order(id: $id) { %s }
            }
            """.formatted(ORDER_FIELDS.formatted(LINE_ITEMS_PER_ORDER));

    public static final String LINE_ITEMS = """
            query XborderLineItems($id: ID!, $after: String) {
              order(id: $id) {
                lineItems(first: 100, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  nodes { id sku title quantity originalUnitPriceSet { shopMoney { amount currencyCode } } }
                }
              }
            }
            """;

    public static final String VARIANT_BY_SKU = """
            query XborderVariantBySku($query: String!, $locationId: ID!) {
              productVariants(first: 2, query: $query) {
                nodes {
                  id sku
                  product { id }
                  inventoryItem { id inventoryLevel(locationId: $locationId) { quantities(names: ["available"]) { name quantity } } }
                }
              }
            }
            """;

    public static final String VARIANT_BY_SKU_NO_LOCATION = """
            query XborderVariantBySku($query: String!) {
              productVariants(first: 2, query: $query) {
                nodes { id sku product { id } }
              }
            }
            """;

    /** Since API 2026-04 the mutation needs {@code changeFromQuantity} and {@code @idempotent} (connector research 3.2). */
    public static final String SET_QUANTITIES = """
            mutation XborderSetQuantities($input: InventorySetQuantitiesInput!, $key: String!) {
              inventorySetQuantities(input: $input) @idempotent(key: $key) {
                inventoryAdjustmentGroup { id }
                userErrors { field message code }
              }
            }
            """;

    public static final String VARIANTS_BULK_UPDATE = """
            mutation XborderPrice($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
              productVariantsBulkUpdate(productId: $productId, variants: $variants) {
                productVariants { id price }
                userErrors { field message }
              }
            }
            """;

    public static final String FULFILLMENT_ORDERS = """
            query XborderFulfillmentOrders($id: ID!) {
              order(id: $id) {
                fulfillmentOrders(first: 20) {
                  nodes { id status lineItems(first: 100) { nodes { id remainingQuantity lineItem { id } } } }
                }
              }
            }
            """;

    public static final String FULFILLMENT_CREATE = """
            mutation XborderFulfil($fulfillment: FulfillmentInput!) {
              fulfillmentCreate(fulfillment: $fulfillment) {
                fulfillment { id status }
                userErrors { field message }
              }
            }
            """;
}
