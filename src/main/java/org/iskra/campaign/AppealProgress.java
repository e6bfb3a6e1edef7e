package org.iskra.campaign;

import java.util.Currency;

/**
 * How far an appeal has come: the net total of its donations less refunds, all in the appeal's
 * currency.
 *
 * @param donations how many donations (refunds not counted)
 */
public record AppealProgress(Appeal appeal, long raisedMinor, long donations) {

  /** Whole per cent of the target raised, rounded down; 0 for a zero target. */
  public int percentage() {
    if (appeal.targetMinor() <= 0) {
      return 0;
    }
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, raisedMinor * 100 / appeal.targetMinor()));
  }

  /** The width of the progress bar, capped at 100. */
  public int barPercentage() {
    return Math.min(100, percentage());
  }

  public String raised() {
    return Money.format(raisedMinor, currency());
  }

  public String target() {
    return Money.format(appeal.targetMinor(), currency());
  }

  private Currency currency() {
    return Money.currency(appeal.currency());
  }
}
