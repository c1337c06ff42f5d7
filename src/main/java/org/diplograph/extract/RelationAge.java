package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long ago relations were established, as the words after 建交 tell it: 建交67年来, 建交四十五周年
 * (so many years), 建交以来, 建交后 (some time, not said). Stateless.
 */
final class RelationAge {
  private static final Pattern AGE = Pattern.compile("([0-9０-９]{1,3}|[一二三四五六七八九十两]{1,4})(个)?(周)?(年|周年)");
  private static final Pattern PERIOD = Pattern.compile("以来|后|之后|至今|纪念");
  private static final String DIGITS = "零一二三四五六七八九";

  /** What the words after a relation's verb say of its age: {@code yearsAgo} empty when unsaid. */
  record Dating(Optional<Integer> yearsAgo) {}

  private RelationAge() {}

  /** The dating the text at {@code at} gives, or empty when it gives none (the verb tells a new event). */
  static Optional<Dating> after(String text, int at) {
    Matcher m = AGE.matcher(text).region(at, text.length());
    if (m.lookingAt()) {
      return Optional.of(new Dating(number(m.group(1))));
    }
    return PERIOD.matcher(text).region(at, text.length()).lookingAt()
        ? Optional.of(new Dating(Optional.empty())) : Optional.empty();
  }

  /** 67, ６７, 四十五, 十, 二十 → the number; empty when it cannot be read. */
  static Optional<Integer> number(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(s.chars().map(c -> Character.getNumericValue(c))
          .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString()));
    }
    String n = s.replace('两', '二');
    int ten = n.indexOf('十');
    if (ten < 0) {
      return n.length() == 1 ? Optional.of(DIGITS.indexOf(n.charAt(0))) : Optional.empty();
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(ten - 1));
    int units = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1));
    return tens < 0 || units < 0 ? Optional.empty() : Optional.of(tens * 10 + units);
  }
}
