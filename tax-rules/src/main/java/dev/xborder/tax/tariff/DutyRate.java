package dev.xborder.tax.tariff;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A duty rate as a national tariff states it, typed where the text could be read exactly and kept
 * as raw text where it could not. Readers never guess: a rate they cannot read completely is
 * {@link Unparsed}; a line that states no rate of its own (it inherits its parent's) is
 * {@link NotStated}.
 */
public sealed interface DutyRate {

    /** Whether this rate was read completely into typed parts. */
    default boolean isParsed() {
        return !(this instanceof Unparsed) && !(this instanceof NotStated);
    }

    /** No duty ("Free", or 0 % where the source says so as text). */
    record Free() implements DutyRate {
        @Override
        public String toString() {
            return "Free";
        }
    }

    /**
     * A percentage of the customs value, e.g. 6.5 for "6.5%". The number is kept without trailing
     * zeros, so "8.00 %" and "8%" are equal.
     */
    record AdValorem(BigDecimal percent) implements DutyRate {
        public AdValorem {
            percent = plain(Checks.nonNegative(percent, "percent"));
        }

        @Override
        public String toString() {
            return percent.toPlainString() + "%";
        }
    }

    /**
     * An amount of money per unit of quantity, e.g. 0.024 USD per "kg" for "2.4¢/kg", or 7.80 GBP
     * per "DTN E" (100 kg drained net weight). The unit is the source's own unit text or code.
     */
    record Specific(BigDecimal amount, String currency, String unit) implements DutyRate {
        public Specific {
            amount = plain(Checks.nonNegative(amount, "amount"));
            Checks.notBlank(currency, "currency");
            Checks.notBlank(unit, "unit");
            if (currency.length() != 3) {
                throw new InvalidInputException("currency", currency, "must be an ISO 4217 code");
            }
        }

        /** The amount per unit as money. */
        public MonetaryAmount amountPerUnit() {
            return Money.of(amount, currency);
        }

        @Override
        public String toString() {
            return amount.toPlainString() + " " + currency + "/" + unit;
        }
    }

    /** The sum of two or more parts, e.g. "37.5¢/kg + 2.9%". */
    record Compound(List<DutyRate> parts) implements DutyRate {
        public Compound {
            Checks.noNulls(parts, "parts");
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new InvalidInputException("parts", parts.size(), "a compound rate has at least two parts");
            }
            for (DutyRate p : parts) {
                if (!(p instanceof AdValorem || p instanceof Specific)) {
                    throw new InvalidInputException("parts", p, "parts are ad valorem or specific rates");
                }
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (DutyRate p : parts) {
                if (sb.length() > 0) {
                    sb.append(" + ");
                }
                sb.append(p);
            }
            return sb.toString();
        }
    }

    /** A rate the reader could not read exactly; {@code raw} is the source text as given. */
    record Unparsed(String raw) implements DutyRate {
        public Unparsed {
            Checks.notNull(raw, "raw");
        }

        @Override
        public String toString() {
            return "unparsed \"" + raw + "\"";
        }
    }

    /** The line states no rate of its own; the rate of its closest ancestor line applies. */
    record NotStated() implements DutyRate {
        @Override
        public String toString() {
            return "not stated";
        }
    }

    /** The number without trailing zeros and never with a negative scale. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The shared {@link Free} value. */
    DutyRate FREE = new Free();
    /** The shared {@link NotStated} value. */
    DutyRate NOT_STATED = new NotStated();
}
