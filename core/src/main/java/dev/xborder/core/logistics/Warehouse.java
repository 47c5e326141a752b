package dev.xborder.core.logistics;

import dev.xborder.core.geo.CountryCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A warehouse's tariff, as loaded from a rate-card file: where it is, its mode (overseas warehouse
 * or marketplace fulfilment), its pick-and-pack and storage costs, and the ids of the last-mile rate
 * cards it ships with. Stock is given per plan as {@link StockPosition}s. Immutable.
 *
 * <p>Per order the planner charges {@code pickPackPerOrder + units x (pickPackPerUnit +
 * storagePerUnitPerMonth x expectedStorageMonths)}, rounded half up to the minor unit once:
 * storage is allocated to the units sold using the host's expected dwell time.
 */
public final class Warehouse {
    private final String id;
    private final String name;
    private final ShippingMode mode;
    private final CountryCode country;
    private final CurrencyUnit currency;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveUntil;
    private final String source;
    private final String version;
    private final MonetaryAmount pickPackPerOrder;
    private final MonetaryAmount pickPackPerUnit;
    private final MonetaryAmount storagePerUnitPerMonth;
    private final BigDecimal expectedStorageMonths;
    private final List<String> lastMileCardIds;

    final int fractionDigits;
    final long pickPackOrderMinor;
    /** Per-unit cost (pick and pack plus allocated storage) in minor units x 10^6, for exact rounding once. */
    final long perUnitMicroMinor;

    Warehouse(String id, String name, ShippingMode mode, CountryCode country, CurrencyUnit currency,
              LocalDate effectiveFrom, LocalDate effectiveUntil, String source, String version,
              MonetaryAmount pickPackPerOrder, MonetaryAmount pickPackPerUnit, MonetaryAmount storagePerUnitPerMonth,
              BigDecimal expectedStorageMonths, List<String> lastMileCardIds) {
        this.id = id;
        this.name = name;
        this.mode = mode;
        this.country = country;
        this.currency = currency;
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
        this.source = source;
        this.version = version;
        this.pickPackPerOrder = pickPackPerOrder;
        this.pickPackPerUnit = pickPackPerUnit;
        this.storagePerUnitPerMonth = storagePerUnitPerMonth;
        this.expectedStorageMonths = expectedStorageMonths;
        this.lastMileCardIds = List.copyOf(lastMileCardIds);
        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.pickPackOrderMinor = dec(pickPackPerOrder).movePointRight(fractionDigits)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        this.perUnitMicroMinor = dec(pickPackPerUnit).add(dec(storagePerUnitPerMonth).multiply(expectedStorageMonths))
                .movePointRight(fractionDigits + 6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal dec(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    boolean inEffect(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }

    /** Fulfilment cost for one order of {@code units} units, in minor units of {@link #currency()}. */
    long fulfilmentMinor(long units) {
        long product = RateCard.satMul(perUnitMicroMinor, units);
        return RateCard.satAdd(pickPackOrderMinor, product == RateCard.SATURATED ? product
                : RateCard.divHalfUp(product, 1_000_000));
    }

    public String id() { return id; }
    public String name() { return name; }
    /** {@link ShippingMode#OVERSEAS_WAREHOUSE} or {@link ShippingMode#MARKETPLACE_FULFILMENT}. */
    public ShippingMode mode() { return mode; }
    public CountryCode country() { return country; }
    public CurrencyUnit currency() { return currency; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public Optional<LocalDate> effectiveUntil() { return Optional.ofNullable(effectiveUntil); }
    public String source() { return source; }
    public String version() { return version; }
    public MonetaryAmount pickPackPerOrder() { return pickPackPerOrder; }
    public MonetaryAmount pickPackPerUnit() { return pickPackPerUnit; }
    public MonetaryAmount storagePerUnitPerMonth() { return storagePerUnitPerMonth; }
    /** How many months a unit is expected to sit in stock before it sells (the host's estimate). */
    public BigDecimal expectedStorageMonths() { return expectedStorageMonths; }
    /** Ids of the rate cards that deliver from this warehouse (same mode, origin = warehouse country). */
    public List<String> lastMileCardIds() { return lastMileCardIds; }

    @Override
    public String toString() {
        return "Warehouse[" + id + " " + mode + " " + country + ", v" + version + "]";
    }
}
