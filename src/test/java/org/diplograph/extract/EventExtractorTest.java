package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Optional;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Membership;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction rules on short hand-written sentences in the styles of several outlets. */
class EventExtractorTest {
  private static final LocalDate FRI_2024_05_10 = LocalDate.of(2024, 5, 10);
  private static HandWrittenExtraction extraction;

  @BeforeAll
  static void load() {
    extraction = HandWrittenExtraction.publishedOn(FRI_2024_05_10);
  }

  private static DocumentExtraction extract(String... sentences) {
    return extraction.of(sentences);
  }

  private static List<Event> events(String... sentences) {
    return extract(sentences).events();
  }

  private static ActorId c(String iso) {
    return ActorId.country(iso);
  }

  private static Event only(EventType type, List<Event> events) {
    List<Event> ofType = events.stream().filter(e -> e.type() == type).toList();
    assertEquals(1, ofType.size(), () -> "one " + type + " expected in " + events);
    return ofType.get(0);
  }

  @Test
  void aMeetingVerbTakesItsSubjectAndObject() {
    Event e = only(EventType.MEET, events("国家主席 [[习近平]] 9日 在 北京 会见 法国 总统 [[马克龙]] 。"));
    assertEquals(List.of(c("CHN"), c("FRA")), e.partyKey());
    assertEquals("2024-05-09", e.date().orElseThrow().iso());
  }

  @Test
  void aWithBHoldTalksIsAMeetingOfBoth() {
    Event e = only(EventType.MEET, events("2023年 3月 ， 德国 外长 与 巴西 外长 在 柏林 举行 会谈 。"));
    assertEquals(List.of(c("BRA"), c("DEU")), e.partyKey());
    assertEquals(Optional.of("2023-03"), e.date().map(d -> d.iso()));
    assertEquals(Optional.of("柏林"), e.place());
  }

  @Test
  void plansAndNegationsAreNotEvents() {
    assertTrue(events("两国 领导人 将 于 下月 举行 会谈 。").isEmpty());
    assertTrue(events("日本 没有 加入 上海合作组织 。").isEmpty());
    assertTrue(events("如果 美国 与 伊朗 举行 会谈 ， 局势 将 缓和 。").isEmpty());
  }

  @Test
  void bothSidesStandForThePartiesInContext() {
    List<Event> es = events("越南 总理 与 新加坡 总理 举行 会谈 。", "双方 发表 联合声明 。");
    assertEquals(List.of(c("SGP"), c("VNM")), only(EventType.JOINT_STATEMENT, es).partyKey());
  }

  @Test
  void aVisitIsDirectedFromVisitorToHost() {
    Event e = only(EventType.VISIT, events("德国 总理 [[朔尔茨]] 抵达 北京 ， 对 中国 进行 正式 访问 。"));
    assertEquals(List.of(c("DEU"), c("CHN")), e.parties());
    Event f = only(EventType.VISIT, events("印尼 总统 [[佐科]] 访美 。"));
    assertEquals(List.of(c("IDN"), c("USA")), f.parties());
  }

  @Test
  void aSigningKeepsTheDocumentInBookTitleMarks() {
    Event e = only(EventType.SIGN, events("中国 和 柬埔寨 签署 了 《 自由贸易协定 》 。"));
    assertEquals(List.of(c("CHN"), c("KHM")), e.partyKey());
    assertEquals(Optional.of("自由贸易协定"), e.object().map(o -> o.replace(" ", "")));
  }

  @Test
  void anUpgradeWithTheDisposalJiangIsAsserted() {
    Event e = only(EventType.UPGRADE_PARTNERSHIP, events("两国 元首 宣布 将 中越 关系 提升 为 全面 战略 伙伴关系 。"));
    assertEquals(List.of(c("CHN"), c("VNM")), e.partyKey());
  }

  @Test
  void joiningAnOrganizationIsDirectedAndMakesAMember() {
    DocumentExtraction x = extract("芬兰 正式 加入 北约 。");
    Event e = only(EventType.JOIN, x.events());
    assertEquals(List.of(c("FIN"), ActorId.organization("NATO")), e.parties());
    assertTrue(x.memberships().contains(new Membership(c("FIN"), ActorId.organization("NATO"))));
  }

  @Test
  void severalSourcesOpposingOneTargetGiveOneEventEach() {
    List<Event> es = events("美菲日 谴责 北京 在 南海 的 行为 。");
    assertEquals(3, es.stream().filter(e -> e.type() == EventType.OPPOSE).count());
    assertTrue(es.stream().allMatch(e -> e.parties().get(1).equals(c("CHN"))));
  }

  @Test
  void launchingAMechanismNamesIt() {
    Event e = only(EventType.LAUNCH, events("2021年 ， 中国 与 东盟 启动 了 海上 合作 对话 机制 。"));
    assertEquals(List.of(c("CHN"), ActorId.organization("ASEAN")), e.partyKey());
    assertEquals("2021", e.date().orElseThrow().iso());
  }

  @Test
  void theSameMeetingMentionedTwiceIsOneEvent() {
    List<Event> es = events("美国 与 日本 5月 8日 举行 会谈 。", "日美 会谈 的 重点 是 安全 合作 。");
    assertEquals(1, es.stream().filter(e -> e.type() == EventType.MEET).count());
  }

  @Test
  void weekdaysAreDatedFromThePublicationDay() {
    Event e = only(EventType.MEET, events("英国 首相 周二 与 印度 总理 通电话 。"));
    assertEquals("2024-05-07", e.date().orElseThrow().iso());
  }

  @Test
  void traditionalCharactersWork() {
    Event e = only(EventType.MEET, events("美國 總統 [[川普]] 與 南韓 總統 [[文在寅]] 在 板門店 會晤 。"));
    assertEquals(List.of(c("KOR"), c("USA")), e.partyKey());
  }

  @Test
  void sameDayRefersToTheDayJustNamed() {
    List<Event> es = events("美国 国务卿 周二 （ 7日 ） 抵达 阿布贾 。", "她 当天 与 尼日利亚 外长 举行 会谈 。",
        "美国 与 尼日利亚 外长 当天 签署 《 合作备忘录 》 。");
    assertEquals("2024-05-07", only(EventType.SIGN, es).date().orElseThrow().iso());
  }

  @Test
  void aProtestLodgedWithACountryOpposesIt() {
    Event e = only(EventType.OPPOSE, events("中方 已 向 日方 提出 严正 交涉 。"));
    assertEquals(List.of(c("CHN"), c("JPN")), e.parties());
  }

  @Test
  void aVisitorWhoCameToTheHostIsTheSource() {
    Event e = only(EventType.VISIT, events("国家主席 [[习近平]] 会见 来华 访问 的 肯尼亚 总统 [[鲁托]] 。"));
    assertEquals(List.of(c("KEN"), c("CHN")), e.parties());
  }

  @Test
  void theTargetIsTheFirstActorAfterTheVerbNotOneInsideTheIssue() {
    Event e = only(EventType.OPPOSE, events("白宫 发言人 批评 英国 “ 一贯 迁就 ” 中国 。"));
    assertEquals(c("GBR"), e.parties().get(1));
  }

  @Test
  void aCompoundBeforeANumberOfStatesIsTheSubjectItself() {
    List<Event> es = events("美日韩 三国 外长 谴责 朝鲜 试射 导弹 。");
    assertEquals(3, es.stream().filter(e -> e.type() == EventType.OPPOSE).count());
  }

  @Test
  void applyingToJoinIsNotJoining() {
    assertTrue(events("英国 申请 加入 亚投行 。").isEmpty());
  }

  @Test
  void anAbbreviationReadsAsTheCountryTheTextNamesInFull() {
    List<Event> es = events("巴西 总统 [[卢拉]] 访问 中国 。", "两国 元首 宣布 将 中巴 关系 提升 为 全面 战略 伙伴关系 。");
    assertEquals(List.of(c("BRA"), c("CHN")), only(EventType.UPGRADE_PARTNERSHIP, es).partyKey());
  }

  @Test
  void membershipsStatedWithACopulaOrAList() {
    ActorId asean = ActorId.organization("ASEAN");
    ActorId sco = ActorId.organization("SCO");
    List<Membership> ms = extract("新越 两国 同为 东盟 成员国 。", "上海合作组织 成员国 包括 中国 、 印度 和 俄罗斯 。").memberships();
    assertTrue(ms.containsAll(List.of(new Membership(c("SGP"), asean), new Membership(c("VNM"), asean),
        new Membership(c("CHN"), sco), new Membership(c("IND"), sco), new Membership(c("RUS"), sco))), ms.toString());
    List<Membership> german = extract("身为 北约 与 欧盟 成员国 的 德国 表示 支持 。").memberships();
    assertEquals(2, german.size(), german.toString());
  }

  @Test
  void theChairAndTheOtherPartnersAreMembers() {
    ActorId asean = ActorId.organization("ASEAN");
    ActorId ipef = ActorId.organization("IPEF");
    List<Membership> ms = extract("越南 担任 东盟 轮值主席国 期间 ， 双方 加强 合作 。",
        "美国 与 “ 印太经济框架 ” 其他 伙伴国 举行 谈判 。").memberships();
    assertTrue(ms.containsAll(List.of(new Membership(c("VNM"), asean), new Membership(c("USA"), ipef))), ms.toString());
  }

  @Test
  void aMemberWordNextToOtherActorsIsNoMembership() {
    assertTrue(extract("北约 成员国 领导人 与 日本 首相 举行 会谈 。").memberships().isEmpty());
    assertTrue(extract("日本 没有 计划 成为 北约 成员国 。").memberships().isEmpty());
  }

  @Test
  void aHeadingThatIsOnlyATriggerStatesNothing() {
    List<Event> es = events("越南 总理 与 新加坡 总理 举行 会谈 。", "联合声明");
    assertTrue(es.stream().noneMatch(e -> e.type() == EventType.JOINT_STATEMENT), es.toString());
  }

  @Test
  void aGroupingIsNoPartyToAMeetingOfAllItsMembers() {
    Event e = only(EventType.MEET, events("美英澳 三国 防长 在 华盛顿 举行 AUKUS 防长 会议 。"));
    assertEquals(List.of(c("AUS"), c("GBR"), c("USA")), e.partyKey());
  }

  @Test
  void aLaterClauseWithItsOwnPartnerKeepsOnlyTheSubject() {
    List<Event> es = events("美国 国务卿 [[克里]] 与 沙特 外交大臣 举行 会谈 ， 随后 与 海湾合作委员会 成员国 外长 举行 会议 。");
    assertTrue(es.stream().anyMatch(e -> e.partyKey().equals(List.of(c("SAU"), c("USA")))), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.partyKey().equals(List.of(c("USA"), ActorId.organization("GCC")))), es.toString());
  }

  @Test
  void aJointStatementAfterTheMeetingContinuesItsParties() {
    List<Event> es = events("美日韩 三国 外长 在 伦敦 举行 会谈 。", "会后 发表 联合声明 ， 谴责 朝鲜 的 导弹 试射 。");
    assertEquals(List.of(c("JPN"), c("KOR"), c("USA")), only(EventType.JOINT_STATEMENT, es).partyKey());
  }

  @Test
  void aHistoricalYearDoesNotDateLaterMonths() {
    List<Event> es = events("自 1949年 以来 ， 两国 关系 曲折 。", "美国 总统 与 中国 国家主席 11月 在 旧金山 举行 会晤 。");
    assertEquals("2023-11", only(EventType.MEET, es).date().orElseThrow().iso());
  }

  @Test
  void aSpeakerWhoDescribesASummitIsNoPartyToIt() {
    Event e = only(EventType.MEET, events("泰国 外交部 发言人 [[他威]] 对于 东盟 和 美国 领导人 的 峰会 做 介绍 。"));
    assertEquals(List.of(c("USA"), ActorId.organization("ASEAN")), e.partyKey());
  }

  @Test
  void aGroupingNamedAsTheFrameOfAMeetingIsNoPartyOfThatMeetingButMeetsItself() {
    // guideline v2: a summit named only as the time or place of a meeting is a MEET of the grouping and
    // the states attending it (here both sides of the bilateral talks)
    Set<List<ActorId>> meets = events("美国 国务卿 与 日本 外相 在 旧金山 亚太经济合作组织 峰会 期间 举行 会谈 。").stream()
        .filter(e -> e.type() == EventType.MEET).map(Event::partyKey).collect(Collectors.toSet());
    assertEquals(Set.of(List.of(c("JPN"), c("USA")), List.of(c("JPN"), c("USA"), ActorId.organization("APEC"))), meets);
    Set<List<ActorId>> sideline = events("日本 首相 26日 在 马来西亚 东南亚国家协会 （ ASEAN ） 峰会 场边 与 菲律宾 总统 会谈 。").stream()
        .filter(e -> e.type() == EventType.MEET).map(Event::partyKey).collect(Collectors.toSet());
    assertEquals(Set.of(List.of(c("JPN"), c("PHL")),
        List.of(c("JPN"), c("MYS"), c("PHL"), ActorId.organization("ASEAN"))), sideline);
  }

  @Test
  void futureWithJiangBeforeAnotherClauseIsStillAPlan() {
    assertTrue(events("拜登 随后 将 前往 印度尼西亚 的 巴厘岛 ， 出席 二十国集团 峰会 。").isEmpty());
  }

  @Test
  void aVisitorReceivedByTheHostFollows的() {
    List<Event> es = events("日本 外相 [[茂木敏充]] 10日 在 东京 与 来访 的 英国 外交大臣 [[拉布]] 举行 会谈 。");
    assertEquals(List.of(c("GBR"), c("JPN")), only(EventType.VISIT, es).parties());
  }

  @Test
  void oppositionToWhatTheOtherSideDidTargetsThatSide() {
    Event e = only(EventType.OPPOSE, events("中方 对 美方 向 台湾 出售 武器 表示 强烈 不满 。"));
    assertEquals(List.of(c("CHN"), c("USA")), e.parties());
  }

  @Test
  void theObjectOfAMeetingVerbEndsWhereAnotherPredicateBegins() {
    Event e = only(EventType.MEET, events("联合国 秘书长 [[古特雷斯]] 会见 俄罗斯 总统 [[普京]] 引 乌克兰 不满 。"));
    assertEquals(List.of(c("RUS"), ActorId.organization("UN")), e.partyKey());
  }

  @Test
  void attendingASigningCeremonyIsNotSigning() {
    assertTrue(events("美国 总统 出席 签字 仪式 。").stream().noneMatch(e -> e.type() == EventType.SIGN));
  }

  @Test
  void comingToAttendIsAVisitOfTheOneWhoCame() {
    Event e = only(EventType.VISIT, events("国家主席 [[习近平]] 3日 会见 来华 出席 论坛 峰会 的 卢旺达 总统 [[卡加梅]] 。"));
    assertEquals(List.of(c("RWA"), c("CHN")), e.parties());
  }

  @Test
  void theHostAndAttendeesOfAMeetingAreItsParties() {
    Event e = only(EventType.MEET, events(
        "金砖国家 领导人 第十六次 会晤 23日 在 喀山 举行 ， 俄罗斯 总统 [[普京]] 主持 ， 中国 国家主席 [[习近平]] 、 印度 总理 [[莫迪]] 等 出席 。"));
    assertTrue(e.partyKey().containsAll(List.of(c("RUS"), c("CHN"), c("IND"))), e.partyKey().toString());
  }
}
