package dev.xborder.core.order;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An order as xborder sees it, whatever marketplace it came from. Immutable; build with
 * {@link #builder(String, String)}. Identity is (marketplace, marketplaceOrderId); {@code updatedAt}
 * orders successive versions of the same order.
 */
public final class Order {
    private final String marketplace;
    private final String marketplaceOrderId;
    private final SalesChannel channel;
    private final OrderStatus status;
    private final String rawStatus;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Buyer buyer;
    private final Address shipTo;
    private final CurrencyUnit currency;
    private final List<OrderLine> lines;
    private final MonetaryAmount shipping;
    private final MonetaryAmount total;

    private Order(Builder b) {
        List<String> missing = new ArrayList<>();
        if (b.status == null) missing.add("status");
        if (b.createdAt == null) missing.add("createdAt");
        if (b.updatedAt == null) missing.add("updatedAt");
        if (b.currency == null) missing.add("currency");
        if (!missing.isEmpty()) {
            throw new InvalidInputException("order." + missing.get(0), null, "required; missing: " + missing);
        }
        this.marketplace = b.marketplace;
        this.marketplaceOrderId = b.marketplaceOrderId;
        this.channel = b.channel;
        this.status = b.status;
        this.rawStatus = b.rawStatus == null ? b.status.name() : b.rawStatus;
        this.createdAt = b.createdAt;
        this.updatedAt = b.updatedAt;
        this.buyer = b.buyer;
        this.shipTo = b.shipTo;
        this.currency = b.currency;
        this.lines = List.copyOf(b.lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).unitPrice().getCurrency().equals(currency)) {
                throw new InvalidInputException("order.lines[" + i + "].unitPrice", lines.get(i).unitPrice(),
                        "currency differs from the order currency " + currency);
            }
        }
        this.shipping = b.shipping;
        if (shipping != null && !shipping.getCurrency().equals(currency)) {
            throw new InvalidInputException("order.shipping", shipping, "currency differs from the order currency " + currency);
        }
        if (shipping != null && shipping.isNegative()) {
            throw new InvalidInputException("order.shipping", shipping, "must not be negative");
        }
        this.total = b.total;
        if (total != null && !total.getCurrency().equals(currency)) {
            throw new InvalidInputException("order.total", total, "currency differs from the order currency " + currency);
        }
        if (total != null && total.isNegative()) {
            throw new InvalidInputException("order.total", total, "must not be negative");
        }
    }

    public static Builder builder(String marketplace, String marketplaceOrderId) {
        return new Builder(Checks.notBlank(marketplace, "order.marketplace"),
                Checks.notBlank(marketplaceOrderId, "order.marketplaceOrderId"));
    }

    /** The marketplace id, e.g. {@code "amazon"}, {@code "shopify"}. */
    public String marketplace() {
        return marketplace;
    }

    public String marketplaceOrderId() {
        return marketplaceOrderId;
    }

    public SalesChannel channel() {
        return channel;
    }

    public OrderStatus status() {
        return status;
    }

    /** The status as the platform sent it (kept even when mapped to {@link OrderStatus#UNKNOWN}). */
    public String rawStatus() {
        return rawStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Buyer> buyer() {
        return Optional.ofNullable(buyer);
    }

    public Optional<Address> shipTo() {
        return Optional.ofNullable(shipTo);
    }

    public CurrencyUnit currency() {
        return currency;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Optional<MonetaryAmount> shipping() {
        return Optional.ofNullable(shipping);
    }

    /** The order total as the platform reported it, if it did. */
    public Optional<MonetaryAmount> total() {
        return Optional.ofNullable(total);
    }

    public Builder toBuilder() {
        Builder b = new Builder(marketplace, marketplaceOrderId);
        b.channel = channel;
        b.status = status;
        b.rawStatus = rawStatus;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.buyer = buyer;
        b.shipTo = shipTo;
        b.currency = currency;
        b.lines.addAll(lines);
        b.shipping = shipping;
        b.total = total;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Order x)) return false;
        return marketplace.equals(x.marketplace) && marketplaceOrderId.equals(x.marketplaceOrderId)
                && channel == x.channel && status == x.status && rawStatus.equals(x.rawStatus)
                && createdAt.equals(x.createdAt) && updatedAt.equals(x.updatedAt)
                && Objects.equals(buyer, x.buyer) && Objects.equals(shipTo, x.shipTo)
                && currency.equals(x.currency) && lines.equals(x.lines)
                && Objects.equals(shipping, x.shipping) && Objects.equals(total, x.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(marketplace, marketplaceOrderId, status, updatedAt, lines);
    }

    @Override
    public String toString() {
        return "Order[" + marketplace + ":" + marketplaceOrderId + ", " + status + ", updated " + updatedAt
                + ", " + lines.size() + " lines, " + currency + "]";
    }

    /** Builder for {@link Order}. */
    public static final class Builder {
        private final String marketplace;
        private final String marketplaceOrderId;
        private SalesChannel channel = SalesChannel.MARKETPLACE;
        private OrderStatus status;
        private String rawStatus;
        private Instant createdAt;
        private Instant updatedAt;
        private Buyer buyer;
        private Address shipTo;
        private CurrencyUnit currency;
        private final List<OrderLine> lines = new ArrayList<>();
        private MonetaryAmount shipping;
        private MonetaryAmount total;

        private Builder(String marketplace, String marketplaceOrderId) {
            this.marketplace = marketplace;
            this.marketplaceOrderId = marketplaceOrderId;
        }

        public Builder channel(SalesChannel channel) {
            this.channel = Checks.notNull(channel, "order.channel");
            return this;
        }

        public Builder status(OrderStatus status, String rawStatus) {
            this.status = Checks.notNull(status, "order.status");
            this.rawStatus = rawStatus;
            return this;
        }

        public Builder status(OrderStatus status) {
            return status(status, null);
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = Checks.notNull(createdAt, "order.createdAt");
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = Checks.notNull(updatedAt, "order.updatedAt");
            return this;
        }

        public Builder buyer(Buyer buyer) {
            this.buyer = buyer;
            return this;
        }

        public Builder shipTo(Address shipTo) {
            this.shipTo = shipTo;
            return this;
        }

        public Builder currency(CurrencyUnit currency) {
            this.currency = Checks.notNull(currency, "order.currency");
            return this;
        }

        public Builder line(OrderLine line) {
            lines.add(Checks.notNull(line, "order.lines[" + lines.size() + "]"));
            return this;
        }

        public Builder lines(List<OrderLine> lines) {
            Checks.noNulls(lines, "order.lines");
            this.lines.clear();
            this.lines.addAll(lines);
            return this;
        }

        public Builder shipping(MonetaryAmount shipping) {
            this.shipping = shipping;
            return this;
        }

        public Builder total(MonetaryAmount total) {
            this.total = total;
            return this;
        }

        public Order build() {
            return new Order(this);
        }
    }
}
