package org.diplograph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a trigger states something that happened: not a plan (将, 计划, 拟), a negation
 * (未, 没有), a condition (如果, 一旦), a wish (希望, 寻求) or a habit (保持, 定期). Looks at the clause
 * before the trigger. 将 followed by an actor is the disposal construction (将美国与东盟的关系升级为…),
 * not the future. Immutable and thread-safe.
 */
final class AssertionFilter {
  private static final List<String> DEFAULT_BLOCKERS = List.of(
      "将会", "将于", "将在", "即将", "计划", "拟", "准备", "打算", "有望", "可能", "或将", "未", "没有", "尚未", "并未",
      "不会", "不再", "如果", "若", "一旦", "希望", "期待", "寻求", "呼吁", "保持", "定期", "例行", "每年", "同意",
      "决定", "应", "要求", "是否", "能否", "拒绝", "不", "无意", "旨在",
      // generic statements: 无论…磋商, 这些…对话 speak of kinds of events, not of one that happened
      "无论", "不论", "这些", "各种", "一系列", "申请", "争取", "考虑", "讨论是否", "继续", "视为",
      // a purpose is not a deed: 目的是“反击”…
      "目的是", "目的在于", "为了", "以期",
      // 会 of the future after a time or an adverb (本周会率领…访问), postponed and called-off events
      "本周会", "下周会", "明天会", "明年会", "今后会", "也会", "还会", "仍会", "才会", "都会",
      "推迟", "延期", "延后", "搁置", "取消", "叫停");

  private static final Pattern ATTENDING_AFTER_INVITATION =
      Pattern.compile("[^，。；]{0,12}?(参与|参加|出席|与会|访问|访华|赴)");

  private final Set<String> blockers;

  AssertionFilter(Set<String> catalogWords) {
    this.blockers = catalogWords.isEmpty() ? Set.copyOf(DEFAULT_BLOCKERS) : unionWithDefaults(catalogWords);
  }

  private static Set<String> unionWithDefaults(Set<String> words) {
    Set<String> all = new HashSet<>(DEFAULT_BLOCKERS);
    all.addAll(words);
    all.remove("将");
    return Set.copyOf(all);
  }

  /**
   * True when the trigger at {@code triggerStart} is asserted.
   *
   * @param actorStarts offsets where actor mentions start (to tell disposal 将 from future 将)
   */
  boolean asserted(String text, int triggerStart, Set<Integer> actorStarts) {
    return asserted(text, Clauses.start(text, triggerStart), triggerStart, actorStarts);
  }

  /** As {@link #asserted(String, int, Set)}, looking from {@code scopeStart} to the trigger. */
  boolean asserted(String text, int scopeStart, int triggerStart, Set<Integer> actorStarts) {
    return asserted(text, scopeStart, triggerStart, actorStarts, Set.of());
  }

  /** As {@link #asserted(String, int, int, Set)}, not counting the blockers in {@code allowed}. */
  boolean asserted(String text, int scopeStart, int triggerStart, Set<Integer> actorStarts, Set<String> allowed) {
    int clauseStart = scopeStart;
    String before = text.substring(clauseStart, triggerStart);
    for (String b : blockers) {
      if (allowed.contains(b)) {
        continue;
      }
      int at = before.indexOf(b);
      if (at >= 0 && !exempt(before, b, at)) {
        return false;
      }
    }
    if (before.endsWith("就") || before.endsWith("关于") || before.endsWith("围绕")) {
      // 就签署协定进行谈判: the act is the topic of talks, not a deed
      return false;
    }
    int jiang = before.lastIndexOf('将');
    if (jiang < 0 || before.startsWith("将军", jiang)) {
      return true;
    }
    return actorStarts.contains(clauseStart + jiang + 1) || isDisposal(before, jiang);
  }

  /** 将美越关系提升为…: 将 with the relation it moves is the disposal construction. */
  private static boolean isDisposal(String before, int jiang) {
    return before.substring(jiang + 1).contains("关系");
  }

  private static boolean exempt(String before, String blocker, int at) {
    // 不 inside common words that do not negate the event (不断, 不仅, 不久前)
    if (blocker.equals("不")) {
      String tail = before.substring(at);
      return tail.startsWith("不断") || tail.startsWith("不仅") || tail.startsWith("不久") || tail.startsWith("不到")
          || tail.startsWith("不满") || tail.startsWith("不同");
    }
    if (blocker.equals("受邀") || blocker.equals("获邀") || blocker.equals("邀请")) {
      // 受邀参与峰会, 应邀出席: invited and attending is attending
      return ATTENDING_AFTER_INVITATION.matcher(before).region(at + blocker.length(), before.length()).lookingAt();
    }
    return blocker.equals("应") && before.startsWith("应邀", at);
  }

}
