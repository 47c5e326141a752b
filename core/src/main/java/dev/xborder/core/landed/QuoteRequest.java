package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.TaxRegistration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A cross-border B2C shipment to quote: when, from where, to where, under which incoterm and sales
 * channel, by a seller with which registrations, with which lines, shipping and insurance, and (optionally)
 * by which {@link TransportMode}. All amounts are in {@link #currency()}. Immutable; build with
 * {@link #builder()}. Every builder setter throws {@link InvalidInputException} (naming the field, e.g.
 * {@code request.date}) when given null.
 */
public final class QuoteRequest {
    private final LocalDate date;
    private final CountryCode origin;
    private final Address destination;
    private final CurrencyUnit currency;
    private final Incoterm incoterm;
    private final SalesChannel channel;
    private final List<TaxRegistration> registrations;
    private final List<QuoteLine> lines;
    private final MonetaryAmount shipping;
    private final MonetaryAmount insurance;
    private final boolean explain;
    private final TransportMode transportMode;

    private QuoteRequest(Builder b) {
        List<String> missing = new ArrayList<>();
        if (b.date == null) missing.add("date");
        if (b.origin == null) missing.add("origin");
        if (b.destination == null) missing.add("destination");
        if (b.currency == null) missing.add("currency");
        if (!missing.isEmpty()) {
            throw new InvalidInputException("request." + missing.get(0), null, "required; missing: " + missing);
        }
        if (b.lines.isEmpty()) {
            throw new InvalidInputException("request.lines", "[]", "at least one line is required");
        }
        this.date = b.date;
        this.origin = b.origin;
        this.destination = b.destination;
        this.currency = b.currency;
        this.incoterm = b.incoterm;
        this.channel = b.channel;
        this.registrations = List.copyOf(b.registrations);
        this.lines = List.copyOf(b.lines);
        for (int i = 0; i < lines.size(); i++) {
            requireCurrency(lines.get(i).unitPrice(), "request.lines[" + i + "].unitPrice");
        }
        this.shipping = b.shipping == null ? zero(currency) : requireCurrency(b.shipping, "request.shipping");
        this.insurance = b.insurance == null ? zero(currency) : requireCurrency(b.insurance, "request.insurance");
        Checks.boundedAmount(shipping, "request.shipping");
        Checks.boundedAmount(insurance, "request.insurance");
        if (shipping.isNegative()) throw new InvalidInputException("request.shipping", shipping, "must not be negative");
        if (insurance.isNegative()) throw new InvalidInputException("request.insurance", insurance, "must not be negative");
        this.explain = b.explain;
        this.transportMode = b.transportMode;
    }

    private static MonetaryAmount zero(CurrencyUnit currency) {
        return org.javamoney.moneta.Money.zero(currency);
    }

    private MonetaryAmount requireCurrency(MonetaryAmount amount, String field) {
        if (!amount.getCurrency().equals(currency)) {
            throw new InvalidInputException(field, amount, "currency must be the request currency " + currency);
        }
        return amount;
    }

    public static Builder builder() {
        return new Builder();
    }

    public LocalDate date() { return date; }
    public CountryCode origin() { return origin; }
    public Address destination() { return destination; }
    public CurrencyUnit currency() { return currency; }
    public Incoterm incoterm() { return incoterm; }
    public SalesChannel channel() { return channel; }
    public List<TaxRegistration> registrations() { return registrations; }
    public List<QuoteLine> lines() { return lines; }
    public MonetaryAmount shipping() { return shipping; }
    public MonetaryAmount insurance() { return insurance; }
    /** Whether the quote should carry an explanation trace. */
    public boolean explain() { return explain; }
    /**
     * How the consignment travels, or empty when the request does not say (unknown: rules that depend on the
     * mode are not applied and the quote reports {@code TRANSPORT_MODE_MISSING}).
     */
    public Optional<TransportMode> transportMode() { return Optional.ofNullable(transportMode); }

    public Builder toBuilder() {
        Builder b = new Builder().date(date).origin(origin).destination(destination).currency(currency)
                .incoterm(incoterm).channel(channel).registrations(registrations).lines(lines).explain(explain);
        b.transportMode = transportMode;
        b.shipping = shipping;
        b.insurance = insurance;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof QuoteRequest r)) return false;
        return date.equals(r.date) && origin.equals(r.origin) && destination.equals(r.destination)
                && currency.equals(r.currency) && incoterm == r.incoterm && channel == r.channel
                && registrations.equals(r.registrations) && lines.equals(r.lines)
                && shipping.equals(r.shipping) && insurance.equals(r.insurance) && explain == r.explain
                && transportMode == r.transportMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, origin, destination, currency, incoterm, channel, registrations, lines, shipping,
                insurance, explain, transportMode);
    }

    @Override
    public String toString() {
        return "QuoteRequest[" + date + ", " + origin + " -> " + destination.country() + ", " + lines.size()
                + " lines, " + currency + ", " + incoterm + ", " + channel
                + (transportMode == null ? "" : ", " + transportMode) + "]";
    }

    /**
     * Builder for {@link QuoteRequest}: DAP and own store unless told otherwise; trace on; no transport mode
     * (unknown) unless given.
     */
    public static final class Builder {
        private LocalDate date;
        private CountryCode origin;
        private Address destination;
        private CurrencyUnit currency;
        private Incoterm incoterm = Incoterm.DAP;
        private SalesChannel channel = SalesChannel.OWN_STORE;
        private final List<TaxRegistration> registrations = new ArrayList<>();
        private final List<QuoteLine> lines = new ArrayList<>();
        private MonetaryAmount shipping;
        private MonetaryAmount insurance;
        private boolean explain = true;
        private TransportMode transportMode;

        private Builder() {
        }

        public Builder date(LocalDate date) { this.date = Checks.notNull(date, "request.date"); return this; }
        public Builder origin(CountryCode origin) { this.origin = Checks.notNull(origin, "request.origin"); return this; }
        public Builder destination(Address destination) { this.destination = Checks.notNull(destination, "request.destination"); return this; }
        public Builder currency(CurrencyUnit currency) { this.currency = Checks.notNull(currency, "request.currency"); return this; }
        public Builder incoterm(Incoterm incoterm) { this.incoterm = Checks.notNull(incoterm, "request.incoterm"); return this; }
        public Builder channel(SalesChannel channel) { this.channel = Checks.notNull(channel, "request.channel"); return this; }

        public Builder registration(TaxRegistration registration) {
            registrations.add(Checks.notNull(registration, "request.registrations[" + registrations.size() + "]"));
            return this;
        }

        public Builder registrations(List<TaxRegistration> registrations) {
            Checks.noNulls(registrations, "request.registrations");
            this.registrations.clear();
            this.registrations.addAll(registrations);
            return this;
        }

        public Builder line(QuoteLine line) {
            lines.add(Checks.notNull(line, "request.lines[" + lines.size() + "]"));
            return this;
        }

        public Builder lines(List<QuoteLine> lines) {
            Checks.noNulls(lines, "request.lines");
            this.lines.clear();
            this.lines.addAll(lines);
            return this;
        }

        public Builder shipping(MonetaryAmount shipping) { this.shipping = Checks.notNull(shipping, "request.shipping"); return this; }
        public Builder insurance(MonetaryAmount insurance) { this.insurance = Checks.notNull(insurance, "request.insurance"); return this; }
        public Builder explain(boolean explain) { this.explain = explain; return this; }

        /** How the consignment travels (non-null; leave unset when unknown). */
        public Builder transportMode(TransportMode transportMode) {
            this.transportMode = Checks.notNull(transportMode, "request.transportMode");
            return this;
        }

        /**
         * The request; shipping and insurance default to zero in the request currency.
         *
         * @throws InvalidInputException if date, origin, destination or currency is missing, there is no line, an
         *         amount is not in the request currency, or shipping or insurance is negative or outside
         *         {@link Checks#boundedAmount}
         */
        public QuoteRequest build() {
            return new QuoteRequest(this);
        }
    }
}
