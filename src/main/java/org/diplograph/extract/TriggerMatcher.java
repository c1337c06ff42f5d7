package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.TriggerEntry;
import org.diplograph.model.EventType;

/**
 * Finds the trigger words of the event types in a simplified sentence: the catalog's trigger words,
 * plus the constructions that need more than a word (提升为…伙伴关系, 建立…机制, 成为…成员). Where
 * triggers of one type overlap, the longest wins. Immutable and thread-safe.
 */
final class TriggerMatcher {
  private static final Pattern UPGRADE = Pattern.compile(
      "(提升为|升级为|升格为|提升至|升级至|提升到|升级到|建立|建)[^，。；,;]{0,20}?伙伴关系(?!计划|框架|网络|方面)");
  /** 对X表示关切/担忧/不满: a directed expression of opposition whose target follows 对. */
  private static final Pattern CONCERN = Pattern.compile(
      "对(?=[^，。；,;]{1,40}?(?:表示|表达|深表|的)?(?:严重|深切|强烈|严正)?(?:关切|担忧|不满|抗议))"
          + "|对(?=[^，。；,;]{1,30}?(?:实施|采取|宣布|进行|施加|祭出)(?:新一轮|新的|单边|进一步|第[0-9一二三四五六七八九十]+轮)?(?:制裁|反制裁|反制措施|惩罚))"
          + "|(?:敦促|要求|促请|奉劝|正告)(?=[^，。；,;]{1,20}?(?:停止|立即停止|撤销|撤回|纠正|收回|不要|切勿|放弃|停止))"
          + "|向(?=[^，。；,;]{1,12}?(?:提出|表示|表达)(?:严正|强烈)?(?:交涉|抗议))");
  private static final Pattern LAUNCH = Pattern.compile(
      "(建立|启动|发起|成立|设立|创建|创立|推出|宣布成立|开启|激活)[^，。；,;]{0,30}?"
          + "(机制|对话|小组|平台|倡议|工作组|框架|委员会|论坛|中心|办公室|联盟|网络|计划|项目)");
  private static final Pattern JOIN = Pattern.compile("加入|成为[^，。；,;]{1,40}?(成员国|成员|签署国|缔约国|会员国)");
  /** 访美, 访华, 访日: 访 with its destination (not 采访, 访谈, 拜访 of a person). */
  private static final Pattern VISIT_SHORT = Pattern.compile("(?<![采走拜探寻查暗回])访(?![问谈客])");
  /** 来华出席…, 来京参加…: coming to a place to attend is a visit. */
  private static final Pattern COME = Pattern.compile(
      "(?<![以未原本后近将带从出起过回])来(?=[\\u4e00-\\u9fff]{1,4}?(?:出席|参加|访问|考察|进行))");
  /**
   * 建交, 复交, 建立（大使级）外交关系, 恢复外交关系, 恢复邦交, 承认 (a state), 实现关系正常化: relations established or
   * restored. A period or an anniversary (建交以来, 建交50周年) still tells that they were; the states
   * that have relations (建交国) and a history (建交史) do not.
   */
  private static final Pattern ESTABLISH = Pattern.compile(
      "(?:建交|复交|(?:正式|重新|宣布)?(?:建立|恢复|重建|重新建立)[^，。；,;]{0,8}?(?:外交关系|邦交)|承认"
          + "|(?:实现|宣布|正式)了?(?:外交)?关系正常化|关系(?:实现|已经?)了?正常化)"
          + "(?!国|史|潮)");
  /** 断交, 断绝外交关系, 中止/终止外交关系, 撤销承认: relations severed (not 断交潮, 断交国). */
  private static final Pattern SEVER = Pattern.compile(
      "(?:断交|(?:断绝|中止|终止|中断|切断)[^，。；,;]{0,14}?(?:外交关系|邦交)|撤销(?:对[^，。；,;]{1,8})?承认|撤回(?:对[^，。；,;]{1,8})?承认)"
          + "(?![0-9０-９一二三四五六七八九十百多几]+|以来|潮|国)");
  /** The word of a recall trigger (召回驻美国大使，以示抗议): the states after 驻 are the targets. */
  static final String RECALLED = "召回驻";
  /** Recalling one's ambassadors in protest (以示抗议, 表达不满, 作为反制) opposes the states they were sent to. */
  private static final Pattern RECALL = Pattern.compile("召回(?:其|本国)?驻(?=[^。；]*?(?:抗议|不满|反制|报复))");
  /** The word of a sanction trigger (对X实施制裁): a decision to sanction is the sanction itself. */
  static final String SANCTION = "对…制裁";
  private static final Pattern SANCTION_AHEAD = Pattern.compile(
      "[^，。；,;]{1,30}?(?:实施|采取|宣布|进行|施加|祭出)(?:新一轮|新的|单边|进一步|第[0-9一二三四五六七八九十]+轮)?(?:制裁|反制裁|反制措施|惩罚)");
  private static final Map<EventType, Pattern> BUILT_IN = Map.of(
      EventType.UPGRADE_PARTNERSHIP, UPGRADE, EventType.LAUNCH, LAUNCH, EventType.JOIN, JOIN,
      EventType.ESTABLISH_RELATIONS, ESTABLISH, EventType.SEVER_RELATIONS, SEVER);

  private final List<TriggerEntry> words;

  TriggerMatcher(Catalog catalog) {
    this.words = catalog.triggers().stream()
        .filter(t -> !BUILT_IN.containsKey(t.type()) && !t.frame().equals("object")
            && !t.frame().equals(ReportedCriticism.FRAME))
        .sorted(Comparator.comparingInt((TriggerEntry t) -> -t.word().length()))
        .toList();
  }

  List<Trigger> find(String text) {
    List<Trigger> out = new ArrayList<>();
    for (TriggerEntry t : words) {
      int from = 0;
      int at;
      while ((at = text.indexOf(t.word(), from)) >= 0) {
        addIfFree(out, new Trigger(t.type(), at, at + t.word().length(), t.word()));
        from = at + 1;
      }
    }
    Matcher come = COME.matcher(text);
    while (come.find()) {
      addIfFree(out, new Trigger(EventType.VISIT, come.start(), come.end(), "来"));
    }
    Matcher visit = VISIT_SHORT.matcher(text);
    while (visit.find()) {
      addIfFree(out, new Trigger(EventType.VISIT, visit.start(), visit.end(), "访"));
    }
    Matcher c = CONCERN.matcher(text);
    while (c.find()) {
      boolean sanction = c.group().equals("对") && SANCTION_AHEAD.matcher(text).region(c.end(), text.length()).lookingAt();
      addIfFree(out, new Trigger(EventType.OPPOSE, c.start(), c.end(), sanction ? SANCTION : "对…关切"));
    }
    Matcher recalled = RECALL.matcher(text);
    while (recalled.find()) {
      addIfFree(out, new Trigger(EventType.OPPOSE, recalled.start(), recalled.end(), RECALLED));
    }
    BUILT_IN.forEach((type, p) -> {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (!(type == EventType.LAUNCH && m.group().contains("伙伴关系"))) {
          addIfFree(out, new Trigger(type, m.start(), m.end(), m.group()));
        }
      }
    });
    out.sort(Comparator.comparingInt(Trigger::start));
    return out;
  }

  private static void addIfFree(List<Trigger> out, Trigger t) {
    boolean taken = out.stream().anyMatch(o -> o.type() == t.type() && o.start() < t.end() && t.start() < o.end());
    if (!taken) {
      out.add(t);
    }
  }
}
