package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.EventType;

/**
 * Reads the non-actor arguments of an event around its trigger: the place (在金边举行, 在柬埔寨首都金边),
 * the meeting's quoted name, the signed document in 《》, the partnership level, the launched
 * mechanism, the opposed issue. Stateless and thread-safe.
 */
final class ArgumentReader {
  private static final Pattern PLACE = Pattern.compile(
      "(?:在|于)(?:[^，。；、\\s在于]{1,8}?首都)?([^，。；、\\s在于与同和的]{2,6}?)(?=举行|召开|会晤|会见|会谈|签署|出席|参加|发表|进行|通话|峰会|会议|期间|时|，)");
  private static final Pattern BOOK = Pattern.compile("《([^》]{2,60})》");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{2,40})[”\"]");
  private static final Pattern LEVEL = Pattern.compile("(?:提升为|升级为|升格为|提升至|升级至|提升到|升级到|建立)[“\"]?([^，。；,;“”\"]{0,16}?伙伴关系)");

  Optional<String> place(String text, Trigger t) {
    Matcher m = PLACE.matcher(text);
    Optional<String> best = Optional.empty();
    while (m.find() && m.start() < t.end() + 2) {
      best = Optional.of(m.group(1));
    }
    return best.filter(p -> !p.matches(".*\\d.*"));
  }

  /** The place before the trigger, else the first one in the rest of its clause (峰会9日在新德里举行). */
  Optional<String> placeInClause(String text, Trigger t) {
    Optional<String> before = place(text, t);
    if (before.isPresent()) {
      return before;
    }
    Matcher m = PLACE.matcher(text);
    m.region(t.end(), Clauses.end(text, t.end()));
    return m.find() ? Optional.of(m.group(1)).filter(p -> !p.matches(".*\\d.*")) : Optional.empty();
  }

  Optional<String> name(String text, Trigger t) {
    if (t.type() != EventType.MEET) {
      return Optional.empty();
    }
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      boolean near = m.end() >= t.start() - 1 && m.start() <= t.end() + 1;
      if (near || (m.start() < t.end() && m.end() > t.start())) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  Optional<String> object(String text, Trigger t) {
    return switch (t.type()) {
      case SIGN, JOINT_STATEMENT -> firstBookAfter(text, t.type() == EventType.SIGN ? t.end() : Math.max(0, t.start() - 30));
      case UPGRADE_PARTNERSHIP -> group(LEVEL.matcher(t.word()), 1);
      case LAUNCH -> Optional.of(stripVerb(t.word()));
      case OPPOSE -> Optional.of(text.substring(t.end(), Clauses.end(text, t.end()))).filter(s -> !s.isBlank());
      default -> Optional.empty();
    };
  }

  private static Optional<String> firstBookAfter(String text, int from) {
    Matcher m = BOOK.matcher(text);
    return m.find(Math.min(from, text.length())) ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<String> group(Matcher m, int g) {
    return m.find() ? Optional.of(m.group(g)) : Optional.empty();
  }

  private static String stripVerb(String word) {
    return word.replaceFirst("^(宣布成立|建立|启动|发起|成立|设立|创建|创立|推出|开启|激活)(了|一个|一项|新的)*", "")
        .replaceAll("[“”\"]", "");
  }

}
