package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AssertionFilterTest {
  private final AssertionFilter filter = new AssertionFilter(Set.of());

  private boolean asserted(String text, String trigger, Set<Integer> actorStarts) {
    return filter.asserted(text, text.indexOf(trigger), actorStarts);
  }

  @Test
  void pastEventsAreAsserted() {
    assertTrue(asserted("美日两国外长在东京举行会谈", "会谈", Set.of()));
  }

  @Test
  void plansNegationsConditionsAndWishesAreNot() {
    assertFalse(asserted("两国领导人将于下月举行会谈", "会谈", Set.of()));
    assertFalse(asserted("双方计划明年签署协议", "签署", Set.of()));
    assertFalse(asserted("日本没有加入该组织", "加入", Set.of()));
    assertFalse(asserted("如果双方举行会谈", "会谈", Set.of()));
    assertFalse(asserted("美国希望与中国保持对话", "对话", Set.of()));
    assertFalse(asserted("北约将在东京开设联络处并与日本定期磋商", "磋商", Set.of()));
  }

  @Test
  void disposalJiangIsNotTheFuture() {
    String text = "双方宣布将美国与东盟的关系升级为全面战略伙伴关系";
    assertTrue(asserted(text, "升级为", Set.of(text.indexOf("美国"))));
  }

  @Test
  void onlyTheTriggersClauseCounts() {
    assertTrue(asserted("日本表示不会改变立场，两国外长随后举行会谈", "会谈", Set.of()));
  }

  @Test
  void wordsThatMerelyContainANegationDoNotBlock() {
    assertTrue(asserted("双方不断深化合作并举行会谈", "会谈", Set.of()));
  }
}
