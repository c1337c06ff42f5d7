package org.diplograph.eval;

import java.util.Objects;
import org.diplograph.eval.GoldDocument.GoldEvent;
import org.diplograph.eval.GoldDocument.GoldMembership;
import org.diplograph.eval.GoldDocument.GoldPosition;
import org.diplograph.model.PartialDate;

/**
 * One difference between prediction and gold, for a person to read: a miss ({@code FN}, a gold item
 * nothing matched) or a false alarm ({@code FP}, a predicted item that matched nothing).
 *
 * @param kind miss or false alarm
 * @param category what kind of item: {@code actor}, {@code event}, {@code date}, {@code position},
 *     {@code membership}
 * @param detail the item, e.g. {@code MEET [JPN, USA] 2023-01 «evidence…»}
 */
public record Mismatch(Kind kind, String category, String detail) {
  private static final int EVIDENCE_SHOWN = 30;

  /** Miss or false alarm. */
  public enum Kind {
    FN,
    FP
  }

  public Mismatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(detail, "detail");
  }

  /** A gold item that nothing predicted matched. */
  public static Mismatch missed(String category, String detail) {
    return new Mismatch(Kind.FN, category, detail);
  }

  /** A predicted item that matched no gold item. */
  public static Mismatch spurious(String category, String detail) {
    return new Mismatch(Kind.FP, category, detail);
  }

  /** An event as {@code TYPE [parties] date «evidence…»}, the date shown only when present. */
  static String describe(GoldEvent event) {
    String date = event.date().map(PartialDate::iso).map(d -> " " + d).orElse("");
    return event.type().name()
        + " "
        + event.parties()
        + date
        + " «"
        + shorten(event.evidence())
        + "»";
  }

  /** A position as {@code person country}. */
  static String describe(GoldPosition position) {
    return position.person() + " " + position.country();
  }

  /** A membership as {@code member org}. */
  static String describe(GoldMembership membership) {
    return membership.member() + " " + membership.org();
  }

  private static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= EVIDENCE_SHOWN) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, EVIDENCE_SHOWN)) + "…";
  }

  @Override
  public String toString() {
    return kind + " " + category + " " + detail;
  }
}
