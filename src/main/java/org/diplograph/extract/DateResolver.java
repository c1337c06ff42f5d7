package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.PartialDate;

/**
 * Finds date expressions in a simplified sentence and resolves them against a reference: the
 * publication date and the last year the text named. Handles 2023年3月11日, 2023年3月, 2023年,
 * 3月11日, 11日 (当地时间10日), ranges (3月7日至8日: the first day), 今天/昨天/前天, 周二/星期二 (the last
 * such day up to publication), 本周/上周, 本月/上月, 今年/去年/前年 with or without a month, and
 * 2023年初/年底. Stateless and thread-safe.
 */
public final class DateResolver {
  private static final String DAY = "(\\d{1,2})\\s*(?:[日号]?\\s*[~～至到\\-—－]\\s*\\d{1,2}\\s*)?[日号]";
  private static final Pattern FULL = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:" + DAY + ")?");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(?:" + DAY + ")?");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月)(?!代)");
  private static final Pattern RELATIVE_YEAR = Pattern.compile("(今年|去年|前年|明年)\\s*(?:(\\d{1,2})\\s*月)?\\s*(?:" + DAY + ")?");
  /** 60年前, 30多年前 is not a date (多 makes it vague); 前往 and 前总统 are no 前 of time. */
  private static final Pattern YEARS_AGO = Pattern.compile("(?<![\\d.])(\\d{1,3})\\s*年前(?![往任总身者])");
  private static final Pattern RELATIVE_MONTH = Pattern.compile("(本月|上月|上个月)(?:" + DAY + ")?");
  private static final Pattern WEEKDAY = Pattern.compile("(上周|本周|这周|上星期|本星期)?(?:周|星期|礼拜)([一二三四五六日天])");
  private static final Pattern WEEK = Pattern.compile("本周|这周|上周|上星期|本星期");
  private static final Pattern DAY_WORD = Pattern.compile("今天|今日|昨天|昨日|前天|日前");
  /** 当天, 同日: the day the text has just named. */
  private static final Pattern SAME_DAY = Pattern.compile("当天|当日|同日|同一天");
  /** 5日, 13至14日: a day of the publication month (Xinhua style: 习近平5日在北京会见…). */
  private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月年日号~～至到\\-—－])(\\d{1,2})\\s*(?:[日号]?\\s*[~～至到\\-—－]\\s*\\d{1,2}\\s*)?[日号](?![本方韩美])");
  private static final Pattern LOCAL_DAY = Pattern.compile("(?:当地时间|北京时间)\\s*(\\d{1,2})\\s*[日号]");
  private static final String WEEKDAYS = "一二三四五六日";

  /**
   * The dates of the sentence in text order.
   *
   * @param text the simplified sentence
   * @param published the publication date, if known
   * @param contextYear the last year named earlier in the document, if any
   */
  public List<DateMention> find(String text, Optional<LocalDate> published, Optional<Integer> contextYear) {
    return find(text, published, contextYear, Optional.empty());
  }

  /**
   * As {@link #find(String, Optional, Optional)}, with the date the text named last before this
   * sentence, which 当天/同日 refer to when the sentence itself names no earlier date.
   */
  public List<DateMention> find(String text, Optional<LocalDate> published, Optional<Integer> contextYear,
      Optional<PartialDate> previous) {
    List<DateMention> out = new ArrayList<>(found(text, published, contextYear));
    Matcher m = SAME_DAY.matcher(text);
    while (m.find()) {
      int at = m.start();
      // 当天 is a day: the last day-precise date named, else the publication day
      Optional<PartialDate> named = out.stream().filter(d -> d.end() <= at).reduce((a, b) -> b)
          .map(DateMention::date).or(() -> previous).filter(PartialDate::hasDay)
          .or(() -> published.map(PartialDate::of));
      named.ifPresent(d -> add(out, new DateMention(m.start(), m.end(), d, true)));
    }
    out.sort(Comparator.comparingInt(DateMention::start));
    return List.copyOf(out);
  }

  private List<DateMention> found(String text, Optional<LocalDate> published, Optional<Integer> contextYear) {
    List<DateMention> out = new ArrayList<>();
    Optional<Integer> year = contextYear.or(() -> published.map(LocalDate::getYear));
    addFull(text, out);
    addRelativeYear(text, published, out);
    addMonthDay(text, published, year, out);
    addYear(text, out);
    published.ifPresent(p -> addRelativeDays(text, p, out));
    out.sort(Comparator.comparingInt(DateMention::start));
    return List.copyOf(out);
  }

  private static void addFull(String text, List<DateMention> out) {
    Matcher m = FULL.matcher(text);
    while (m.find()) {
      date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))
          .ifPresent(d -> add(out, new DateMention(m.start(), m.end(), d, true)));
    }
  }

  private static void addRelativeYear(String text, Optional<LocalDate> published, List<DateMention> out) {
    if (published.isEmpty()) {
      return;
    }
    Matcher m = RELATIVE_YEAR.matcher(text);
    while (m.find()) {
      int y = published.get().getYear() + switch (m.group(1)) {
        case "去年" -> -1;
        case "前年" -> -2;
        case "明年" -> 1;
        default -> 0;
      };
      Optional<PartialDate> d = m.group(2) == null ? Optional.of(PartialDate.ofYear(y))
          : date(y, Integer.parseInt(m.group(2)), m.group(3));
      d.ifPresent(x -> add(out, new DateMention(m.start(), m.end(), x, true)));
    }
    Matcher ago = YEARS_AGO.matcher(text);
    while (ago.find()) {
      // 60年前，中法两国…建立外交关系: counted back from the publication year
      add(out, new DateMention(ago.start(), ago.end(), PartialDate.ofYear(published.get().getYear()
          - Integer.parseInt(ago.group(1))), true));
    }
    Matcher r = RELATIVE_MONTH.matcher(text);
    while (r.find()) {
      LocalDate base = r.group(1).equals("本月") ? published.get() : published.get().minusMonths(1);
      date(base.getYear(), base.getMonthValue(), r.group(2))
          .ifPresent(x -> add(out, new DateMention(r.start(), r.end(), x, true)));
    }
  }

  private static void addMonthDay(
      String text, Optional<LocalDate> published, Optional<Integer> year, List<DateMention> out) {
    if (year.isEmpty()) {
      return;
    }
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      int month = Integer.parseInt(m.group(1));
      int y = year.get();
      // a month after the publication month is last year's (reported in January about December)
      if (published.isPresent() && published.get().getYear() == y && month > published.get().getMonthValue()) {
        y--;
      }
      date(y, month, m.group(2)).ifPresent(d -> add(out, new DateMention(m.start(), m.end(), d, false)));
    }
  }

  private static void addYear(String text, List<DateMention> out) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= 1900 && y <= 2100) {
        add(out, new DateMention(m.start(), m.end(), PartialDate.ofYear(y), true));
      }
    }
  }

  private static void addRelativeDays(String text, LocalDate published, List<DateMention> out) {
    Matcher w = WEEKDAY.matcher(text);
    while (w.find()) {
      DayOfWeek dow = DayOfWeek.of(WEEKDAYS.indexOf(w.group(2).replace("天", "日")) + 1);
      LocalDate d = published;
      while (d.getDayOfWeek() != dow) {
        d = d.minusDays(1);
      }
      if (w.group(1) != null && w.group(1).startsWith("上")) {
        d = d.minusWeeks(1);
      }
      add(out, new DateMention(w.start(), w.end(), PartialDate.of(d), true));
    }
    addWords(text, published, out);
    addDayOnly(text, published, out);
    Matcher l = LOCAL_DAY.matcher(text);
    while (l.find()) {
      int day = Integer.parseInt(l.group(1));
      LocalDate base = day > published.getDayOfMonth() ? published.minusMonths(1) : published;
      date(base.getYear(), base.getMonthValue(), l.group(1))
          .ifPresent(x -> add(out, new DateMention(l.start(), l.end(), x, true)));
    }
  }

  private static void addDayOnly(String text, LocalDate published, List<DateMention> out) {
    Matcher m = DAY_ONLY.matcher(text);
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      LocalDate base = day > published.getDayOfMonth() ? published.minusMonths(1) : published;
      date(base.getYear(), base.getMonthValue(), m.group(1))
          .ifPresent(x -> add(out, new DateMention(m.start(), m.end(), x, false)));
    }
  }

  private static void addWords(String text, LocalDate published, List<DateMention> out) {
    Matcher d = DAY_WORD.matcher(text);
    while (d.find()) {
      LocalDate day = switch (d.group()) {
        case "昨天", "昨日" -> published.minusDays(1);
        case "前天" -> published.minusDays(2);
        default -> published;
      };
      PartialDate p = d.group().equals("日前") ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
          : PartialDate.of(day);
      add(out, new DateMention(d.start(), d.end(), p, true));
    }
    Matcher k = WEEK.matcher(text);
    while (k.find()) {
      LocalDate day = k.group().startsWith("上") ? published.minusWeeks(1) : published;
      add(out, new DateMention(k.start(), k.end(), PartialDate.ofMonth(day.getYear(), day.getMonthValue()), true));
    }
  }

  private static Optional<PartialDate> date(int year, int month, String day) {
    try {
      return Optional.of(day == null ? PartialDate.ofMonth(year, month)
          : PartialDate.ofDay(year, month, Integer.parseInt(day)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Adds unless an already found expression covers it (the longer, more precise one wins). */
  private static void add(List<DateMention> out, DateMention d) {
    boolean covered = out.stream().anyMatch(o -> o.start() <= d.start() && d.end() <= o.end()
        || (o.start() < d.end() && d.start() < o.end()));
    if (!covered) {
      out.add(d);
    }
  }
}
