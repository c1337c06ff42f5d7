package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.ActorId;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.NerTag;
import org.diplograph.model.Token;

/**
 * Finds person names in a sentence: the NER's PERSON spans (joined across ·), names that follow a
 * title of office even where the NER missed them, and the catalog's known persons; then reads the
 * title and affiliation written in front of the name (美国国防部长奥斯汀) or the title after it
 * (拜登总统), and an English name in parentheses. Thread-safe.
 */
final class PersonFinder {
  private static final Pattern ENGLISH = Pattern.compile("^\\s*[（(]\\s*([A-Z][A-Za-z.\\-' ]{2,60})\\s*[)）]");
  private static final String NAME_JOINERS = "·•・‧";
  private static final String TRAILING_FUNCTION_CHARS = "未在将也已曾";
  private static final String PHRASE_BREAKS = "，。、；：“”\"《》（）()!！?？,;:同在对向由被将为是并且就于跟从";
  private static final String CLAUSE_BREAKS = "，。；：!！?？,;:";
  private static final int MAX_TITLE_PHRASE = 24;

  private final TitleLexicon titles;

  PersonFinder(TitleLexicon titles) {
    this.titles = titles;
  }

  /** The persons of the sentence, not overlapping the given actor mentions. */
  List<PersonMention> find(String text, String original, List<Token> tokens, List<Mention> actorMentions, List<Mention> known) {
    List<int[]> spans = new ArrayList<>(nerSpans(text, tokens));
    spans.addAll(afterTitleSpans(text, tokens));
    known.forEach(k -> spans.add(new int[] {k.start(), k.end()}));
    List<int[]> names = new ArrayList<>();
    for (int[] s : merge(spans)) {
      int[] t = hanNamePart(text, trimTitles(text, s));
      if (t[1] - t[0] >= 2 && !overlapsAny(t, actorMentions) && !titles.isTitle(text.substring(t[0], t[1]))) {
        names.add(t);
      }
    }
    List<PersonMention> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int previousEnd = i == 0 ? 0 : names.get(i - 1)[1];
      PersonMention p = describe(text, original, names.get(i), previousEnd, actorMentions);
      out.add(inheritListAffiliation(text, p, out));
    }
    return out;
  }

  /**
   * The Chinese part of a name span: English names are aliases read from the parentheses after a
   * name, never persons of their own, and a span stops at the first character that cannot be in a
   * Chinese name.
   */
  private static int[] hanNamePart(String text, int[] s) {
    int start = s[0];
    while (start < s[1] && !Gazetteer.isHan(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < s[1] && (Gazetteer.isHan(text.charAt(end)) || NAME_JOINERS.indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    while (end > start && NAME_JOINERS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    // a negation or preposition the NER glued to the name (莫迪未出席, 拜登在…)
    if (end - start > 2 && TRAILING_FUNCTION_CHARS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new int[] {start, end};
  }

  /** In a list of officials (A国X部长甲、Y部长乙), a title without a country shares the previous one's. */
  private static PersonMention inheritListAffiliation(String text, PersonMention p, List<PersonMention> earlier) {
    if (p.affiliation().isPresent() || p.title().isEmpty() || earlier.isEmpty()) {
      return p;
    }
    PersonMention prev = earlier.get(earlier.size() - 1);
    String between = text.substring(prev.end(), p.start());
    boolean listed = between.matches("(?s)[^，。；]*[、][^，。；]*") || between.matches("(?s)([（(][^）)]*[）)])?(和|以及|及)[^，。；]*")
        || between.matches("(?s)([（(][^）)]*[）)])?的[^，。；、]*"); // 阿巴斯的发言人鲁代纳 serves Abbas's country
    return listed && prev.affiliation().isPresent()
        ? new PersonMention(p.start(), p.end(), p.name(), p.surface(), p.title(), prev.affiliation(), p.english(),
            p.titleBefore())
        : p;
  }

  private static List<int[]> nerSpans(String text, List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    int[] cur = null;
    for (Token t : tokens) {
      boolean person = t.ner() == NerTag.PERSON;
      boolean joiner = t.word().length() == 1 && NAME_JOINERS.indexOf(t.word().charAt(0)) >= 0;
      if (person && cur != null && cur[1] == t.begin()) {
        cur[1] = t.end();
      } else if (person) {
        cur = new int[] {t.begin(), t.end()};
        spans.add(cur);
      } else if (!(joiner && cur != null && cur[1] == t.begin())) {
        cur = null;
      } else {
        cur[1] = t.end();
      }
    }
    spans.forEach(s -> {
      while (s[1] > s[0] && NAME_JOINERS.indexOf(text.charAt(s[1] - 1)) >= 0) {
        s[1]--;
      }
    });
    return spans;
  }

  /** Names right after a title that the NER did not tag: proper-noun words after the title. */
  private List<int[]> afterTitleSpans(String text, List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size() - 1; i++) {
      Token t = tokens.get(i);
      if (!titles.isTitle(t.word()) && titles.endingAt(text, t.end()).isEmpty()) {
        continue;
      }
      int j = i + 1;
      int end = -1;
      while (j < tokens.size() && isNamePart(tokens.get(j), text) && (end < 0 || end == tokens.get(j).begin())) {
        end = tokens.get(j).end();
        j++;
      }
      if (end > 0 && end - t.end() >= 2 && end - t.end() <= 12) {
        spans.add(new int[] {t.end(), end});
      }
    }
    return spans;
  }

  private boolean isNamePart(Token t, String text) {
    boolean joiner = t.word().length() == 1 && NAME_JOINERS.indexOf(t.word().charAt(0)) >= 0;
    return joiner || (t.pos().equals("NR") && !titles.isTitle(t.word()) && t.ner() != NerTag.COUNTRY);
  }

  private static List<int[]> merge(List<int[]> spans) {
    List<int[]> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] s : sorted) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s[0] < last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        out.add(new int[] {s[0], s[1]});
      }
    }
    return out;
  }

  /** Cuts a title the NER swallowed into the name (首相岸田文雄 → 岸田文雄, 拜登总统 → 拜登). */
  private int[] trimTitles(String text, int[] s) {
    int start = s[0];
    int end = s[1];
    for (int k = start + 1; k < end - 1; k++) {
      if (titles.endingAt(text, k).filter(t -> t[0] == s[0]).isPresent()) {
        start = k;
      }
    }
    int nameStart = start;
    Optional<int[]> tail = titles.endingAt(text, end).filter(t -> t[0] > nameStart + 1);
    if (tail.isPresent()) {
      end = tail.get()[0];
    }
    // 米卡提等: the NER takes 等 (and the like) into the name it ends
    while (end - start > 2 && "等们".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean overlapsAny(int[] s, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.start() < s[1] && s[0] < m.end());
  }

  private PersonMention describe(String text, String original, int[] s, int previousEnd, List<Mention> actors) {
    String name = text.substring(s[0], s[1]);
    Optional<String> title = Optional.empty();
    Optional<ActorId> affiliation = Optional.empty();
    Optional<int[]> before = titles.endingAt(text, s[0]);
    if (before.isPresent()) {
      int phraseStart = Math.max(previousEnd, titlePhraseStart(text, before.get()[0]));
      int extended = Math.max(previousEnd, earlierTitleOfTheSamePerson(text, phraseStart));
      Optional<Mention> owner = extended < phraseStart
          ? firstOwnerIn(text, actors, extended, before.get()[0])
          : lastOwnerBefore(text, actors, phraseStart, before.get()[0]);
      owner = owner.or(() -> lastOwnerBefore(text, actors, Math.max(previousEnd, clauseStart(text, phraseStart)), phraseStart));
      affiliation = owner.flatMap(Mention::single);
      int titleStart = owner.map(Mention::end).orElse(before.get()[0]);
      title = Optional.of(text.substring(titleStart, s[0]).replaceFirst("^的", ""));
    } else if (text.startsWith("是", s[1])) {
      Optional<int[]> predicate = predicateTitle(text, s[1]);
      title = predicate.map(t -> text.substring(t[0], t[1]));
      affiliation = predicate.flatMap(t -> lastOwnerBefore(text, actors, s[1], t[0])).flatMap(Mention::single);
    } else {
      Optional<int[]> after = titles.startingAt(text, s[1]);
      title = after.map(t -> text.substring(t[0], t[1]));
    }
    return new PersonMention(s[0], s[1], name, original.substring(s[0], s[1]), title.filter(t -> !t.isBlank()),
        affiliation, english(text, s[1]), before.isPresent());
  }

  /** Where the title phrase before a name begins: after the last break within reach. */
  /**
   * 柬埔寨外交部国务秘书、东盟峰会发言人孔帕克: where the phrase before 、 ends with a title (not a
   * name), both titles are the same person's; returns where that earlier phrase starts, else
   * {@code phraseStart}.
   */
  private int earlierTitleOfTheSamePerson(String text, int phraseStart) {
    if (phraseStart < 2 || text.charAt(phraseStart - 1) != '、' || titles.endingAt(text, phraseStart - 1).isEmpty()) {
      return phraseStart;
    }
    return titlePhraseStart(text, phraseStart - 1);
  }

  /** 拜登是…的美国总统: the title (and its country) a copula gives the name, to the clause's end. */
  private Optional<int[]> predicateTitle(String text, int copula) {
    int end = copula;
    while (end < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '。') {
      end++;
    }
    return titles.endingAt(text, end);
  }

  private static Optional<Mention> firstOwnerIn(String text, List<Mention> actors, int from, int to) {
    return actors.stream()
        .filter(m -> m.start() >= from && m.end() <= to)
        .filter(m -> m.start() == 0 || text.charAt(m.start() - 1) != '驻')
        .filter(m -> m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION)
        .findFirst();
  }

  private static int titlePhraseStart(String text, int titleStart) {
    int i = titleStart;
    while (i > 0 && titleStart - i < MAX_TITLE_PHRASE && PHRASE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int clauseStart(String text, int at) {
    int i = at;
    while (i > 0 && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  /** The last country or organization in the span, not one after 驻 (驻美大使 serves in, not for, the US). */
  private static Optional<Mention> lastOwnerBefore(
      String text, List<Mention> actors, int phraseStart, int titleStart) {
    return actors.stream()
        .filter(m -> m.start() >= phraseStart && m.end() <= titleStart)
        .filter(m -> m.start() == 0 || text.charAt(m.start() - 1) != '驻')
        .filter(m -> m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION)
        .reduce((a, b) -> b);
  }

  private static Optional<String> english(String text, int end) {
    Matcher m = ENGLISH.matcher(text.substring(end));
    return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }
}
