package org.diplograph.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.CountryEntry;
import org.diplograph.model.ActorId;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;

/**
 * Finds countries written with their one-character short forms: compounds of several (日美, 美日韩,
 * 澳英美, 美日印澳), a short form with 方 (美方, 中方), and 华 for China after a verb or preposition
 * (访华, 对华). A run of short forms counts as a compound only where it starts a word and is followed
 * by a word boundary or a word that typically follows such compounds (两国, 关系, 峰会 …), so that
 * 中 in 其中 or 美 in 美元 are not taken for countries. Immutable and thread-safe.
 */
public final class CompoundCountrySplitter {
  private static final List<String> FOLLOWERS = List.of(
      "两国", "三国", "四国", "五国", "六国", "双边", "三边", "四边", "多边", "三方", "四方", "关系", "同盟", "联盟",
      "峰会", "首脑", "领导人", "会谈", "会晤", "外长", "防长", "外交", "安全", "防务", "军", "联合", "合作", "对话",
      "磋商", "等", "之间", "间", "举行", "签署", "发表", "谴责", "的", "在", "与", "和", "同", "就", "将", "已", "也",
      "均", "共同", "海", "经济", "贸易", "科技", "伙伴", "澳", "元首", "首相", "总统", "政府", "国防", "外务", "三角",
      "机制", "框架", "协定", "协议", "关系", "对", "向", "达成", "宣布", "建立", "各", "分别", "还", "都");
  private static final List<String> AFTER_VISIT = List.of(
      "期间", "并", "与", "时", "后", "前", "的", "之", "和", "，", "。", "、", "行", "访问", "会见", "出席", "参加", "进行");
  private static final List<String> BEFORE_TITLE = List.of(
      "国务卿", "总统", "副总统", "外长", "防长", "总理", "首相", "外相", "国防部", "外交部", "外务省", "防卫省", "驻",
      "军方", "政府", "官员", "大使", "领导人", "元首");
  private static final List<String> NOT_COUNTRY_AFTER_GUO = List.of(
      "国防", "国务", "国会", "国家", "国际", "国内", "国外", "国事", "国土", "国民", "国旗", "国歌", "国情", "国库", "国企",
      "国宾", "国宴", "国礼", "国是");
  /** Short forms that are also everyday words in front of a title (新总统 is a new president). */
  private static final String COMMON_ADJECTIVES = "新老古以加南北东西大小前";
  private static final String VERBS_BEFORE_HUA = "访对驻来在赴涉反援抵侵旅离";
  private static final String NOT_SIDE = "面法式向案针位圆略说";

  /** Initials too common as words to stand for a country the catalog does not abbreviate so. */
  private static final Set<String> GENERIC_INITIALS = Set.of("东", "西", "南", "北", "中", "大", "小", "上", "下", "老", "多", "不");

  private final Catalog catalog;

  public CompoundCountrySplitter(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The short-form mentions of the sentence that do not overlap {@code taken}.
   *
   * @param text the simplified sentence
   * @param wordStarts offsets where a word starts (all offsets when the sentence is not segmented)
   */
  public List<Mention> find(String text, Set<Integer> wordStarts, List<Mention> taken) {
    return find(text, wordStarts, taken, Set.of());
  }

  /**
   * As {@link #find(String, Set, List)}, reading a short form as the country of the document whose
   * name begins with it when the document names that country in full and not the usual one (巴 in a
   * text about 巴西 is Brazil, 肯 next to 肯尼亚 is Kenya).
   *
   * @param named the countries the document names in full
   */
  public List<Mention> find(String text, Set<Integer> wordStarts, List<Mention> taken, Set<ActorId> named) {

    return LeftToRightScan.scan(text.length(),
        i -> startsTaken(i, taken) ? Optional.empty() : at(text, i, wordStarts, taken, named), Mention::end);
  }

  private Optional<Mention> at(String text, int i, Set<Integer> wordStarts, List<Mention> taken,
      Set<ActorId> named) {
    List<ActorId> run = runAt(text, i, taken, named);
    if (run.size() >= 2 && wordStarts.contains(i) && goodEnd(text, i + run.size(), wordStarts)) {
      String surface = text.substring(i, i + run.size());
      return Optional.of(new Mention(i, i + run.size(), surface, MentionKind.COMPOUND, run, 0, 0.9));
    }
    boolean sideWord = isSide(text, i + 1) || (i + 1 < text.length() && text.charAt(i + 1) == '方'
        && wordStarts.contains(i + 2) && wordStarts.size() < text.length());
    if (run.size() >= 1 && sideWord && "东西南北".indexOf(text.charAt(i)) < 0) {
      return Optional.of(new Mention(i, i + 2, text.substring(i, i + 2), MentionKind.COUNTRY,
          List.of(run.get(0)), 0, 0.95));
    }
    if (text.charAt(i) == '华' && i > 0 && VERBS_BEFORE_HUA.indexOf(text.charAt(i - 1)) >= 0) {
      return catalog.countryByName("中国").map(c -> Mention.of(i, i + 1, "华", MentionKind.COUNTRY, c.id()));
    }
    boolean segmented = wordStarts.size() < text.length();
    if (run.size() == 1 && i + 1 < text.length() && text.charAt(i + 1) == '国' && !startsWord(text, i + 1)
        && COMMON_ADJECTIVES.indexOf(text.charAt(i)) < 0 && (!segmented || wordStarts.contains(i))) {
      // (钓鱼台国宾馆: 台 ends a word, it is no initial)
      // 星国, 菲国, 宏国: an initial with 国
      return Optional.of(new Mention(i, i + 2, text.substring(i, i + 2), MentionKind.COUNTRY, run, 0, 0.8));
    }
    boolean commonWord = COMMON_ADJECTIVES.indexOf(text.charAt(i)) >= 0;
    if (run.size() == 1 && (afterVisitVerb(text, i) || (!commonWord && beforeTitle(text, i + 1)))) {
      return Optional.of(new Mention(i, i + 1, text.substring(i, i + 1), MentionKind.COUNTRY, run, 0, 0.85));
    }
    return Optional.empty();
  }

  /** 国 starting 国防部, 国务院, 国会 …: the character before it is then not an initial with 国. */
  private static boolean startsWord(String text, int guo) {
    return NOT_COUNTRY_AFTER_GUO.stream().anyMatch(w -> text.startsWith(w, guo));
  }

  /** 访美, 赴日, 抵韩: a single short form as the object of a travel verb. */
  private static boolean afterVisitVerb(String text, int i) {
    boolean verb = i > 0 && "访赴抵".indexOf(text.charAt(i - 1)) >= 0;
    int next = i + 1;
    return verb && (next >= text.length() || !Gazetteer.isHan(text.charAt(next))
        || AFTER_VISIT.stream().anyMatch(w -> text.startsWith(w, next)));
  }

  /** 美国务卿, 日首相, 韩外长: a single short form in front of a title or a state organ. */
  private static boolean beforeTitle(String text, int next) {
    return BEFORE_TITLE.stream().anyMatch(w -> text.startsWith(w, next));
  }

  /** The countries of the longest run of distinct short forms starting at {@code i}. */
  private List<ActorId> runAt(String text, int i, List<Mention> taken, Set<ActorId> named) {
    Set<ActorId> run = new LinkedHashSet<>();
    int j = i;
    while (j < text.length() && !startsTaken(j, taken)) {
      Optional<CountryEntry> c = shortForm(text, j, named);
      if (c.isEmpty() || !run.add(c.get().id())) {
        break;
      }
      j++;
    }
    return List.copyOf(run);
  }

  private Optional<CountryEntry> shortForm(String text, int j, Set<ActorId> inDocument) {
    String ch = text.substring(j, j + 1);
    // 澳新 is the customary pairing of Australia and New Zealand (新 alone reads as Singapore)
    if (ch.equals("新") && j > 0 && text.charAt(j - 1) == '澳') {
      return catalog.countryByName("新西兰");
    }
    if (!Gazetteer.isHan(ch.charAt(0))) {
      return Optional.empty(); // initials are Chinese characters; TDMM is no compound of countries
    }
    Optional<CountryEntry> usual = catalog.countryByShortForm(ch);
    if (GENERIC_INITIALS.contains(ch)
        || usual.map(u -> inDocument.contains(u.id())).orElse(false)) {
      return usual;
    }
    List<CountryEntry> byInitial = inDocument.stream().map(catalog::country).flatMap(Optional::stream)
        .filter(c -> c.names().stream().anyMatch(n -> n.startsWith(ch))).toList();
    if (byInitial.size() > 1) {
      return Optional.empty(); // 巴 in a text naming 巴勒斯坦 and 巴林 but not 巴基斯坦: no safe reading
    }
    return byInitial.isEmpty() ? usual : Optional.of(byInitial.get(0));
  }

  private static boolean startsTaken(int j, List<Mention> taken) {
    return taken.stream().anyMatch(t -> t.start() <= j && j < t.end());
  }

  private static boolean goodEnd(String text, int end, Set<Integer> wordStarts) {
    if (end >= text.length() || !Gazetteer.isHan(text.charAt(end))) {
      return true;
    }
    String rest = text.substring(end);
    return FOLLOWERS.stream().anyMatch(rest::startsWith) || rest.startsWith("“")
        || (wordStarts.contains(end) && wordStarts.size() < text.length());
  }

  private static boolean isSide(String text, int next) {
    return next < text.length() && text.charAt(next) == '方'
        && (next + 1 >= text.length() || NOT_SIDE.indexOf(text.charAt(next + 1)) < 0);
  }
}
