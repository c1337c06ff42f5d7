package org.diplograph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision a text gives: a year, a year and month, or a full day.
 *
 * @param year the year
 * @param month 1–12, or 0 when only the year is known
 * @param day 1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("bad month: " + year + "-" + month + "-" + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day); // throws DateTimeException on an impossible day
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  public static PartialDate ofDay(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Parses {@code 2023}, {@code 2023-03} or {@code 2023-03-11}; empty when the text is not such a date. */
  public static Optional<PartialDate> parse(String iso) {
    Matcher m = ISO.matcher(iso.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(m.group(1));
      int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return Optional.of(new PartialDate(y, mo, d));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  public boolean hasMonth() {
    return month != 0;
  }

  public boolean hasDay() {
    return day != 0;
  }

  /** The first day this date covers. */
  public LocalDate start() {
    return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
  }

  /** The last day this date covers. */
  public LocalDate end() {
    if (hasDay()) {
      return start();
    }
    if (hasMonth()) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** True when the coarser of the two dates is a prefix of the other (the guideline's match). */
  public boolean compatibleWith(PartialDate other) {
    String a = iso();
    String b = other.iso();
    return a.startsWith(b) || b.startsWith(a);
  }

  /** ISO 8601 at this date's precision: {@code 2023}, {@code 2023-03}, {@code 2023-03-11}. */
  public String iso() {
    if (hasDay()) {
      return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
    if (hasMonth()) {
      return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }
    return String.format(java.util.Locale.ROOT, "%04d", year);
  }

  @Override
  public int compareTo(PartialDate o) {
    return iso().compareTo(o.iso());
  }

  @Override
  public String toString() {
    return iso();
  }
}
