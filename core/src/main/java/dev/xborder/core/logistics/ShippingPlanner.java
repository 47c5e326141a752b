package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.XborderException;
import dev.xborder.core.landed.LandedCostEstimator;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.money.DatedRate;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.Incoterm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Prices every way an order can travel and ranks the feasible ones. Immutable and thread-safe:
 * build once with the rate cards, and optionally a {@link LandedCostEstimator} (duty, tax and fees
 * for direct modes; without one the planner plans freight only) and a {@link CurrencyConverter}
 * (needed when a card, warehouse, stock position or quote is in another currency than the plan).
 *
 * <p>For every direct card (postal, express, line-haul) and every warehouse with each of its
 * last-mile cards, {@link #plan(PlanRequest, SelectionPolicy)} checks feasibility (effective
 * dates, origin and destination served, forbidden goods, tracking, DDP, stock, weight and size
 * limits), packs the units (one parcel, or when that exceeds the card's limits, first-fit
 * decreasing on chargeable weight into several), prices freight, fuel and remote-area surcharges,
 * adds fulfilment and import charges, estimates delivery from the cut-off and working days, then
 * checks deadline and budget. It never throws for an infeasible order; it throws
 * {@link InvalidInputException} only for bad arguments.
 */
public final class ShippingPlanner {
    /** The clock used when none is given. */
    public static final Clock DEFAULT_CLOCK = Clock.systemUTC();

    private final RateCards rateCards;
    private final LandedCostEstimator estimator;
    private final CurrencyConverter converter;
    private final Clock clock;
    private final List<List<RateCard>> directCards;
    private final List<WarehouseEntry> warehouseEntries;

    private record WarehouseEntry(String id, List<Warehouse> versions, List<String> cardIds) {
    }

    private ShippingPlanner(Builder b) {
        this.rateCards = b.rateCards;
        this.estimator = b.estimator;
        this.converter = b.converter;
        this.clock = b.clock;
        List<List<RateCard>> direct = new ArrayList<>();
        for (List<RateCard> versions : rateCards.cardsById().values()) {
            if (versions.get(0).mode().direct()) {
                direct.add(versions);
            }
        }
        this.directCards = List.copyOf(direct);
        List<WarehouseEntry> wh = new ArrayList<>();
        rateCards.warehousesById().forEach((id, versions) -> {
            java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
            versions.forEach(v -> ids.addAll(v.lastMileCardIds()));
            wh.add(new WarehouseEntry(id, versions, List.copyOf(ids)));
        });
        this.warehouseEntries = List.copyOf(wh);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RateCards rateCards() { return rateCards; }
    public Optional<LandedCostEstimator> estimator() { return Optional.ofNullable(estimator); }
    public Optional<CurrencyConverter> converter() { return Optional.ofNullable(converter); }

    /**
     * Plans a shipment.
     *
     * @return the ranked feasible options and every exclusion with reasons; never null
     * @throws InvalidInputException if an argument is null, or a stock position names an unknown
     *         warehouse or a country other than the warehouse's
     */
    public ShippingPlan plan(PlanRequest request, SelectionPolicy policy) {
        Checks.notNull(request, "request");
        Checks.notNull(policy, "policy");
        Ctx ctx = new Ctx(request);
        List<ShippingOption> options = new ArrayList<>();
        List<ExcludedOption> excluded = new ArrayList<>();
        for (List<RateCard> versions : directCards) {
            Optional<RateCard> card = RateCards.inEffect(versions, request.shipDate());
            if (card.isEmpty()) {
                excluded.add(notInEffect(versions.get(0), null, request.shipDate()));
            } else {
                evaluate(ctx, card.get(), null, options, excluded);
            }
        }
        for (WarehouseEntry we : warehouseEntries) {
            Warehouse wh = null;
            for (Warehouse v : we.versions()) {
                if (v.inEffect(request.shipDate())) {
                    wh = v;
                }
            }
            for (String cardId : we.cardIds()) {
                List<RateCard> versions = rateCards.cardsById().get(cardId);
                Optional<RateCard> card = RateCards.inEffect(versions, request.shipDate());
                if (wh == null) {
                    RateCard any = card.orElse(versions.get(0));
                    excluded.add(new ExcludedOption(any.mode(), any.carrier(), any.service(), any.id(), we.id(),
                            List.of(Exclusion.of(ExclusionReason.CARD_NOT_IN_EFFECT, "warehouse tariff \"" + we.id()
                                    + "\" has no version in effect on " + request.shipDate()))));
                } else if (!wh.lastMileCardIds().contains(cardId)) {
                    continue;
                } else if (card.isEmpty()) {
                    excluded.add(notInEffect(versions.get(0), we.id(), request.shipDate()));
                } else {
                    evaluate(ctx, card.get(), wh, options, excluded);
                }
            }
        }
        if (policy.kind() == SelectionPolicy.Kind.PARETO) {
            List<ShippingOption> front = new ArrayList<>();
            for (ShippingOption o : options) {
                ShippingOption dominator = null;
                for (ShippingOption p : options) {
                    if (p != o && dominates(p, o)) {
                        dominator = p;
                        break;
                    }
                }
                if (dominator == null) {
                    front.add(o);
                } else {
                    excluded.add(new ExcludedOption(o.mode(), o.carrier(), o.service(), o.cardId(),
                            o.warehouseId().orElse(null), List.of(Exclusion.of(ExclusionReason.DOMINATED,
                            "costs " + o.cost().total() + " with latest delivery " + o.delivery().latest()
                                    + "; " + dominator.carrier() + " / " + dominator.service()
                                    + dominator.warehouseId().map(w -> " @ " + w).orElse("") + " costs "
                                    + dominator.cost().total() + " with latest delivery " + dominator.delivery().latest()))));
                }
            }
            options = front;
        }
        options.sort(policy.order());
        return new ShippingPlan(policy, request.currency(), options, excluded);
    }

    /** Whether {@code a} is at least as cheap and as fast as {@code b} and strictly better in one. */
    static boolean dominates(ShippingOption a, ShippingOption b) {
        int cost = a.totalNumber.compareTo(b.totalNumber);
        int time = a.delivery().latest().compareTo(b.delivery().latest());
        return cost <= 0 && time <= 0 && (cost < 0 || time < 0);
    }

    private static ExcludedOption notInEffect(RateCard any, String warehouseId, LocalDate date) {
        return new ExcludedOption(any.mode(), any.carrier(), any.service(), any.id(), warehouseId,
                List.of(Exclusion.of(ExclusionReason.CARD_NOT_IN_EFFECT, "no version of card \"" + any.id()
                        + "\" is in effect on " + date)));
    }

    // ------------------------------------------------------------------ evaluation

    private void evaluate(Ctx ctx, RateCard card, Warehouse wh, List<ShippingOption> options,
                          List<ExcludedOption> excluded) {
        PlanRequest req = ctx.request;
        List<Exclusion> reasons = new ArrayList<>(2);
        if (wh == null && !card.servesOrigin(req.origin())) {
            reasons.add(Exclusion.of(ExclusionReason.ORIGIN_NOT_SERVED, "the card does not pick up in " + req.origin()));
        }
        if (!card.servesDestination(ctx.destCountry)) {
            reasons.add(Exclusion.of(ExclusionReason.DESTINATION_NOT_SERVED, "the card does not deliver to " + ctx.destCountry));
        }
        long forbidden = card.forbiddenMask & ctx.flagMask;
        if (forbidden != 0) {
            for (GoodsFlag f : GoodsFlag.values()) {
                if ((forbidden & (1L << f.ordinal())) != 0) {
                    reasons.add(new Exclusion(ExclusionReason.GOODS_NOT_ALLOWED, f + f.unNumber().map(u -> " (" + u + ")").orElse("")
                            + " is forbidden on this service; carried by " + ctx.skusWith(f), f, null));
                }
            }
        }
        ServiceNeeds needs = req.needs();
        if (needs.trackedRequired() && !card.tracked()) {
            reasons.add(Exclusion.of(ExclusionReason.NOT_TRACKED, "tracking is required and the service is untracked"));
        }
        if (needs.ddpRequired() && wh == null && !card.ddpCapable()) {
            reasons.add(Exclusion.of(ExclusionReason.NOT_DDP_CAPABLE, "DDP is required and the service cannot deliver duty paid"));
        }
        List<Map<Sku, List<StockPosition>>> lots = null;
        if (wh != null) {
            Map<Sku, List<StockPosition>> whStock = ctx.stock.getOrDefault(wh.id(), Map.of());
            for (PlanLine l : req.lines()) {
                long have = 0;
                for (StockPosition s : whStock.getOrDefault(l.sku(), List.of())) {
                    have += s.quantity();
                }
                if (have < l.quantity()) {
                    reasons.add(new Exclusion(ExclusionReason.NO_STOCK, "warehouse " + wh.id() + " holds " + have + " of "
                            + l.sku() + ", the order needs " + l.quantity(), null, l.sku()));
                }
            }
        }
        // unit-level limits: a unit that does not fit alone cannot be helped by splitting
        for (int i = 0; i < ctx.n; i++) {
            if (ctx.unitG[i] > card.maxWeightG) {
                reasons.add(new Exclusion(ExclusionReason.TOO_HEAVY, "one unit of " + ctx.sku(i) + " weighs "
                        + kg(ctx.unitG[i]) + " kg, above the card's maximum of " + card.maxWeightKg().toPlainString() + " kg",
                        null, ctx.sku(i)));
            }
            long[] d = ctx.dims[i];
            String size = sizeProblem(card, d[0], d[0] + d[1] + d[2], d[0] + 2 * (d[1] + d[2]));
            if (size != null) {
                reasons.add(new Exclusion(ExclusionReason.TOO_LARGE, "one unit of " + ctx.sku(i) + ": " + size, null, ctx.sku(i)));
            }
        }
        if (!reasons.isEmpty()) {
            excluded.add(new ExcludedOption(card.mode(), card.carrier(), card.service(), card.id(),
                    wh == null ? null : wh.id(), reasons));
            return;
        }

        // ---- pack ----
        List<Bag> bags;
        boolean split = false;
        Bag all = ctx.all;
        if (card.maxWeightG >= all.g && sizeProblem(card, all.longest(), all.sum(), all.girth()) == null) {
            bags = List.of(all);
        } else {
            bags = ctx.firstFitDecreasing(card);
            split = bags.size() > 1;
        }

        // ---- price in card currency (minor units) ----
        int np = bags.size();
        long[] charge = new long[np];
        long[] base = new long[np];
        long[] fuel = new long[np];
        long[] remote = new long[np];
        long baseSum = 0, fuelSum = 0, remoteSum = 0, chargeSum = 0;
        long remotePerParcel = card.remoteMinor(ctx.destCountry, ctx.postalCode);
        for (int k = 0; k < np; k++) {
            Bag b = bags.get(k);
            charge[k] = card.chargeableGrams(b.g, b.vol);
            base[k] = card.baseFreightMinor(charge[k]);
            fuel[k] = card.fuelMinor(base[k]);
            remote[k] = remotePerParcel;
            baseSum = RateCard.satAdd(baseSum, base[k]);
            fuelSum = RateCard.satAdd(fuelSum, fuel[k]);
            remoteSum = RateCard.satAdd(remoteSum, remote[k]);
            chargeSum += charge[k];
        }

        // ---- delivery ----
        java.time.LocalDateTime now = ctx.localNow(card.cutOffZone());
        LocalDate readyDate;
        LocalTime readyTime;
        LocalDate today = now.toLocalDate();
        if (today.isBefore(req.shipDate())) {
            readyDate = req.shipDate();
            readyTime = null;
        } else {
            readyDate = today;
            readyTime = now.toLocalTime();
        }
        LocalDate dispatch = card.calendar.dispatch(readyDate, readyTime, card.cutOffTime());
        DeliveryWindow window = new DeliveryWindow(dispatch, card.calendar.plusWorkingDays(dispatch, card.transitDaysMin()),
                card.calendar.plusWorkingDays(dispatch, card.transitDaysMax()));

        // ---- money in plan currency (exact decimals; MonetaryAmounts are made on access) ----
        CurrencyUnit cur = req.currency();
        List<String> notes = new ArrayList<>(2);
        Incoterm incoterm = wh != null || needs.ddpRequired() ? Incoterm.DDP : Incoterm.DAP;
        BigDecimal freight, fuelAmt, remoteAmt, fulfilment, duty, tax, fees;
        List<PlannedParcel> parcels = new ArrayList<>(np);
        boolean landed;
        try {
            freight = toPlan(ctx, baseSum, card.currency(), card.fractionDigits, notes);
            fuelAmt = toPlan(ctx, fuelSum, card.currency(), card.fractionDigits, notes);
            remoteAmt = toPlan(ctx, remoteSum, card.currency(), card.fractionDigits, notes);
            BigDecimal[] parcelFreight = new BigDecimal[np];
            for (int k = 0; k < np; k++) {
                parcelFreight[k] = np == 1 ? freight.add(fuelAmt).add(remoteAmt)
                        : toPlan(ctx, RateCard.satAdd(RateCard.satAdd(base[k], fuel[k]), remote[k]), card.currency(),
                                card.fractionDigits, null);
                Bag b = bags.get(k);
                parcels.add(new PlannedParcel(b == all ? ctx.allContents : ctx.contents(b), b.g,
                        card.volumetricGrams(b.vol), charge[k], cur, parcelFreight[k]));
            }
            if (wh == null) {
                fulfilment = BigDecimal.ZERO;
                duty = tax = fees = BigDecimal.ZERO;
                if (estimator == null) {
                    landed = false;
                    notes.add("freight only: no landed-cost estimator configured, duty, tax and fees not estimated");
                } else {
                    for (int k = 0; k < np; k++) {
                        LandedCostQuote q = quote(ctx, bags.get(k), parcelFreight[k], incoterm, card.entersAs().orElse(null));
                        duty = duty.add(convert(ctx, q.totals().duty(), notes));
                        tax = tax.add(convert(ctx, q.totals().tax(), notes));
                        fees = fees.add(convert(ctx, q.totals().fees(), notes));
                        quoteNotes(q, notes);
                    }
                    landed = true;
                    if (card.entersAs().isEmpty()) {
                        notes.add("line-haul: how the consolidated parcels cross the border (post, courier, air or sea"
                                + " cargo) is not known (the card has no entersAs), so rules that depend on the transport"
                                + " mode are not applied (the quote's lines say TRANSPORT_MODE_MISSING where one would"
                                + " have applied)");
                    }
                    if (np > 1) {
                        notes.add("duty and tax quoted per parcel: each parcel is imported as its own consignment");
                    }
                }
            } else {
                fulfilment = toPlan(ctx, wh.fulfilmentMinor(req.totalUnits()), wh.currency(), wh.fractionDigits, notes);
                BigDecimal[] allocated = allocated(ctx, wh, notes);
                duty = allocated[0];
                tax = allocated[1];
                fees = BigDecimal.ZERO;
                landed = true;
                notes.add("shipped from stock imported in bulk into " + wh.id() + " (" + wh.country()
                        + "): no B2C import charges; duty and tax shown are those allocated to the units at bulk import");
            }
        } catch (ConversionFailure e) {
            excluded.add(new ExcludedOption(card.mode(), card.carrier(), card.service(), card.id(),
                    wh == null ? null : wh.id(), List.of(Exclusion.of(ExclusionReason.CONVERSION_UNAVAILABLE, e.getMessage()))));
            return;
        } catch (XborderException e) {
            excluded.add(new ExcludedOption(card.mode(), card.carrier(), card.service(), card.id(),
                    wh == null ? null : wh.id(), List.of(Exclusion.of(ExclusionReason.LANDED_COST_UNAVAILABLE,
                    e.code() + ": " + e.getMessage()))));
            return;
        }
        CostBreakdown cost = new CostBreakdown(cur, freight, fuelAmt, remoteAmt, fulfilment, duty, tax, fees);
        BigDecimal total = cost.totalNumber();
        if (split) {
            notes.add(0, "split into " + np + " parcels: one parcel of " + kg(all.g) + " kg exceeds the card's limits");
        }

        // ---- needs that depend on price and time ----
        if (ctx.deadline != null && window.latest().isAfter(ctx.deadline)) {
            reasons.add(Exclusion.of(ExclusionReason.DEADLINE_MISSED, "latest estimated delivery " + window.latest()
                    + " (dispatch " + window.dispatch() + ", " + card.transitDaysMin() + "-" + card.transitDaysMax()
                    + " working days) is after the deadline " + ctx.deadline));
        }
        if (ctx.budget != null && total.compareTo(ctx.budget) > 0) {
            reasons.add(Exclusion.of(ExclusionReason.OVER_BUDGET, "total " + cur.getCurrencyCode() + " "
                    + total.toPlainString() + " is above the budget " + needs.maxBudget().get()));
        }
        if (!reasons.isEmpty()) {
            excluded.add(new ExcludedOption(card.mode(), card.carrier(), card.service(), card.id(),
                    wh == null ? null : wh.id(), reasons));
            return;
        }
        options.add(new ShippingOption(card.mode(), card.carrier(), card.service(), card.id(), card.version(),
                wh == null ? null : wh.id(), parcels, split, Weight.kg(kg(chargeSum)), cost, window, incoterm,
                card.tracked(), landed, notes));
    }

    private static String sizeProblem(RateCard card, long longest, long sum, long girth) {
        if (longest > card.maxLongestMm) {
            return "longest side " + cm(longest) + " cm is above the maximum " + card.maxLongestSideCm().orElseThrow().toPlainString() + " cm";
        }
        if (sum > card.maxSumMm) {
            return "length + width + height " + cm(sum) + " cm is above the maximum " + card.maxSumOfSidesCm().orElseThrow().toPlainString() + " cm";
        }
        if (girth > card.maxGirthMm) {
            return "length + girth " + cm(girth) + " cm is above the maximum " + card.maxLengthPlusGirthCm().orElseThrow().toPlainString() + " cm";
        }
        return null;
    }

    private static boolean fits(RateCard card, Bag b) {
        return b.g <= card.maxWeightG && b.longest() <= card.maxLongestMm && b.sum() <= card.maxSumMm
                && b.girth() <= card.maxGirthMm;
    }

    private static BigDecimal kg(long grams) {
        return BigDecimal.valueOf(grams, 3);
    }

    private static BigDecimal cm(long mm) {
        return BigDecimal.valueOf(mm, 1);
    }

    /** A failed currency conversion; becomes {@link ExclusionReason#CONVERSION_UNAVAILABLE}. */
    private static final class ConversionFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ConversionFailure(String message) {
            super(message, null, false, false);
        }
    }

    private BigDecimal toPlan(Ctx ctx, long minor, CurrencyUnit from, int digits, List<String> notes)
            throws ConversionFailure {
        if (from.equals(ctx.request.currency())) {
            return BigDecimal.valueOf(minor, digits);
        }
        return convert(ctx, Money.ofMinor(from, minor), notes);
    }

    private BigDecimal convert(Ctx ctx, MonetaryAmount amount, List<String> notes) throws ConversionFailure {
        CurrencyUnit target = ctx.request.currency();
        if (amount.getCurrency().equals(target)) {
            return amount.getNumber().numberValue(BigDecimal.class);
        }
        if (converter == null) {
            throw new ConversionFailure("an amount in " + amount.getCurrency() + " needs converting to " + target
                    + " and no currency converter is configured");
        }
        if (converter instanceof ExchangeRates er) {
            CurrencyUnit from = amount.getCurrency();
            DatedRate rate = ctx.rates.get(from);
            if (rate == null) {
                try {
                    rate = er.rate(from, target, ctx.request.shipDate());
                } catch (ConversionUnavailableException e) {
                    throw new ConversionFailure(e.getMessage());
                }
                ctx.rates.put(from, rate);
                ctx.rateNotes.put(from, "converted " + from + " to " + target + " at " + rate.rate().toPlainString()
                        + " (" + rate.source() + ", rate of " + rate.rateDate() + ")");
            }
            if (notes != null) {
                String note = ctx.rateNotes.get(from);
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
            // the same number as convert's result read back from its Money (which strips trailing zeros)
            return rate.convert(amount.getNumber().numberValue(BigDecimal.class)).stripTrailingZeros();
        }
        try {
            dev.xborder.core.money.Conversion c = converter.convert(amount, target, ctx.request.shipDate());
            if (notes != null) {
                String note = "converted " + amount.getCurrency() + " to " + target + " at " + c.rate().toPlainString()
                        + " (" + c.rateSource() + ", rate of " + c.rateDate() + ")";
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
            return c.result().getNumber().numberValue(BigDecimal.class);
        } catch (ConversionUnavailableException e) {
            throw new ConversionFailure(e.getMessage());
        }
    }

    private record QuoteKey(BigDecimal shipping, Incoterm incoterm, TransportMode mode) {
    }

    /**
     * The quote of the whole consignment for one shipping amount and incoterm, asked once per plan:
     * options of different cards with the same freight share it (a request is fully determined by
     * the plan, the bag, the shipping amount and the incoterm). Parcels of a split are asked each time.
     */
    private LandedCostQuote quote(Ctx ctx, Bag bag, BigDecimal shipping, Incoterm incoterm, TransportMode mode) {
        if (bag != ctx.all) {
            return quote(ctx, bag, Money.of(shipping, ctx.request.currency()), incoterm, mode);
        }
        QuoteKey key = new QuoteKey(shipping, incoterm, mode);
        LandedCostQuote q = ctx.quotes.get(key);
        if (q == null) {
            q = quote(ctx, bag, Money.of(shipping, ctx.request.currency()), incoterm, mode);
            ctx.quotes.put(key, q);
        }
        return q;
    }

    private LandedCostQuote quote(Ctx ctx, Bag bag, MonetaryAmount shipping, Incoterm incoterm, TransportMode mode) {
        PlanRequest req = ctx.request;
        QuoteRequest.Builder qb = QuoteRequest.builder().date(req.shipDate()).origin(req.origin())
                .destination(req.destination()).currency(req.currency()).incoterm(incoterm).channel(req.channel())
                .registrations(req.registrations()).shipping(shipping).explain(false);
        if (mode != null) {
            qb.transportMode(mode);
        }
        for (int i = 0; i < ctx.n; i++) {
            if (bag.qty[i] > 0) {
                PlanLine l = req.lines().get(i);
                qb.line(new QuoteLine(l.sku(), l.hsCode(), l.originCountry(), bag.qty[i], l.unitValue(), l.taxCategory(),
                        l.unitWeight()));
            }
        }
        LandedCostQuote q = estimator.quote(qb.build());
        if (q == null) {
            throw new XborderException(ErrorCode.NO_APPLICABLE_RULE, "the estimator returned no quote");
        }
        return q;
    }

    /**
     * What the quote could not determine (line issues such as {@code NO_DUTY_RATE}: its duty or tax is then missing
     * from the option's cost, not zero) and its advisories (charges the rules know of but do not model), as notes of
     * the option, each once.
     */
    private static void quoteNotes(LandedCostQuote q, List<String> notes) {
        if (q.advisories().isEmpty() && !anyIssue(q)) {
            return;
        }
        for (var line : q.lines()) {
            for (String issue : line.issues()) {
                String note = "landed cost, line " + line.sku().value() + ": " + issue;
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }
        for (var a : q.advisories()) {
            String note = "advisory " + a.code() + " (" + a.ruleId() + "): " + a.message();
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
    }

    private static boolean anyIssue(LandedCostQuote q) {
        List<LineResult> lines = q.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).issues().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Duty and tax allocated to the units taken from the warehouse's lots, first lot first. */
    private BigDecimal[] allocated(Ctx ctx, Warehouse wh, List<String> notes) throws ConversionFailure {
        BigDecimal duty = BigDecimal.ZERO, tax = BigDecimal.ZERO;
        Map<Sku, List<StockPosition>> whStock = ctx.stock.getOrDefault(wh.id(), Map.of());
        boolean any = false;
        for (PlanLine l : ctx.request.lines()) {
            int left = l.quantity();
            for (StockPosition s : whStock.getOrDefault(l.sku(), List.of())) {
                if (left == 0) {
                    break;
                }
                int take = Math.min(left, s.quantity());
                left -= take;
                if (take > 0 && s.allocatedDutyPerUnit() != null) {
                    duty = duty.add(convert(ctx, s.allocatedDutyPerUnit().multiply(take), notes));
                    any = true;
                }
                if (take > 0 && s.allocatedTaxPerUnit() != null) {
                    tax = tax.add(convert(ctx, s.allocatedTaxPerUnit().multiply(take), notes));
                    any = true;
                }
            }
        }
        if (!any) {
            notes.add("no allocated import duty or tax given in the stock positions");
        }
        return new BigDecimal[] {duty, tax};
    }

    // ------------------------------------------------------------------ per-request context

    /** A bag of units (one parcel) with its weight and a box estimate. */
    static final class Bag {
        // package-private for tests of ceilSqrt
        final int[] qty;
        long g;
        long vol;
        long maxA;
        long maxB;
        long maxC;
        int units;
        private long[] box;

        Bag(int lines) {
            qty = new int[lines];
        }

        void add(int line, long unitG, long[] d, long unitVol) {
            qty[line]++;
            g += unitG;
            vol += unitVol;
            maxA = Math.max(maxA, d[0]);
            maxB = Math.max(maxB, d[1]);
            maxC = Math.max(maxC, d[2]);
            units++;
            box = null;
        }

        private long[] box() {
            if (box == null) {
                box = estimate();
            }
            return box;
        }

        private long[] estimate() {
            if (units <= 1) {
                return new long[] {maxA, maxB, maxC};
            }
            long l = maxA;
            long w = Math.max(maxB, ceilSqrt(RateCard.ceilDiv(vol, l)));
            long h = Math.max(maxC, RateCard.ceilDiv(vol, l * w));
            long[] s = {l, w, h};
            Arrays.sort(s);
            return new long[] {s[2], s[1], s[0]};
        }

        /** The smallest r with r * r >= x, in integers. */
        static long ceilSqrt(long x) {
            if (x <= 1) {
                return x;
            }
            long r = java.math.BigInteger.valueOf(x).sqrt().longValueExact();
            return r * r < x ? r + 1 : r;
        }

        long longest() {
            return box()[0];
        }

        long sum() {
            long[] b = box();
            return b[0] + b[1] + b[2];
        }

        long girth() {
            long[] b = box();
            return b[0] + 2 * (b[1] + b[2]);
        }
    }

    private final class Ctx {
        final PlanRequest request;
        final int n;
        final long[] unitG;
        final long[][] dims;
        final long[] unitVol;
        final long flagMask;
        final Bag all;
        final dev.xborder.core.geo.CountryCode destCountry;
        final String postalCode;
        final LocalDate deadline;
        final java.time.Instant now;
        final Map<String, Map<Sku, List<StockPosition>>> stock;
        final Map<Sku, Integer> allContents;
        final BigDecimal budget;
        /** Quotes of the whole consignment in this plan, by (shipping amount, incoterm): options share them. */
        final Map<QuoteKey, LandedCostQuote> quotes = new HashMap<>();
        /** Rates into the plan currency on the ship date, by source currency (with ExchangeRates only). */
        final Map<CurrencyUnit, DatedRate> rates = new HashMap<>();
        /** The note naming each rate in {@link #rates}. */
        final Map<CurrencyUnit, String> rateNotes = new HashMap<>();
        private java.time.ZoneId lastZone;
        private java.time.LocalDateTime lastLocal;

        Ctx(PlanRequest r) {
            this.request = r;
            this.n = r.lines().size();
            unitG = new long[n];
            dims = new long[n][];
            unitVol = new long[n];
            long mask = 0;
            all = new Bag(n);
            for (int i = 0; i < n; i++) {
                PlanLine l = r.lines().get(i);
                unitG[i] = l.unitWeight().kilograms().movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
                long[] d = {mmCeil(l.unitDimensions().lengthCm()), mmCeil(l.unitDimensions().widthCm()),
                        mmCeil(l.unitDimensions().heightCm())};
                Arrays.sort(d);
                dims[i] = new long[] {d[2], d[1], d[0]};
                unitVol[i] = d[0] * d[1] * d[2];
                for (GoodsFlag f : l.flags()) {
                    mask |= 1L << f.ordinal();
                }
                for (int q = 0; q < l.quantity(); q++) {
                    all.add(i, unitG[i], dims[i], unitVol[i]);
                }
            }
            flagMask = mask;
            destCountry = r.destination().country();
            postalCode = r.destination().postalCode() == null ? null
                    : RemoteAreaSurcharge.normalise(r.destination().postalCode());
            deadline = r.needs().deadline(r.shipDate()).orElse(null);
            now = clock.instant();
            Map<String, Map<Sku, List<StockPosition>>> s = new HashMap<>();
            for (int i = 0; i < r.stock().size(); i++) {
                StockPosition p = r.stock().get(i);
                List<Warehouse> versions = rateCards.warehousesById().get(p.warehouseId());
                if (versions == null) {
                    throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "request.stock[" + i + "].warehouseId",
                            p.warehouseId(), "no warehouse with this id is loaded", null);
                }
                if (!versions.get(0).country().equals(p.country())) {
                    throw new InvalidInputException("request.stock[" + i + "].country", p.country(),
                            "warehouse " + p.warehouseId() + " is in " + versions.get(0).country());
                }
                s.computeIfAbsent(p.warehouseId(), k -> new HashMap<>())
                        .computeIfAbsent(p.sku(), k -> new ArrayList<>()).add(p);
            }
            stock = s;
            allContents = contents(all);
            budget = r.needs().maxBudget().map(m -> m.getNumber().numberValue(BigDecimal.class)).orElse(null);
        }

        /** "Now" in a zone; the last zone is cached since most cards of a plan share a few zones. */
        java.time.LocalDateTime localNow(java.time.ZoneId zone) {
            if (!zone.equals(lastZone)) {
                lastLocal = java.time.LocalDateTime.ofInstant(now, zone);
                lastZone = zone;
            }
            return lastLocal;
        }

        private long mmCeil(BigDecimal cm) {
            return cm.movePointRight(1).setScale(0, RoundingMode.CEILING).longValueExact();
        }

        Sku sku(int i) {
            return request.lines().get(i).sku();
        }

        String skusWith(GoodsFlag f) {
            StringBuilder sb = new StringBuilder();
            for (PlanLine l : request.lines()) {
                if (l.flags().contains(f)) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(l.sku());
                }
            }
            return sb.toString();
        }

        Map<Sku, Integer> contents(Bag b) {
            Map<Sku, Integer> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (b.qty[i] > 0) {
                    m.put(sku(i), b.qty[i]);
                }
            }
            return java.util.Collections.unmodifiableMap(m);
        }

        /**
         * First-fit decreasing: units in decreasing order of their own chargeable weight on this
         * card (ties: line order), each into the first parcel it still fits, else a new parcel.
         * Every unit fits alone (checked before).
         */
        List<Bag> firstFitDecreasing(RateCard card) {
            Integer[] order = new Integer[n];
            long[] unitCharge = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                unitCharge[i] = card.chargeableGrams(unitG[i], unitVol[i]);
            }
            Arrays.sort(order, (a, b) -> unitCharge[a] != unitCharge[b] ? Long.compare(unitCharge[b], unitCharge[a])
                    : Integer.compare(a, b));
            List<Bag> bags = new ArrayList<>();
            for (int i : order) {
                int qty = request.lines().get(i).quantity();
                for (int q = 0; q < qty; q++) {
                    boolean placed = false;
                    for (Bag b : bags) {
                        Bag trial = copy(b);
                        trial.add(i, unitG[i], dims[i], unitVol[i]);
                        if (fits(card, trial)) {
                            b.add(i, unitG[i], dims[i], unitVol[i]);
                            placed = true;
                            break;
                        }
                    }
                    if (!placed) {
                        Bag b = new Bag(n);
                        b.add(i, unitG[i], dims[i], unitVol[i]);
                        bags.add(b);
                    }
                }
            }
            return bags;
        }

        private Bag copy(Bag b) {
            Bag c = new Bag(n);
            System.arraycopy(b.qty, 0, c.qty, 0, n);
            c.g = b.g;
            c.vol = b.vol;
            c.maxA = b.maxA;
            c.maxB = b.maxB;
            c.maxC = b.maxC;
            c.units = b.units;
            return c;
        }
    }

    /** Builder for {@link ShippingPlanner}. */
    public static final class Builder {
        private RateCards rateCards;
        private LandedCostEstimator estimator;
        private CurrencyConverter converter;
        private Clock clock = DEFAULT_CLOCK;

        private Builder() {
        }

        /** The cards and warehouses to plan with (required). */
        public Builder rateCards(RateCards rateCards) {
            this.rateCards = Checks.notNull(rateCards, "rateCards");
            return this;
        }

        /** Duty, tax and fees for direct modes; without one the planner plans freight only. */
        public Builder estimator(LandedCostEstimator estimator) {
            this.estimator = Checks.notNull(estimator, "estimator");
            return this;
        }

        /** Converts amounts in other currencies into the plan currency at the ship date's rate. */
        public Builder converter(CurrencyConverter converter) {
            this.converter = Checks.notNull(converter, "converter");
            return this;
        }

        /** "Now", for cut-off times; {@link #DEFAULT_CLOCK} unless given. */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        public ShippingPlanner build() {
            if (rateCards == null) {
                throw new InvalidInputException("rateCards", null, "required");
            }
            return new ShippingPlanner(this);
        }
    }
}
