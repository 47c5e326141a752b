package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.product.TaxCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The dated 2024-2026 rate changes of the EU pack, one day before and on the change. Sources: vatnode
 * eu-vat-rates-history (EE 22 -> 24 on 2025-07-01, SK 20 -> 23 on 2025-01-01, FI 24 -> 25.5 on
 * 2024-09-01), RO 19 -> 21 on 2025-08-01 (ibericode PR #30), SE food 12 -> 6 on 2026-04-01 (Prop.
 * 2025/26:55), LT books 9 -> 5 on 2026-01-01 (sovos). Amounts: EUR 100 (or 50) of goods, at or below
 * EUR 150 so the duty is relieved; non-euro destinations convert with the test table's latest ECB rate
 * on or before the penultimate Wednesday of the previous month (2025-05-09 for these dates: RON 5.1181,
 * SEK 10.92; Source: ECB).
 */
class EuRateChangesTest {

    @ParameterizedTest(name = "{0} on {1}: {4}")
    @CsvSource({
            // country, date, postal, category, expected tax (arithmetic in the comment)
            "EE, 2025-06-30, 10111, STANDARD, 22.00",  // 100 x 22%
            "EE, 2025-07-01, 10111, STANDARD, 24.00",  // 100 x 24%
            "SK, 2024-12-31, 81101, STANDARD, 20.00",  // 100 x 20%
            "SK, 2025-01-01, 81101, STANDARD, 23.00",  // 100 x 23%
            "FI, 2025-12-31, 00100, BOOKS, 14.00",     // 100 x 14%
            "FI, 2026-01-01, 00100, BOOKS, 13.50",     // 100 x 13.5%
            "LT, 2025-12-31, 01100, BOOKS, 9.00",      // 100 x 9%
            "LT, 2026-01-01, 01100, BOOKS, 5.00",      // 100 x 5%
            "RO, 2025-07-31, 010011, STANDARD, 97.24", // 100 EUR = 511.81 RON; x 19% = 97.2439
            "RO, 2025-08-01, 010011, STANDARD, 107.48" // 511.81 x 21% = 107.4801
    })
    void ratesChangeOnTheirDates(String country, String date, String postal, TaxCategory category, String tax) {
        var q = CALC.quote(request(date, "CN", country, postal, "EUR")
                .line(line("ITEM", "8517130000", "CN", 1, "100.00", "EUR", category)).build());
        assertThat(dec(q.totals().tax())).isEqualByComparingTo(tax);
        assertThat(dec(q.totals().duty())).isZero();
    }

    @Test
    void swedishFoodDropsTo6PercentOnApril1st2026() {
        var before = CALC.quote(request("2026-03-31", "NO", "SE", "11122", "EUR")
                .line(line("TEA", "0902300000", "NO", 1, "50.00", "EUR", TaxCategory.FOOD)).build());
        var after = CALC.quote(request("2026-04-01", "NO", "SE", "11122", "EUR")
                .line(line("TEA", "0902300000", "NO", 1, "50.00", "EUR", TaxCategory.FOOD)).build());
        // 50 EUR x 10.92 = 546.00 SEK; 12% = 65.52; 6% = 32.76
        assertThat(dec(before.totals().tax())).isEqualByComparingTo("65.52");
        assertThat(dec(after.totals().tax())).isEqualByComparingTo("32.76");
    }

    @Test
    void romaniaAddsIts25LeiParcelFeeFrom2026() {
        var q = CALC.quote(request("2026-02-02", "CN", "RO", "010011", "EUR")
                .line(line("BOOK", "4901990000", "CN", 1, "20.00", "EUR", TaxCategory.BOOKS)).build());
        // 20 EUR x 5.1181 = 102.362 -> 102.36 RON; duty relieved (<= EUR 150, before 2026-07-01)
        // fee 25 RON per parcel (uncertain secondary source); VAT books 11% x 102.36 = 11.2596 -> 11.26
        // (fees are not in the EU tax base); landed = 102.36 + 25 + 11.26 = 138.62
        totals(q, "102.36", "0", "0", "11.26", "25.00", "138.62");
        assertThat(q.fees()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("ro.fee-logistics-25"));
    }
}
