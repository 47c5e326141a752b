package dev.xborder.tax.golden.duty;

import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsConfirmed;
import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsUncertain;
import static dev.xborder.tax.golden.duty.DutyGolden.assertLineDuty;
import static dev.xborder.tax.golden.duty.DutyGolden.assertNoDutyRate;
import static dev.xborder.tax.golden.duty.DutyGolden.line;
import static dev.xborder.tax.golden.duty.DutyGolden.money;
import static dev.xborder.tax.golden.duty.DutyGolden.request;
import static dev.xborder.tax.golden.duty.DutyGolden.totalDuty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Duty lines of the KR pack, worked by hand above the USD 150 personal-use threshold (shipped from China),
 * CIF basis, duty rounded down to the won (pack rounding). Rates (secondary, two sources for clothing):
 * jimpass.com tariff table and krutils.com: clothing and shoes 13%, handbags/watches/jewellery 8%,
 * cosmetics 6.5%, mobile phones, computers and phone chargers 0%; books and magazines 0% (taodalin.com, postjg.com,
 * ny347.com forwarder tables, uncertain), children's picture books 4903 0% (seenthis.kr copy of the 2025 Korean
 * tariff); other toys at the national line 9503.00-3919 8% (KPMG 2023, uncertain); loudspeakers 8518.21/8518.22 8%
 * (seenthis.kr tariff copy); golf clubs 9506.31 8% (forwarder template, uncertain); stainless kitchenware 7323.93 8%
 * (customs.tistory.com, uncertain). Other toy lines, batteries 8507, headphones 8518.30, bedding 9404 and the other
 * 7323 subheadings are not encoded (NO_DUTY_RATE).
 */
class KrDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("kr.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "KR", "04524", "KRW").shipping(money(shipping, "KRW"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void jacketsPayThirteenPercentOnGoodsAndShipping() {
        // 6201.40, 500,000 + shipping 20,000: CV 520,000 x 13% = 67,600
        LandedCostQuote q = quote("2025-06-02", "20000", line("JACKET", "6201400000", "CN", 1, "500000", "KRW"));
        assertLineDuty(q, 0, "67600", "kr.duty.62");
    }

    @Test
    void sneakersHandbagsAndCosmeticsPayTheirRates() {
        // 6404.19 300,000 x 13% = 39,000; 4202.22 400,000 x 8% = 32,000; 3304.99 300,000 x 6.5% = 19,500;
        // total 90,500
        LandedCostQuote q = quote("2025-06-02", "0",
                line("SNEAKER", "6404199000", "CN", 1, "300000", "KRW"),
                line("BAG", "4202221000", "CN", 1, "400000", "KRW"),
                line("CREAM", "3304990000", "FR", 1, "300000", "KRW"));
        assertLineDuty(q, 0, "39000", "kr.duty.64");
        assertLineDuty(q, 1, "32000", "kr.duty.4202");
        assertLineDuty(q, 2, "19500", "kr.duty.33");
        assertThat(totalDuty(q)).isEqualTo("90500");
    }

    @Test
    void phonesAndChargersAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0",
                line("PHONE", "8517130000", "CN", 1, "1000000", "KRW"),
                line("CHARGER", "8504405000", "CN", 1, "50000", "KRW"));
        assertLineDuty(q, 0, "0", "kr.duty.8517");
        assertLineDuty(q, 1, "0", "kr.duty.850440");
    }

    @Test
    void dutyIsRoundedDownToTheWon() {
        // 6109.10, 333,333: 13% = 43,333.29 -> 43,333 (DOWN)
        LandedCostQuote q = quote("2025-06-02", "0", line("TEE", "6109100010", "CN", 1, "333333", "KRW"));
        assertLineDuty(q, 0, "43333", "kr.duty.61");
    }

    @Test
    void toysAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0", line("TOY", "9503000000", "CN", 1, "300000", "KRW"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void otherToysOfTheResidualNationalLinePayEightPercentWhileOtherToyLinesStayUnknown() {
        // HSK 9503.00-3919 (other toys): basic rate 8% (KPMG 2023 on Tax Tribunal 2022-Customs-0029; ny347.com).
        // Play gym 9503003919 300,000 + shipping 15,000 split 300:200 -> 9,000: CV 309,000 x 8% = 24,720.
        // Educational toy 9503.00-3700, 200,000 (+6,000 shipping): its line rate is not sourced -> NO_DUTY_RATE.
        LandedCostQuote q = quote("2025-06-02", "15000",
                line("PLAYGYM", "9503003919", "CN", 1, "300000", "KRW"),
                line("EDUTOY", "9503003700", "CN", 1, "200000", "KRW"));
        assertLineDuty(q, 0, "24720", "kr.duty.9503003919");
        assertNoDutyRate(q, 1);
        assertThat(totalDuty(q)).isEqualTo("24720");
    }

    @Test
    void furnitureIsFreeCeramicsAndSpeakersPayEightPercentPlasticKitchenwareSixAndAHalf() {
        // CIF, no shipping: 9403.60 table 400,000 x 0% = 0; 6911.10 porcelain set 200,000 x 8% = 16,000;
        // 3924.10 plastic containers 100,000 x 6.5% = 6,500; 8518.22 speaker 300,000 x 8% = 24,000;
        // total 46,500 (forwarder tables taodalin.com and ny347.com, uncertain)
        LandedCostQuote q = quote("2025-06-02", "0",
                line("TABLE", "9403609000", "CN", 1, "400000", "KRW"),
                line("PORCELAIN", "6911101000", "CN", 1, "200000", "KRW"),
                line("BOXES", "3924109000", "CN", 1, "100000", "KRW"),
                line("SPEAKER", "8518220000", "CN", 1, "300000", "KRW"));
        assertLineDuty(q, 0, "0", "kr.duty.9403");
        assertLineDuty(q, 1, "16000", "kr.duty.6911");
        assertLineDuty(q, 2, "6500", "kr.duty.3924");
        // 8518.22 now matches its own line kr.duty.851822 (8%, seenthis.kr tariff copy), same amount as before
        assertLineDuty(q, 3, "24000", "kr.duty.851822");
        assertThat(totalDuty(q)).isEqualTo("46500");
    }

    @Test
    void headphonesAreReportedAsHavingNoDutyRateWhileSpeakersAreRated() {
        // 8518.30 is not listed by the sources (only speakers are): NO_DUTY_RATE
        LandedCostQuote q = quote("2025-06-02", "0", line("EARBUDS", "8518300000", "CN", 1, "300000", "KRW"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void booksMagazinesAndChildrensPictureBooksAreFreeWhileTheJacketPays() {
        // novel 4901.99 400,000 x 0% = 0 (three forwarder tables: books no duty, uncertain);
        // magazine 4902.90 200,000 x 0% = 0 (taodalin.com/postjg.com '서적/잡지/우표', uncertain);
        // picture book 4903.00 250,000 x 0% = 0 (HSK 4903.00-0000 basic rate 0%, seenthis.kr 2025 tariff copy);
        // jacket 6201.40 500,000; shipping 27,000 split by value 400:200:250:500 (of 1,350) -> 8,000 / 4,000 /
        // 5,000 / 10,000; jacket CV 510,000 x 13% = 66,300; total duty 66,300
        LandedCostQuote q = quote("2025-06-02", "27000",
                line("NOVEL", "4901990000", "US", 1, "400000", "KRW"),
                line("MAGAZINE", "4902900000", "JP", 1, "200000", "KRW"),
                line("PICTUREBOOK", "4903000000", "GB", 1, "250000", "KRW"),
                line("JACKET", "6201400000", "CN", 1, "500000", "KRW"));
        assertLineDuty(q, 0, "0", "kr.duty.4901");
        assertLineDuty(q, 1, "0", "kr.duty.4902");
        assertLineDuty(q, 2, "0", "kr.duty.4903");
        assertLineDuty(q, 3, "66300", "kr.duty.62");
        assertThat(totalDuty(q)).isEqualTo("66300");
    }

    @Test
    void stainlessKitchenwarePaysEightPercentWhilePowerBanksStayUnknown() {
        // Changed 2026-11-22 (fourth pass): 7323.93 was NO_DUTY_RATE; HSK 7323.93-0000 now has basic rate 8%
        // (customs.tistory.com post of 2024-04-08 on stainless-steel pressure cookers; single source, uncertain).
        // 8507.60 (lithium-ion batteries, power banks): still no source -> NO_DUTY_RATE.
        // Pot 300,000 + power bank 300,000; shipping 10,000 split by value 1:1 -> 5,000 each.
        // Pot CV 305,000 x 8% = 24,400; total duty 24,400
        LandedCostQuote q = quote("2025-06-02", "10000",
                line("POWERBANK", "8507600000", "CN", 1, "300000", "KRW"),
                line("POT", "7323930000", "CN", 1, "300000", "KRW"));
        assertNoDutyRate(q, 0);
        assertLineDuty(q, 1, "24400", "kr.duty.732393");
        assertThat(totalDuty(q)).isEqualTo("24400");
    }

    @Test
    void stainlessPressureCookerDeclaredAtTheNationalLinePaysEightPercentRoundedDownToTheWon() {
        // HSK 7323.93-0000, 8% (customs.tistory.com, 2024-04-08, uncertain); cast-iron pan 7323.91 is not encoded.
        // Cooker 1,234,567, no shipping: 1,234,567 x 8% = 98,765.36 -> 98,765 (DOWN). Pan 7323.91 -> NO_DUTY_RATE.
        LandedCostQuote q = quote("2025-06-02", "0",
                line("COOKER", "7323930000", "DE", 1, "1234567", "KRW"),
                line("PAN", "7323910000", "CN", 1, "100000", "KRW"));
        assertLineDuty(q, 0, "98765", "kr.duty.732393");
        assertNoDutyRate(q, 1);
    }

    @Test
    void loudspeakersOfSubheadings851821And851822UseTheirTariffLinesWhile851829FallsBackToTheForwarderRate() {
        // HSK 8518.21-0000 and 8518.22-0000: basic rate 8% (seenthis.kr copy of the 2025 Korean tariff, agreeing
        // with the forwarder tables); 8518.29 keeps the uncertain forwarder rate kr.duty.85182 (8%).
        // Values 250,000 / 300,000 / 100,000 (of 650,000); shipping 13,000 split by value -> 5,000 / 6,000 / 2,000.
        // CV 255,000 x 8% = 20,400; CV 306,000 x 8% = 24,480; CV 102,000 x 8% = 8,160; total 53,040
        LandedCostQuote q = quote("2025-06-02", "13000",
                line("BOOKSHELF", "8518210000", "CN", 1, "250000", "KRW"),
                line("SOUNDBAR", "8518220000", "CN", 1, "300000", "KRW"),
                line("DRIVER", "8518290000", "CN", 1, "100000", "KRW"));
        assertLineDuty(q, 0, "20400", "kr.duty.851821");
        assertLineDuty(q, 1, "24480", "kr.duty.851822");
        assertLineDuty(q, 2, "8160", "kr.duty.85182");
        assertThat(totalDuty(q)).isEqualTo("53040");
    }

    @Test
    void singleLoudspeakerRateIsCitedWithoutTheUncertainMarkWhileThe851829FallbackKeepsIt() {
        // HSK 8518.21-0000 single loudspeaker 300,000, no shipping: CV 300,000 x 8% = 24,000. The line rests on the
        // seenthis.kr copy of the 2025 Korean tariff (basic rate 8%, no lower concession rate) agreeing with the
        // forwarder tables, so it is not marked; the 8518.29 fallback kr.duty.85182 (forwarder tables only) still is:
        // 100,000 x 8% = 8,000. Confirmation pass 2026-11-22: no further KR line could be confirmed (the forwarder
        // tables share one ancestor list and are not independent of each other).
        LandedCostQuote q = quote("2025-06-02", "0",
                line("SPEAKER", "8518210000", "CN", 1, "300000", "KRW"),
                line("DRIVER", "8518290000", "CN", 1, "100000", "KRW"));
        assertLineDuty(q, 0, "24000", "kr.duty.851821");
        assertLineDuty(q, 1, "8000", "kr.duty.85182");
        assertCitedAsConfirmed(q, "kr.duty.851821", "seenthis");
        assertCitedAsUncertain(q, "kr.duty.85182");
    }

    @Test
    void completeGolfClubsPayEightPercentWhileGolfBallsStayUnknown() {
        // 9506.31 golf clubs: 8% ('골프채' 8%, taodalin.com/postjg.com forwarder template, uncertain).
        // Club set 1,000,000, no shipping: CV 1,000,000 x 8% = 80,000.
        // Golf balls 9506.32, 200,000: no sourced rate (the line is not widened to 9506) -> NO_DUTY_RATE.
        LandedCostQuote q = quote("2025-06-02", "0",
                line("CLUBS", "9506310000", "US", 1, "1000000", "KRW"),
                line("BALLS", "9506320000", "US", 1, "200000", "KRW"));
        assertLineDuty(q, 0, "80000", "kr.duty.950631");
        assertNoDutyRate(q, 1);
        assertThat(totalDuty(q)).isEqualTo("80000");
    }
}
