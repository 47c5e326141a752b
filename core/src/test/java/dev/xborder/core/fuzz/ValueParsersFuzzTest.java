package dev.xborder.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.PostalCodes;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The value factories that take text from users: only {@link InvalidInputException} naming the field
 * escapes, and what they accept parses back to itself from its canonical form.
 */
class ValueParsersFuzzTest {
    private static final List<CountryCode> COUNTRIES = CountryCode.all();

    @FuzzTest(maxDuration = "30s")
    void amountsOfParsesPlainDecimalsOrFailsTyped(FuzzedDataProvider data) {
        String currency = data.consumeBoolean() ? pickCurrency(data) : data.consumeString(5);
        String decimal = data.consumeRemainingAsString();
        MonetaryAmount amount;
        try {
            amount = Amounts.of(decimal, currency);
        } catch (InvalidInputException e) {
            assertThat(e.field()).isPresent();
            return;
        }
        assertThat(amount.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(new BigDecimal(decimal));
        assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo(currency);
    }

    @FuzzTest(maxDuration = "30s")
    void countryCodeOfAcceptsKnownCodesOnly(String code) {
        CountryCode c;
        try {
            c = CountryCode.of(code);
        } catch (InvalidInputException e) {
            assertThat(e.field()).contains("country");
            assertThat(CountryCode.isKnown(code)).isFalse();
            return;
        }
        assertThat(CountryCode.of(c.alpha2())).isSameAs(c);
        assertThat(new CountryCode(c.alpha2())).isEqualTo(c);
    }

    @FuzzTest(maxDuration = "60s")
    void postalCodesValidateToAStableCanonicalForm(FuzzedDataProvider data) {
        CountryCode country = COUNTRIES.get(data.consumeInt(0, COUNTRIES.size() - 1));
        String code = data.consumeRemainingAsString();
        String canonical;
        try {
            canonical = PostalCodes.validate(country, code);
        } catch (InvalidInputException e) {
            assertThat(e.field()).contains("address.postalCode");
            assertThat(PostalCodes.isValid(country, code)).isFalse();
            return;
        }
        assertThat(PostalCodes.validate(country, canonical)).isEqualTo(canonical);
        Address address = Address.of(country, code);
        assertThat(address.postalCode()).isEqualTo(canonical);
        assertThat(Address.of(country, canonical)).isEqualTo(address);
        address.fiscalTerritory(); // must not throw for a valid address
        address.taxTerritoryCountry();
    }

    @FuzzTest(maxDuration = "30s")
    void hsCodeOfAcceptsHs2022CodesOnly(String text) {
        HsCode code;
        try {
            code = HsCode.of(text);
        } catch (InvalidInputException e) {
            assertThat(e.field()).contains("hsCode");
            assertThat(HsCode.isValid(text)).isFalse();
            return;
        }
        assertThat(HsCode.of(code.digits())).isEqualTo(code);
        assertThat(code.chapter()).hasSize(2);
        assertThat(code.subheading()).hasSize(6);
    }

    @FuzzTest(maxDuration = "60s")
    void taxRegistrationsNormaliseToAStableCanonicalNumber(FuzzedDataProvider data) {
        RegistrationScheme scheme = data.pickValue(RegistrationScheme.values());
        String number = data.consumeRemainingAsString();
        TaxRegistration registration;
        try {
            registration = TaxRegistration.of(scheme, number);
        } catch (InvalidInputException e) {
            assertThat(e.field()).contains("registration.number");
            return;
        }
        assertThat(scheme.matchesFormat(registration.number())).isTrue();
        assertThat(TaxRegistration.of(scheme, registration.number())).isEqualTo(registration);
        assertThat(RegistrationScheme.normalise(registration.number())).isEqualTo(registration.number());
    }

    private static String pickCurrency(FuzzedDataProvider data) {
        return data.pickValue(new String[] {"EUR", "USD", "JPY", "KWD", "GBP", "CNY", "CLF", "BHD"});
    }
}
