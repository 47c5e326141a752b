package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.NoApplicableRuleException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.landed.LandedCostEstimator;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.Sku;
import dev.xborder.core.trade.Incoterm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippingPlannerTest {
    /** Monday. */
    static final LocalDate MON = LocalDate.of(2026, 7, 6);
    /** Monday 09:00 in Shanghai, 03:00 in Berlin. */
    static final String MON_MORNING = "2026-07-06T01:00:00Z";

    static ShippingPlanner planner(String clock) {
        return ShippingPlanner.builder().rateCards(samples()).estimator(new FakeEuEstimator())
                .converter(FixedRates.cnyEur()).clock(clockAt(clock)).build();
    }

    static StockPosition stock(String warehouse, String sku, int qty) {
        return new StockPosition(warehouse, DE, Sku.of(sku), qty, eur("1.40"), eur("26.60"));
    }

    static PlanLine jacket() {
        return line("JACKET", 1, "0.3", "30", "20", "5", "140.00");
    }

    static ShippingOption option(ShippingPlan plan, String cardId) {
        return plan.options().stream().filter(o -> o.cardId().equals(cardId)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + cardId + "; excluded: " + plan.excluded()));
    }

    static ExcludedOption excluded(ShippingPlan plan, String cardId) {
        return plan.excluded().stream().filter(o -> o.cardId().equals(cardId)).findFirst()
                .orElseThrow(() -> new AssertionError("not excluded: " + cardId + "; options: " + plan.options()));
    }

    @Test
    void everyModeIsPricedWhenStockAndRoutesAllow() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket())
                .stock(stock("sample-wh-de", "JACKET", 5)).stock(stock("sample-fba-de", "JACKET", 5)).build(),
                SelectionPolicy.cheapest());
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.options().stream().map(ShippingOption::mode).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ShippingMode.class));
        assertThat(plan.excluded()).isEmpty();
        assertThat(plan.currency()).isEqualTo(EUR);
        assertThat(plan.options()).allSatisfy(o -> {
            assertThat(o.cost().currency()).isEqualTo(EUR);
            assertThat(o.cost().total()).isEqualTo(o.cost().freight().add(o.cost().surcharges()).add(o.cost().fulfilment())
                    .add(o.cost().duty()).add(o.cost().tax()).add(o.cost().fees()));
            assertThat(o.landedCostIncluded()).isTrue();
        });
    }

    @Test
    void postalPricesPerGramPlusAParcelFee() {
        ShippingOption postal = option(planner(MON_MORNING).plan(request(MON, jacket()).build(), SelectionPolicy.cheapest()),
                "sample-postal-cn-eu");
        // 0.300 kg x 9.80 + 2.60
        assertThat(postal.cost().freight()).isEqualTo(eur("5.54"));
        assertThat(postal.chargeableWeight().kilograms()).isEqualByComparingTo("0.3");
        assertThat(postal.incoterm()).isEqualTo(Incoterm.DAP);
        assertThat(postal.tracked()).isTrue();
    }

    @Test
    void volumetricWeightIsChargedWhenItExceedsActualWeight() {
        // 30 x 20 x 5 cm = 3000 cm3 / 5000 = 0.6 kg volumetric > 0.3 kg actual, rounded up to 1.0 kg
        ShippingOption express = option(planner(MON_MORNING).plan(request(MON, jacket()).build(), SelectionPolicy.cheapest()),
                "sample-express-cn-world");
        PlannedParcel p = express.parcels().get(0);
        assertThat(p.actualWeight().kilograms()).isEqualByComparingTo("0.3");
        assertThat(p.volumetricWeight().kilograms()).isEqualByComparingTo("0.6");
        assertThat(p.chargeableWeight().kilograms()).isEqualByComparingTo("1.0");
        assertThat(express.cost().freight()).isEqualTo(eur("45.50"));
    }

    @Test
    void actualWeightIsChargedWhenItExceedsVolumetricWeight() {
        // 10 x 10 x 10 cm = 0.2 kg volumetric < 1.2 kg actual, rounded up to 1.5 kg
        PlanLine dense = line("DENSE", 1, "1.2", "10", "10", "10", "50.00");
        ShippingOption express = option(planner(MON_MORNING).plan(request(MON, dense).build(), SelectionPolicy.cheapest()),
                "sample-express-cn-world");
        assertThat(express.chargeableWeight().kilograms()).isEqualByComparingTo("1.5");
        assertThat(express.parcels().get(0).volumetricWeight().kilograms()).isEqualByComparingTo("0.2");
        assertThat(express.cost().freight()).isEqualTo(eur("53.00"));
    }

    @Test
    void fuelSurchargeIsAPercentageOfBaseFreightRoundedHalfUp() {
        PlanLine dense = line("DENSE", 1, "1.2", "10", "10", "10", "50.00");
        ShippingOption express = option(planner(MON_MORNING).plan(request(MON, dense).build(), SelectionPolicy.cheapest()),
                "sample-express-cn-world");
        // 53.00 x 28.5% = 15.105 -> 15.11
        assertThat(express.cost().fuelSurcharge()).isEqualTo(eur("15.11"));
        assertThat(express.cost().remoteAreaSurcharge()).isEqualTo(eur("0.00"));
    }

    @Test
    void remoteAreaSurchargeAppliesByPostalCodeRange() {
        ShippingPlan island = planner(MON_MORNING).plan(request(MON, jacket()).destination(HELGOLAND)
                .stock(stock("sample-wh-de", "JACKET", 1)).build(), SelectionPolicy.cheapest());
        assertThat(option(island, "sample-express-cn-world").cost().remoteAreaSurcharge()).isEqualTo(eur("22.50"));
        assertThat(option(island, "sample-de-last-mile").cost().remoteAreaSurcharge()).isEqualTo(eur("3.50"));
        assertThat(option(island, "sample-postal-cn-eu").cost().remoteAreaSurcharge()).isEqualTo(eur("0"));
        ShippingPlan sylt = planner(MON_MORNING).plan(request(MON, jacket()).destination(Address.of(DE, "25980")).build(),
                SelectionPolicy.cheapest());
        assertThat(option(sylt, "sample-express-cn-world").cost().remoteAreaSurcharge()).isEqualTo(eur("22.50"));
    }

    @Test
    void cardsInAnotherCurrencyAreConvertedAndTheConversionIsNoted() {
        ShippingOption lineHaul = option(planner(MON_MORNING).plan(request(MON, jacket()).build(), SelectionPolicy.cheapest()),
                "sample-linehaul-cn-eu");
        // 0.6 kg volumetric at 6000? 3000/6000 = 0.5 kg; actual 0.3 -> 0.5 kg -> CNY 58.00 -> EUR 7.44
        assertThat(lineHaul.chargeableWeight().kilograms()).isEqualByComparingTo("0.5");
        assertThat(lineHaul.cost().freight()).isEqualTo(eur("7.44"));
        assertThat(lineHaul.notes()).anySatisfy(n -> assertThat(n).contains("converted CNY to EUR"));
    }

    @Test
    void warehouseOptionsChargeFulfilmentAndShowAllocatedImportChargesWithoutAskingTheEstimator() {
        FakeEuEstimator estimator = new FakeEuEstimator();
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).estimator(estimator)
                .clock(clockAt(MON_MORNING)).build();
        PlanRequest r = request(MON, line("JACKET", 3, "0.3", "30", "20", "5", "140.00")).destination(BERLIN)
                .stock(new StockPosition("sample-wh-de", DE, Sku.of("JACKET"), 1, eur("1.00"), null))
                .stock(new StockPosition("sample-wh-de", DE, Sku.of("JACKET"), 5, eur("2.00"), eur("5.00")))
                .build();
        ShippingPlan plan = p.plan(r, SelectionPolicy.cheapest());
        ShippingOption wh = option(plan, "sample-de-last-mile");
        assertThat(wh.mode()).isEqualTo(ShippingMode.OVERSEAS_WAREHOUSE);
        assertThat(wh.warehouseId()).contains("sample-wh-de");
        assertThat(wh.incoterm()).isEqualTo(Incoterm.DDP);
        // 1.20 per order + 3 x (0.35 + 0.40 x 1.5)
        assertThat(wh.cost().fulfilment()).isEqualTo(eur("4.05"));
        // first lot: 1 unit at 1.00 duty, no tax; second lot: 2 units at 2.00 duty and 5.00 tax
        assertThat(wh.cost().duty()).isEqualTo(eur("5.00"));
        assertThat(wh.cost().tax()).isEqualTo(eur("10.00"));
        assertThat(wh.cost().fees()).isEqualTo(eur("0"));
        // 0.9 kg -> first break (1 kg)
        assertThat(wh.cost().freight()).isEqualTo(eur("4.20"));
        assertThat(estimator.requests).noneMatch(q -> q.origin().equals(DE));
    }

    @Test
    void marketplaceFulfilmentUsesItsSizeTierTableAndStorage() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket()).stock(stock("sample-fba-de", "JACKET", 2)).build(),
                SelectionPolicy.cheapest());
        ShippingOption fba = option(plan, "sample-fba-de");
        assertThat(fba.mode()).isEqualTo(ShippingMode.MARKETPLACE_FULFILMENT);
        // volumetric 0.6 kg -> tier up to 0.9 kg
        assertThat(fba.cost().freight()).isEqualTo(eur("3.85"));
        assertThat(fba.cost().fulfilment()).isEqualTo(eur("1.40"));
    }

    // ---------------------------------------------------------------- exclusions

    @Test
    void aUnitHeavierThanTheCardAllowsIsTooHeavyNamingTheSku() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, line("ANVIL", 1, "3", "20", "20", "10", "60.00")).build(),
                SelectionPolicy.cheapest());
        ExcludedOption postal = excluded(plan, "sample-postal-cn-eu");
        assertThat(postal.reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.TOO_HEAVY);
            assertThat(e.sku()).contains(Sku.of("ANVIL"));
            assertThat(e.detail()).contains("3.000 kg").contains("2 kg");
        });
        assertThat(option(plan, "sample-express-cn-world")).isNotNull();
    }

    @Test
    void aUnitLargerThanTheCardAllowsIsTooLarge() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, line("POSTER", 1, "0.4", "70", "8", "8", "20.00")).build(),
                SelectionPolicy.cheapest());
        assertThat(excluded(plan, "sample-postal-cn-eu").reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.TOO_LARGE);
            assertThat(e.detail()).contains("longest side 70.0 cm").contains("60");
        });
    }

    @Test
    void forbiddenGoodsAreExcludedNamingTheFlagAndTheSku() {
        PlanLine powerBank = line("POWERBANK", 1, "0.3", "15", "8", "3", "25.00", GoodsFlag.LITHIUM_ION_BATTERY);
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, powerBank).build(), SelectionPolicy.cheapest());
        for (String id : List.of("sample-postal-cn-eu", "sample-express-cn-world", "sample-linehaul-cn-eu")) {
            ExcludedOption e = excluded(plan, id);
            assertThat(e.reasons()).singleElement().satisfies(x -> {
                assertThat(x.reason()).isEqualTo(ExclusionReason.GOODS_NOT_ALLOWED);
                assertThat(x.flag()).contains(GoodsFlag.LITHIUM_ION_BATTERY);
                assertThat(x.detail()).contains("UN3480").contains("POWERBANK");
            });
        }
        // a battery inside equipment (UN3481) may travel by tracked post, not untracked
        PlanLine phone = line("PHONE", 1, "0.3", "15", "8", "3", "25.00", GoodsFlag.LITHIUM_ION_IN_EQUIPMENT);
        ShippingPlan phonePlan = planner(MON_MORNING).plan(request(MON, phone).build(), SelectionPolicy.cheapest());
        assertThat(option(phonePlan, "sample-postal-cn-eu")).isNotNull();
        assertThat(excluded(phonePlan, "sample-postal-cn-eu-untracked").has(ExclusionReason.GOODS_NOT_ALLOWED)).isTrue();
    }

    @Test
    void missingStockExcludesTheWarehouseNamingSkuAndWarehouse() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket(), line("SCARF", 2, "0.1", "20", "10", "2", "10.00"))
                .stock(stock("sample-wh-de", "JACKET", 1)).stock(stock("sample-wh-de", "SCARF", 1)).build(),
                SelectionPolicy.cheapest());
        ExcludedOption wh = excluded(plan, "sample-de-last-mile");
        assertThat(wh.warehouseId()).contains("sample-wh-de");
        assertThat(wh.reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.NO_STOCK);
            assertThat(e.sku()).contains(Sku.of("SCARF"));
            assertThat(e.detail()).contains("sample-wh-de").contains("holds 1").contains("needs 2");
        });
        assertThat(excluded(plan, "sample-fba-de").reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.NO_STOCK, ExclusionReason.NO_STOCK);
    }

    @Test
    void aDeadlineExcludesServicesWhoseLatestDeliveryIsLater() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket()).stock(stock("sample-wh-de", "JACKET", 1))
                .needs(ServiceNeeds.builder().withinDays(5).build()).build(), SelectionPolicy.cheapest());
        ExcludedOption postal = excluded(plan, "sample-postal-cn-eu");
        assertThat(postal.reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.DEADLINE_MISSED);
            assertThat(e.detail()).contains("2026-07-27").contains("2026-07-11");
        });
        assertThat(plan.options()).extracting(ShippingOption::cardId)
                .containsExactlyInAnyOrder("sample-de-last-mile", "sample-express-cn-world");
        assertThat(plan.best().orElseThrow().cardId()).isEqualTo("sample-de-last-mile");
    }

    @Test
    void trackingRequiredExcludesUntrackedServices() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket())
                .needs(ServiceNeeds.builder().trackedRequired(true).build()).build(), SelectionPolicy.cheapest());
        assertThat(excluded(plan, "sample-postal-cn-eu-untracked").reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.NOT_TRACKED);
        assertThat(plan.options()).allSatisfy(o -> assertThat(o.tracked()).isTrue());
    }

    @Test
    void ddpRequiredExcludesServicesThatCannotDeliverDutyPaidAndMakesTheRestDdp() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket())
                .needs(ServiceNeeds.builder().ddpRequired(true).build()).build(), SelectionPolicy.cheapest());
        assertThat(excluded(plan, "sample-postal-cn-eu").reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.NOT_DDP_CAPABLE);
        assertThat(plan.options()).isNotEmpty().allSatisfy(o -> assertThat(o.incoterm()).isEqualTo(Incoterm.DDP));
    }

    @Test
    void aBudgetExcludesOptionsCostingMore() {
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, jacket())
                .needs(ServiceNeeds.builder().maxBudget(eur("50.00")).build()).build(), SelectionPolicy.fastest());
        assertThat(excluded(plan, "sample-express-cn-world").reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.OVER_BUDGET);
            assertThat(e.detail()).contains("99.75").contains("50");
        });
        assertThat(plan.options()).allSatisfy(o -> assertThat(o.cost().total().isGreaterThan(eur("50.00"))).isFalse());
    }

    @Test
    void destinationsAndOriginsACardDoesNotServeAreNamed() {
        ShippingPlan us = planner(MON_MORNING).plan(request(MON, jacket()).destination(Address.of(US, "10001")).build(),
                SelectionPolicy.cheapest());
        assertThat(excluded(us, "sample-postal-cn-eu").reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.DESTINATION_NOT_SERVED);
        assertThat(us.options()).extracting(ShippingOption::cardId).containsExactly("sample-express-cn-world");
        ShippingPlan fromUs = planner(MON_MORNING).plan(request(MON, jacket()).origin(US).build(), SelectionPolicy.cheapest());
        assertThat(fromUs.excludedFor(ExclusionReason.ORIGIN_NOT_SERVED)).hasSize(4);
    }

    @Test
    void cardsOutsideTheirEffectivePeriodAreExcludedAndAnInfeasibleOrderDoesNotThrow() {
        ShippingPlan plan = planner("2027-03-01T01:00:00Z").plan(request(LocalDate.of(2027, 3, 1), jacket())
                .stock(stock("sample-wh-de", "JACKET", 1)).build(), SelectionPolicy.cheapest());
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.best()).isEmpty();
        assertThat(plan.excluded()).hasSize(6).allSatisfy(e -> assertThat(e.reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.CARD_NOT_IN_EFFECT));
    }

    @Test
    void anInfeasibleOrderListsEveryReasonForEveryWayOfShipping() {
        PlanLine heavyBattery = line("BATTERY", 1, "80", "130", "50", "50", "900.00", GoodsFlag.LITHIUM_ION_BATTERY);
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, heavyBattery).build(), SelectionPolicy.cheapest());
        assertThat(plan.feasible()).isFalse();
        assertThat(excluded(plan, "sample-express-cn-world").reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.GOODS_NOT_ALLOWED, ExclusionReason.TOO_HEAVY, ExclusionReason.TOO_LARGE);
        assertThat(excluded(plan, "sample-de-last-mile").reasons()).extracting(Exclusion::reason)
                .contains(ExclusionReason.NO_STOCK, ExclusionReason.TOO_HEAVY);
    }

    @Test
    void withoutAConverterForeignCurrencyCardsAreExcludedNotGuessed() {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).clock(clockAt(MON_MORNING)).build();
        ShippingPlan plan = p.plan(request(MON, jacket()).build(), SelectionPolicy.cheapest());
        assertThat(excluded(plan, "sample-linehaul-cn-eu").reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.CONVERSION_UNAVAILABLE);
            assertThat(e.detail()).contains("CNY").contains("no currency converter");
        });
    }

    @Test
    void withoutAnEstimatorThePlannerPlansFreightOnlyAndSaysSo() {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).converter(FixedRates.cnyEur())
                .clock(clockAt(MON_MORNING)).build();
        ShippingOption postal = option(p.plan(request(MON, jacket()).build(), SelectionPolicy.cheapest()), "sample-postal-cn-eu");
        assertThat(postal.landedCostIncluded()).isFalse();
        assertThat(postal.cost().total()).isEqualTo(eur("5.54"));
        assertThat(postal.notes()).anySatisfy(n -> assertThat(n).contains("freight only"));
    }

    @Test
    void anEstimatorThatCannotQuoteExcludesDirectModesWithItsReason() {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).converter(FixedRates.cnyEur())
                .estimator(r -> {
                    throw new NoApplicableRuleException("destination", r.destination().country(), "no rule pack for DE");
                }).clock(clockAt(MON_MORNING)).build();
        ShippingPlan plan = p.plan(request(MON, jacket()).stock(stock("sample-wh-de", "JACKET", 1)).build(),
                SelectionPolicy.cheapest());
        assertThat(plan.excludedFor(ExclusionReason.LANDED_COST_UNAVAILABLE)).hasSize(4)
                .allSatisfy(e -> assertThat(e.reasons().get(0).detail()).contains("NO_APPLICABLE_RULE").contains("no rule pack"));
        assertThat(plan.options()).extracting(ShippingOption::cardId).containsExactly("sample-de-last-mile");
    }

    // ---------------------------------------------------------------- delivery dates

    @Test
    void goodsReadyBeforeTheCutOffLeaveTheSameWorkingDay() {
        // Friday 17:00 in Shanghai, cut-off 18:00
        ShippingOption express = option(planner("2026-07-10T09:00:00Z").plan(request(LocalDate.of(2026, 7, 10), jacket()).build(),
                SelectionPolicy.cheapest()), "sample-express-cn-world");
        assertThat(express.delivery()).isEqualTo(new DeliveryWindow(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 14),
                LocalDate.of(2026, 7, 16)));
    }

    @Test
    void goodsReadyAfterAFridayCutOffLeaveOnMondayAndTransitSkipsTheWeekend() {
        // Friday 19:00 in Shanghai
        ShippingOption express = option(planner("2026-07-10T11:00:00Z").plan(request(LocalDate.of(2026, 7, 10), jacket()).build(),
                SelectionPolicy.cheapest()), "sample-express-cn-world");
        assertThat(express.delivery()).isEqualTo(new DeliveryWindow(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 15),
                LocalDate.of(2026, 7, 17)));
    }

    @Test
    void goodsReadyOnASaturdayLeaveOnMonday() {
        ShippingOption express = option(planner("2026-07-11T02:00:00Z").plan(request(LocalDate.of(2026, 7, 11), jacket()).build(),
                SelectionPolicy.cheapest()), "sample-express-cn-world");
        assertThat(express.delivery().dispatch()).isEqualTo(LocalDate.of(2026, 7, 13));
    }

    @Test
    void aFutureShipDateDispatchesOnThatDayWhateverTheTimeNow() {
        ShippingOption express = option(planner("2026-07-06T15:00:00Z").plan(request(LocalDate.of(2026, 7, 8), jacket()).build(),
                SelectionPolicy.cheapest()), "sample-express-cn-world");
        assertThat(express.delivery().dispatch()).isEqualTo(LocalDate.of(2026, 7, 8));
    }

    @Test
    void holidaysOfTheCardAreNotWorkingDays() {
        // Thursday 24 Dec 2026, 09:00 in Berlin; 25 and 26 Dec are holidays on the DE last-mile card, 27 is Sunday
        ShippingOption wh = option(planner("2026-12-24T08:00:00Z").plan(request(LocalDate.of(2026, 12, 24), jacket())
                .stock(stock("sample-wh-de", "JACKET", 1)).build(), SelectionPolicy.cheapest()), "sample-de-last-mile");
        assertThat(wh.delivery()).isEqualTo(new DeliveryWindow(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28),
                LocalDate.of(2026, 12, 30)));
    }

    // ---------------------------------------------------------------- splits

    @Test
    void anOrderTooHeavyForOneParcelIsSplitFirstFitDecreasingAndEachParcelIsQuoted() {
        FakeEuEstimator estimator = new FakeEuEstimator();
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).estimator(estimator)
                .converter(FixedRates.cnyEur()).clock(clockAt(MON_MORNING)).build();
        ShippingPlan plan = p.plan(request(MON, line("SHOES", 5, "0.8", "20", "15", "5", "20.00")).build(),
                SelectionPolicy.cheapest());
        ShippingOption postal = option(plan, "sample-postal-cn-eu");
        assertThat(postal.split()).isTrue();
        assertThat(postal.parcels()).extracting(pp -> pp.contents().get(Sku.of("SHOES"))).containsExactly(2, 2, 1);
        assertThat(postal.parcels()).allSatisfy(pp -> assertThat(pp.actualWeight().kilograms()).isLessThanOrEqualTo(new BigDecimal("2")));
        // 2 x (1.6 x 9.80 + 2.60) + (0.8 x 9.80 + 2.60)
        assertThat(postal.cost().freight()).isEqualTo(eur("47.00"));
        assertThat(postal.chargeableWeight().kilograms()).isEqualByComparingTo("4.0");
        assertThat(postal.notes().get(0)).contains("split into 3 parcels");
        assertThat(estimator.requests.stream().filter(q -> q.shipping().isEqualTo(eur("18.28")))).hasSize(2);
        ShippingOption express = option(plan, "sample-express-cn-world");
        assertThat(express.split()).isFalse();
        assertThat(express.parcels()).hasSize(1);
    }

    @Test
    void unitsThatFitAloneButNotTogetherBySizeAreSplit() {
        // three 40 x 30 x 10 cm boxes together exceed the postal 90 cm sum of sides; two fit (estimate 40 x 30 x 20)
        ShippingPlan plan = planner(MON_MORNING).plan(request(MON, line("BOX", 3, "0.2", "40", "30", "10", "10.00")).build(),
                SelectionPolicy.cheapest());
        ShippingOption postal = option(plan, "sample-postal-cn-eu");
        assertThat(postal.split()).isTrue();
        assertThat(postal.parcels()).extracting(pp -> pp.contents().get(Sku.of("BOX"))).containsExactly(2, 1);
    }

    // ---------------------------------------------------------------- policies

    private static ShippingPlan fullPlan(SelectionPolicy policy) {
        return planner(MON_MORNING).plan(request(MON, jacket())
                .stock(stock("sample-wh-de", "JACKET", 5)).stock(stock("sample-fba-de", "JACKET", 5)).build(), policy);
    }

    @Test
    void cheapestPolicyRanksByTotalCost() {
        ShippingPlan plan = fullPlan(SelectionPolicy.cheapest());
        assertThat(plan.options()).extracting(o -> o.cost().total().getNumber().numberValue(BigDecimal.class))
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(plan.best().orElseThrow().mode()).isEqualTo(ShippingMode.MARKETPLACE_FULFILMENT);
    }

    @Test
    void fastestPolicyRanksByLatestDelivery() {
        ShippingPlan plan = fullPlan(SelectionPolicy.fastest());
        assertThat(plan.options()).extracting(o -> o.delivery().latest()).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(plan.best().orElseThrow().mode()).isEqualTo(ShippingMode.MARKETPLACE_FULFILMENT);
    }

    @Test
    void paretoPolicyKeepsOnlyUndominatedOptionsAndReportsTheRest() {
        ShippingPlan plan = fullPlan(SelectionPolicy.pareto());
        for (ShippingOption a : plan.options()) {
            for (ShippingOption b : plan.options()) {
                assertThat(ShippingPlanner.dominates(a, b)).isFalse();
            }
        }
        // fulfilment is both cheapest and fastest here: it dominates all others
        assertThat(plan.options()).extracting(ShippingOption::cardId).containsExactly("sample-fba-de");
        assertThat(plan.excludedFor(ExclusionReason.DOMINATED)).hasSize(5);
        ShippingPlan noFba = planner(MON_MORNING).plan(request(MON, jacket()).stock(stock("sample-wh-de", "JACKET", 5)).build(),
                SelectionPolicy.pareto());
        // the untracked packet is cheaper (34.24) but slower than the warehouse (34.35): both are on the front
        assertThat(noFba.options()).extracting(ShippingOption::cardId)
                .containsExactly("sample-postal-cn-eu-untracked", "sample-de-last-mile");
        ShippingPlan directOnly = planner(MON_MORNING).plan(request(MON, jacket()).build(), SelectionPolicy.pareto());
        assertThat(directOnly.options()).extracting(ShippingOption::cardId)
                .containsExactly("sample-postal-cn-eu-untracked", "sample-postal-cn-eu", "sample-linehaul-cn-eu",
                        "sample-express-cn-world");
    }

    @Test
    void aHostComparatorRanksFirstAndTiesFallBackToCost() {
        Comparator<ShippingOption> trackedThenDirectFirst = Comparator.comparing((ShippingOption o) -> !o.tracked())
                .thenComparing(o -> !o.mode().direct());
        ShippingPlan plan = fullPlan(SelectionPolicy.custom(trackedThenDirectFirst));
        assertThat(plan.options()).extracting(ShippingOption::cardId).containsExactly("sample-postal-cn-eu",
                "sample-linehaul-cn-eu", "sample-express-cn-world", "sample-fba-de", "sample-de-last-mile",
                "sample-postal-cn-eu-untracked");
    }

    @Test
    void tiesAreBrokenByModeCarrierServiceAndCardId() {
        RateCards twins = RateCards.parse("twins.json", CardJson.doc(CardJson.card("b", "service=\"Same\"") + ","
                + CardJson.card("a", "service=\"Same\"")));
        ShippingPlanner p = ShippingPlanner.builder().rateCards(twins).clock(clockAt(MON_MORNING)).build();
        for (SelectionPolicy policy : List.of(SelectionPolicy.cheapest(), SelectionPolicy.fastest(), SelectionPolicy.pareto())) {
            assertThat(p.plan(request(MON, jacket()).build(), policy).options()).extracting(ShippingOption::cardId)
                    .containsExactly("a", "b");
        }
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badInputsGetTypedErrorsNamingTheField() {
        ShippingPlanner p = planner(MON_MORNING);
        assertField(() -> p.plan(null, SelectionPolicy.cheapest()), "request");
        assertField(() -> p.plan(request(MON, jacket()).build(), null), "policy");
        assertField(() -> line("X", 0, "1", "1", "1", "1", "1.00"), "line.quantity");
        assertField(() -> line("X", 1, "0", "1", "1", "1", "1.00"), "line.unitWeight");
        assertField(() -> line("X", 1, "1", "1", "1", "1", "-1.00"), "line.unitValue");
        assertField(() -> request(MON).build(), "request.lines");
        assertField(() -> PlanRequest.builder().line(jacket()).build(), "request.origin");
        assertField(() -> request(MON, jacket(), jacket()).build(), "request.lines[1].sku");
        assertField(() -> request(MON, jacket(), new PlanLine(Sku.of("USD"), 1, dev.xborder.core.product.Weight.kg("1"),
                dev.xborder.core.product.Dimensions.cm("1", "1", "1"), org.javamoney.moneta.Money.of(1, "USD"), null, null,
                null, null)).build(), "request.lines[1].unitValue");
        assertField(() -> request(MON, jacket()).needs(ServiceNeeds.builder().maxBudget(org.javamoney.moneta.Money.of(1, "USD"))
                .build()).build(), "request.needs.maxBudget");
        assertField(() -> ServiceNeeds.builder().withinDays(-1), "needs.withinDays");
        assertField(() -> new StockPosition("w", DE, Sku.of("X"), -1, null, null), "stock.quantity");
        assertField(() -> ShippingPlanner.builder().build(), "rateCards");
        assertField(() -> PlanLine.of(dev.xborder.core.product.Product.builder(Sku.of("P")).title("p").unitValue(eur("1"))
                .unitWeight(dev.xborder.core.product.Weight.kg("1")).build(), 1), "product.dimensions");
        InvalidInputException unknown = assertField(() -> p.plan(request(MON, jacket()).stock(stock("nowhere", "JACKET", 1)).build(),
                SelectionPolicy.cheapest()), "request.stock[0].warehouseId");
        assertThat(unknown.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
        assertField(() -> p.plan(request(MON, jacket()).stock(new StockPosition("sample-wh-de", US, Sku.of("JACKET"), 1, null, null))
                .build(), SelectionPolicy.cheapest()), "request.stock[0].country");
    }

    private static InvalidInputException assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) t;
        assertThat(e.field()).as(e.getMessage()).contains(field);
        return e;
    }

    @Test
    void aPlanLineBuildsFromAnOrderLineAndItsProduct() {
        dev.xborder.core.product.Product product = dev.xborder.core.product.Product.builder(Sku.of("P1")).title("Jacket")
                .unitValue(eur("99.00")).unitWeight(dev.xborder.core.product.Weight.kg("0.3"))
                .dimensions(dev.xborder.core.product.Dimensions.cm("30", "20", "5")).hsCode(dev.xborder.core.product.HsCode.of("620140"))
                .originCountry(CN).flag(GoodsFlag.MAGNET).build();
        dev.xborder.core.order.OrderLine ol = new dev.xborder.core.order.OrderLine("1", Sku.of("P1"), "Jacket", 2, eur("140.00"),
                null, null, null, null);
        PlanLine l = PlanLine.of(ol, product);
        assertThat(l.unitValue()).isEqualTo(eur("140.00"));
        assertThat(l.quantity()).isEqualTo(2);
        assertThat(l.hsCode()).isEqualTo(dev.xborder.core.product.HsCode.of("620140"));
        assertThat(l.flags()).containsExactly(GoodsFlag.MAGNET);
        assertThatThrownBy(() -> PlanLine.of(new dev.xborder.core.order.OrderLine("1", Sku.of("OTHER"), "", 1, eur("1"),
                null, null, null, null), product)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPlanLineFromAMarketplaceOrderKeepsTheProductsTaxCategory() {
        dev.xborder.core.product.Product book = dev.xborder.core.product.Product.builder(Sku.of("B1")).title("Atlas")
                .unitValue(eur("20.00")).unitWeight(dev.xborder.core.product.Weight.kg("0.8"))
                .dimensions(dev.xborder.core.product.Dimensions.cm("30", "22", "3"))
                .hsCode(dev.xborder.core.product.HsCode.of("490199"))
                .taxCategory(dev.xborder.core.product.TaxCategory.BOOKS).build();
        // marketplaces send no tax category: the order line holds STANDARD, the catalogue knows better
        dev.xborder.core.order.OrderLine fromMarketplace = new dev.xborder.core.order.OrderLine("1", Sku.of("B1"), "Atlas",
                1, eur("20.00"), null, null, null, null);
        assertThat(PlanLine.of(fromMarketplace, book).taxCategory()).isEqualTo(dev.xborder.core.product.TaxCategory.BOOKS);
        // a special category on the order line itself wins
        dev.xborder.core.order.OrderLine food = new dev.xborder.core.order.OrderLine("1", Sku.of("B1"), "Atlas",
                1, eur("20.00"), null, null, dev.xborder.core.product.TaxCategory.FOOD, null);
        assertThat(PlanLine.of(food, book).taxCategory()).isEqualTo(dev.xborder.core.product.TaxCategory.FOOD);
    }

    @Test
    void theEstimatorIsToldHowEachDirectParcelCrossesTheBorderAndLineHaulIsNotGuessed() {
        // Postal mail enters as POST and express as COURIER (Canada's postal vs courier thresholds, Singapore's
        // air/post relief and Mexico's courier procedure depend on it); line-haul could enter by post, courier or
        // cargo, so its request carries no mode and the option says why.
        FakeEuEstimator estimator = new FakeEuEstimator();
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).estimator(estimator)
                .converter(FixedRates.cnyEur()).clock(clockAt(MON_MORNING)).build();
        ShippingPlan plan = p.plan(request(MON, jacket()).build(), SelectionPolicy.cheapest());
        assertThat(estimator.requests.stream().map(q -> q.transportMode().orElse(null)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(dev.xborder.core.landed.TransportMode.POST,
                        dev.xborder.core.landed.TransportMode.COURIER, null);
        assertThat(samples().cards().stream().filter(c -> c.mode() == ShippingMode.POSTAL))
                .allSatisfy(c -> assertThat(c.entersAs()).contains(dev.xborder.core.landed.TransportMode.POST));
        assertThat(samples().cards().stream().filter(c -> c.mode() == ShippingMode.EXPRESS))
                .allSatisfy(c -> assertThat(c.entersAs()).contains(dev.xborder.core.landed.TransportMode.COURIER));
        assertThat(samples().cards().stream().filter(c -> c.mode() == ShippingMode.LINE_HAUL))
                .allSatisfy(c -> assertThat(c.entersAs()).isEmpty());
        assertThat(plan.options().stream().filter(o -> o.mode() == ShippingMode.LINE_HAUL))
                .allSatisfy(o -> assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("transport mode")));
        assertThat(plan.options().stream().filter(o -> o.mode() == ShippingMode.POSTAL))
                .allSatisfy(o -> assertThat(o.notes()).noneSatisfy(n -> assertThat(n).contains("transport mode")));
    }

    @Test
    void whatTheQuoteCouldNotDetermineAndItsAdvisoriesBecomeNotesOfEachOption() {
        // An estimator whose quotes report NO_DUTY_RATE on the jacket line and one advisory: every option priced with
        // a quote carries both, once each, so a duty of 0 is not taken for "no duty".
        LandedCostEstimator withCaveats = r -> {
            LandedCostQuote q = new FakeEuEstimator().quote(r);
            List<LineResult> lines = q.lines().stream().map(l -> new LineResult(l.sku(), l.customsValue(), l.duty(),
                    l.tax(), List.of("NO_DUTY_RATE: no duty rate for HS " + r.lines().get(0).hsCode()))).toList();
            return new LandedCostQuote(q.currency(), q.regime(), q.collection(), lines, q.totals(), q.explanations(),
                    q.fees(), null, List.of(new dev.xborder.core.landed.Advisory("SIMPLIFIED_TARIFF_NOT_MODELLED",
                    "xx.simplified", "customs may charge a simplified rate", "", List.of(0))));
        };
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).estimator(withCaveats)
                .converter(FixedRates.cnyEur()).clock(clockAt(MON_MORNING)).build();
        ShippingPlan plan = p.plan(request(MON, jacket()).build(), SelectionPolicy.cheapest());
        assertThat(plan.options()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.notes()).filteredOn(n -> n.startsWith("landed cost, line ")).singleElement()
                    .satisfies(n -> assertThat(n).contains(": NO_DUTY_RATE: no duty rate for HS"));
            assertThat(o.notes()).filteredOn(n -> n.startsWith("advisory ")).containsExactly(
                    "advisory SIMPLIFIED_TARIFF_NOT_MODELLED (xx.simplified): customs may charge a simplified rate");
        });
    }

    @Test
    void aLineHaulCardThatSaysHowItEntersTheDestinationPassesThatModeToTheEstimator() {
        // A line-haul card declaring "entersAs": "AIR_CARGO" (e.g. consolidated air freight cleared as cargo): the
        // estimator is asked with AIR_CARGO and the option has no "not known" note.
        String card = CardJson.card("lh-air", "mode=\"LINE_HAUL\";;entersAs=\"AIR_CARGO\"");
        FakeEuEstimator estimator = new FakeEuEstimator();
        ShippingPlanner p = ShippingPlanner.builder().rateCards(RateCards.parse("lh.json", CardJson.doc(card)))
                .estimator(estimator).converter(FixedRates.cnyEur()).clock(clockAt(MON_MORNING)).build();
        ShippingPlan plan = p.plan(request(MON, jacket()).build(), SelectionPolicy.cheapest());
        assertThat(estimator.requests).isNotEmpty().allSatisfy(q ->
                assertThat(q.transportMode()).contains(dev.xborder.core.landed.TransportMode.AIR_CARGO));
        assertThat(option(plan, "lh-air").notes()).noneSatisfy(n -> assertThat(n).contains("transport mode"));
    }
}
