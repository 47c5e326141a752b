package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Splits an amount over weights so that the parts add up to the amount exactly, e.g. a shipping
 * fee or an order discount spread over order lines by value.
 *
 * <p>Method: largest remainder, in the currency's minor units. Each part first gets the floor of
 * its exact share {@code amount * weight / sum(weights)}; the minor units left over (fewer than the
 * number of parts) go one each to the parts with the largest remainders, ties broken by the lower
 * index. So:
 * <ul>
 *   <li>the parts sum to {@code amount} exactly;</li>
 *   <li>each part is within one minor unit of its exact share (it is its floor or its ceiling);</li>
 *   <li>the result depends only on the inputs (deterministic, no randomness, no hash order);</li>
 *   <li>a part with weight zero is exactly zero.</li>
 * </ul>
 *
 * <p>Decisions: a negative amount (a refund) is split as its absolute value and every part
 * negated, so {@code allocate(-x, w)} equals {@code allocate(x, w)} negated and no part has the
 * opposite sign of the amount. Weights must be non-negative and at least one must be greater than
 * zero: all-zero weights have no meaningful split and are rejected with
 * {@link InvalidInputException} (field {@code weights}). The amount must already be a whole number
 * of minor units (round it first with {@link Amounts#round(MonetaryAmount)}); otherwise the parts
 * could not both be in minor units and sum exactly, so it is rejected.
 *
 * <p>Stateless and thread-safe.
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * Splits {@code amount} over {@code weights}; the result has one part per weight, in order,
     * each in the amount's currency at its minor-unit scale.
     *
     * @param amount a whole number of minor units of a currency with a minor unit; may be negative
     * @param weights non-negative, at least one greater than zero; any scale
     * @throws InvalidInputException if an argument or weight is null, the list is empty, a weight
     *     is negative, all weights are zero, or the amount is not in whole minor units
     */
    public static List<MonetaryAmount> allocate(MonetaryAmount amount, List<BigDecimal> weights) {
        Checks.notNull(amount, "amount");
        Checks.noNulls(weights, "weights");
        if (weights.isEmpty()) {
            throw new InvalidInputException("weights", "[]", "must contain at least one weight");
        }
        int n = weights.size();
        int maxScale = 0;
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weights.get(i);
            Checks.nonNegative(w, "weights[" + i + "]");
            anyPositive |= w.signum() > 0;
            maxScale = Math.max(maxScale, w.stripTrailingZeros().scale());
        }
        if (!anyPositive) {
            throw new InvalidInputException("weights", weights,
                    "all weights are zero; at least one must be greater than zero to split an amount");
        }
        CurrencyUnit currency = amount.getCurrency();
        int digits = Amounts.fractionDigits(currency);
        BigDecimal value = Amounts.decimal(amount);
        if (!Amounts.isRounded(amount)) {
            throw new InvalidInputException("amount", value.toPlainString() + " " + currency.getCurrencyCode(),
                    "must be a whole number of minor units (" + digits + " decimals); round it first with Amounts.round");
        }
        BigInteger units = value.movePointRight(digits).toBigIntegerExact();
        boolean negative = units.signum() < 0;
        BigInteger total = units.abs();

        BigInteger[] scaled = new BigInteger[n];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights.get(i).movePointRight(maxScale).toBigIntegerExact();
            sum = sum.add(scaled[i]);
        }
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = total.multiply(scaled[i]).divideAndRemainder(sum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            assigned = assigned.add(qr[0]);
        }
        // leftover < n because each remainder < sum; it goes to the largest remainders, lower index first
        int leftover = total.subtract(assigned).intValueExact();
        if (leftover > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = remainders[b].compareTo(remainders[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int k = 0; k < leftover; k++) {
                parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
            }
        }
        List<MonetaryAmount> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger p = negative ? parts[i].negate() : parts[i];
            result.add(Money.of(new BigDecimal(p, digits), currency));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits {@code amount} over integer weights (ratios such as quantities or cents).
     *
     * @see #allocate(MonetaryAmount, List)
     */
    public static List<MonetaryAmount> allocate(MonetaryAmount amount, long... weights) {
        Checks.notNull(weights, "weights");
        List<BigDecimal> list = new ArrayList<>(weights.length);
        for (long w : weights) {
            list.add(BigDecimal.valueOf(w));
        }
        return allocate(amount, list);
    }
}
