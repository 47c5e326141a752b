package dev.xborder.connector.ebay;

import java.util.List;

/**
 * What eBay answered to a {@code bulkUpdatePriceQuantity} call, entry by entry (HTTP 200 when all
 * succeeded, 207 when some did not): for each SKU/offer its own HTTP-style status code and its errors
 * and warnings. Immutable.
 */
public record EbayBulkResult(List<Entry> entries) {
    public EbayBulkResult {
        entries = List.copyOf(entries);
    }

    /** The entries that failed (status code outside 2xx, or errors given). */
    public List<Entry> failures() {
        return entries.stream().filter(e -> !e.succeeded()).toList();
    }

    public boolean allSucceeded() {
        return failures().isEmpty();
    }

    /**
     * One answer entry.
     *
     * @param sku        the SKU
     * @param offerId    the offer, or {@code null} for a SKU-level (quantity) entry
     * @param statusCode the entry's status code (200 = done)
     * @param errors     eBay errors for this entry
     * @param warnings   eBay warnings for this entry
     */
    public record Entry(String sku, String offerId, int statusCode, List<Problem> errors, List<Problem> warnings) {
        public Entry {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean succeeded() {
            return statusCode >= 200 && statusCode < 300 && errors.isEmpty();
        }

        /** {@code sku [offer id]: status (errorId message; ...)}. */
        public String describe() {
            StringBuilder sb = new StringBuilder(sku);
            if (offerId != null) {
                sb.append(" offer ").append(offerId);
            }
            sb.append(": ").append(statusCode);
            for (Problem p : errors) {
                sb.append(" (").append(p.errorId()).append(' ').append(p.message()).append(')');
            }
            return sb.toString();
        }
    }

    /** An eBay error or warning: {@code errorId}, {@code category}, {@code message}. */
    public record Problem(int errorId, String category, String message) {
    }
}
