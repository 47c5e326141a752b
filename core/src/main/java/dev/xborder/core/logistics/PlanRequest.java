package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.trade.TaxRegistration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * What to plan: the lines to ship, from which country, to which address, on which date, with
 * which needs, and the stock positions the host holds in warehouses. The sales channel and the
 * seller's registrations are passed to the landed-cost estimator. All line values share one
 * currency, which is the plan currency: every cost of every option is stated in it.
 * Immutable; build with {@link #builder()}.
 */
public final class PlanRequest {
    /** The most units (sum of quantities) one request may hold; splitting works unit by unit. */
    public static final int MAX_UNITS = 10_000;

    private final List<PlanLine> lines;
    private final CountryCode origin;
    private final Address destination;
    private final LocalDate shipDate;
    private final ServiceNeeds needs;
    private final List<StockPosition> stock;
    private final SalesChannel channel;
    private final List<TaxRegistration> registrations;
    private final CurrencyUnit currency;
    private final int totalUnits;

    private PlanRequest(Builder b) {
        List<String> missing = new ArrayList<>();
        if (b.origin == null) missing.add("origin");
        if (b.destination == null) missing.add("destination");
        if (b.shipDate == null) missing.add("shipDate");
        if (!missing.isEmpty()) {
            throw new InvalidInputException("request." + missing.get(0), null, "required; missing: " + missing);
        }
        if (b.lines.isEmpty()) {
            throw new InvalidInputException("request.lines", "[]", "at least one line is required");
        }
        this.lines = List.copyOf(b.lines);
        this.currency = lines.get(0).unitValue().getCurrency();
        long units = 0;
        for (int i = 0; i < lines.size(); i++) {
            PlanLine l = lines.get(i);
            if (!l.unitValue().getCurrency().equals(currency)) {
                throw new InvalidInputException("request.lines[" + i + "].unitValue", l.unitValue(),
                        "currency differs from the first line's " + currency + "; all lines share the plan currency");
            }
            for (int j = 0; j < i; j++) {
                if (lines.get(j).sku().equals(l.sku())) {
                    throw new InvalidInputException("request.lines[" + i + "].sku", l.sku().value(),
                            "duplicate SKU (also lines[" + j + "]); merge the quantities into one line");
                }
            }
            units += l.quantity();
        }
        if (units > MAX_UNITS) {
            throw new InvalidInputException("request.lines", units, "more than " + MAX_UNITS + " units in one request");
        }
        this.totalUnits = (int) units;
        this.origin = b.origin;
        this.destination = b.destination;
        this.shipDate = b.shipDate;
        this.needs = b.needs;
        needs.maxBudget().ifPresent(m -> {
            if (!m.getCurrency().equals(currency)) {
                throw new InvalidInputException("request.needs.maxBudget", m, "currency must be the plan currency " + currency);
            }
        });
        this.stock = List.copyOf(b.stock);
        this.channel = b.channel;
        this.registrations = List.copyOf(b.registrations);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<PlanLine> lines() { return lines; }
    /** The country direct modes ship from. */
    public CountryCode origin() { return origin; }
    public Address destination() { return destination; }
    /** The date the goods are ready to ship; also the date of exchange rates and of the landed-cost quote. */
    public LocalDate shipDate() { return shipDate; }
    public ServiceNeeds needs() { return needs; }
    public List<StockPosition> stock() { return stock; }
    public SalesChannel channel() { return channel; }
    public List<TaxRegistration> registrations() { return registrations; }
    /** The plan currency: the currency of the line values. */
    public CurrencyUnit currency() { return currency; }
    public int totalUnits() { return totalUnits; }

    @Override
    public String toString() {
        return "PlanRequest[" + lines.size() + " lines, " + totalUnits + " units, " + origin + " -> "
                + destination.country() + ", " + shipDate + ", " + needs + ", " + stock.size() + " stock positions]";
    }

    /** Builder; each setter checks its value at once, {@link #build()} the whole. */
    public static final class Builder {
        private final List<PlanLine> lines = new ArrayList<>();
        private CountryCode origin;
        private Address destination;
        private LocalDate shipDate;
        private ServiceNeeds needs = ServiceNeeds.NONE;
        private final List<StockPosition> stock = new ArrayList<>();
        private SalesChannel channel = SalesChannel.OWN_STORE;
        private final List<TaxRegistration> registrations = new ArrayList<>();

        private Builder() {
        }

        public Builder line(PlanLine line) {
            lines.add(Checks.notNull(line, "request.lines[" + lines.size() + "]"));
            return this;
        }

        public Builder lines(List<PlanLine> lines) {
            Checks.noNulls(lines, "request.lines");
            this.lines.clear();
            this.lines.addAll(lines);
            return this;
        }

        public Builder origin(CountryCode origin) {
            this.origin = Checks.notNull(origin, "request.origin");
            return this;
        }

        public Builder destination(Address destination) {
            this.destination = Checks.notNull(destination, "request.destination");
            return this;
        }

        public Builder shipDate(LocalDate shipDate) {
            this.shipDate = Checks.notNull(shipDate, "request.shipDate");
            return this;
        }

        public Builder needs(ServiceNeeds needs) {
            this.needs = Checks.notNull(needs, "request.needs");
            return this;
        }

        public Builder stock(StockPosition position) {
            stock.add(Checks.notNull(position, "request.stock[" + stock.size() + "]"));
            return this;
        }

        public Builder stock(List<StockPosition> positions) {
            Checks.noNulls(positions, "request.stock");
            this.stock.clear();
            this.stock.addAll(positions);
            return this;
        }

        public Builder channel(SalesChannel channel) {
            this.channel = Checks.notNull(channel, "request.channel");
            return this;
        }

        public Builder registration(TaxRegistration registration) {
            registrations.add(Checks.notNull(registration, "request.registrations[" + registrations.size() + "]"));
            return this;
        }

        public PlanRequest build() {
            return new PlanRequest(this);
        }
    }
}
