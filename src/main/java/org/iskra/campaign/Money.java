package org.iskra.campaign;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Exact amounts in minor units of one currency, and how readers see them. */
final class Money {

  private Money() {}

  /** The ISO 4217 currency of this code, upper-cased; an unknown code is refused. */
  static Currency currency(String code) {
    try {
      return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidAppeal("Unknown currency: " + code);
    }
  }

  /** "10000.00" in USD is 1,000,000 cents; more decimals than the currency has are refused. */
  static long minorUnits(String amount, Currency currency) {
    try {
      return new BigDecimal(amount.trim().replace(",", ""))
          .movePointRight(Math.max(0, currency.getDefaultFractionDigits()))
          .longValueExact();
    } catch (ArithmeticException | NumberFormatException | NullPointerException e) {
      throw new InvalidAppeal("Not an amount in " + currency.getCurrencyCode() + ": " + amount);
    }
  }

  /** "$8,750" for whole amounts, "$8,750.50" otherwise. */
  static String format(long minor, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal amount = BigDecimal.valueOf(minor).movePointLeft(digits);
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(currency);
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    format.setMinimumFractionDigits(whole ? 0 : digits);
    format.setMaximumFractionDigits(digits);
    return format.format(amount);
  }

  /** "8750.00": the plain decimal form desk forms show. */
  static String plain(long minor, Currency currency) {
    return BigDecimal.valueOf(minor)
        .movePointLeft(Math.max(0, currency.getDefaultFractionDigits()))
        .toPlainString();
  }
}
