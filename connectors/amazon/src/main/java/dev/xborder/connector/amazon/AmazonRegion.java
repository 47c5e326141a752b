package dev.xborder.connector.amazon;

import java.net.URI;

/**
 * SP-API selling regions and their endpoints. Source: Amazon, "SP-API Endpoints",
 * https://developer-docs.amazon.com/sp-api/docs/sp-api-endpoints (read 2026-11).
 */
public enum AmazonRegion {
    /** North America (Canada, US, Mexico, Brazil). AWS us-east-1. */
    NA("https://sellingpartnerapi-na.amazon.com"),
    /** Europe, Middle East, India, South Africa. AWS eu-west-1. */
    EU("https://sellingpartnerapi-eu.amazon.com"),
    /** Far East (Singapore, Australia, Japan). AWS us-west-2. */
    FE("https://sellingpartnerapi-fe.amazon.com");

    private final URI endpoint;

    AmazonRegion(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }
}
