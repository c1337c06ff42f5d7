package org.diplograph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that hold only a date or time stamp, in the usual news-page forms
 * ({@code 12/03/2022 - 02:16}, {@code Wed, 12 Jul 2023 09:38:33 GMT}, {@code 2023-07-12T09:38:33Z},
 * {@code 2023年7月12日 09:38}, optionally after a label such as {@code 发布时间：}). Stateless.
 */
final class DateLineMatcher {
  private static final Pattern LABEL =
      Pattern.compile(
          "^(发布时间|更新时间|发布日期|发表时间|更新時間|發佈時間|發布時間|时间|日期|發佈|發布|发布于|更新于|发布|更新"
              + "|published( on)?|updated( on)?|posted( on)?)\\s*[:：]?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
              + "|nov(ember)?|dec(ember)?)\\b\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_WORDS =
      Pattern.compile(
          "\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b\\.?|\\b(am|pm|gmt|utc|cst|est|edt|cet|cest|bst)\\b"
              + "|星期[一二三四五六日天]|周[一二三四五六日]|上午|下午|北京时间|[年月日号时分秒]|T(?=\\d)|Z$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERS_AND_SEPARATORS = Pattern.compile("[\\d\\s\\-/.:,+|（）()]+");
  private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");

  /** True when the trimmed line is a date or time and nothing else. */
  boolean isDateOnly(String line) {
    String body = LABEL.matcher(line.strip()).replaceFirst("");
    boolean namedMonth = MONTH.matcher(body).find() || body.contains("月");
    String rest = OTHER_WORDS.matcher(MONTH.matcher(body).replaceAll(" ")).replaceAll(" ");
    if (rest.isBlank() || !NUMBERS_AND_SEPARATORS.matcher(rest).matches()) {
      return false;
    }
    int groups = countDigitGroups(rest);
    return groups >= 3 || (namedMonth && groups >= 1);
  }

  private static int countDigitGroups(String text) {
    Matcher m = DIGIT_GROUP.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }
}
