package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Membership;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules for the constructions of real news (guideline version 2): relations established and
 * severed, hubs with several partners, small groupings standing for their members, members listed
 * after a member word, media names, excepted actors, capitals as destinations. Hand-written
 * sentences, model-free.
 */
class RealNewsRulesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);
  private static HandWrittenExtraction extraction;

  @BeforeAll
  static void load() {
    extraction = HandWrittenExtraction.publishedOn(PUBLISHED);
  }

  private static DocumentExtraction extract(String... sentences) {
    return extraction.of(sentences);
  }

  private static Set<List<ActorId>> partiesOf(EventType type, String... sentences) {
    return extract(sentences).events().stream().filter(e -> e.type() == type).map(Event::partyKey)
        .collect(Collectors.toSet());
  }

  private static List<ActorId> cs(String... isos) {
    return java.util.Arrays.stream(isos).map(ActorId::country).toList();
  }

  private static Membership member(String iso, String org) {
    return new Membership(ActorId.country(iso), ActorId.organization(org));
  }

  @Test
  void establishingRelationsAndAnAnniversaryTellWhenRelationsBegan() {
    assertEquals(Set.of(cs("CHN", "HND")), partiesOf(EventType.ESTABLISH_RELATIONS, "中国 与 洪都拉斯 正式 建立 外交 关系 。"));
    List<Event> polish = extract("中国 与 波兰 建交 67 年 来 ， 关系 不断 发展 。").events();
    assertEquals("1957", polish.get(0).date().orElseThrow().iso());
    List<Event> british = extract("双方 应 以 明年 中国 和 英国 建交 四十五 周年 为 契机 。").events();
    assertEquals("1980", british.get(0).date().orElseThrow().iso());
    assertTrue(extract("中国 和 英国 建交 以来 ， 关系 发展 顺利 。").events().get(0).date().isEmpty());
  }

  @Test
  void recognisingAStateEstablishesRelationsButRecognisingAPrincipleDoesNot() {
    assertEquals(Set.of(cs("GBR", "PSE"), cs("CAN", "PSE")),
        partiesOf(EventType.ESTABLISH_RELATIONS, "英国 和 加拿大 21日 宣布 承认 巴勒斯坦 国 。"));
    assertEquals(Set.of(), partiesOf(EventType.ESTABLISH_RELATIONS, "巴拿马 承认 一个 中国 原则 。"));
  }

  @Test
  void severingIsDirectedFromTheStateThatSevers() {
    assertEquals(Set.of(cs("HND", "TWN")), partiesOf(EventType.SEVER_RELATIONS, "洪都拉斯 宣布 与 台湾 断交 。"));
    assertEquals(Set.of(cs("PAN", "TWN")), partiesOf(EventType.SEVER_RELATIONS, "巴拿马 宣布 断绝 同 台湾 的 外交 关系 。"));
  }

  @Test
  void aHubAndSeveralPartnersAreOneRelationEach() {
    assertEquals(Set.of(cs("CHN", "VNM"), cs("RUS", "VNM"), cs("IND", "VNM")),
        partiesOf(EventType.UPGRADE_PARTNERSHIP, "越南 此前 与 中国 、 俄罗斯 和 印度 建立 全面 战略 伙伴 关系 。"));
    // a meeting of three is one meeting, not three
    assertEquals(Set.of(cs("JPN", "PHL", "USA")), partiesOf(EventType.MEET, "美国 与 日本 和 菲律宾 举行 峰会 。"));
  }

  @Test
  void aSmallGroupingMeetsAsItsMembersWhoAreThenItsMembers() {
    DocumentExtraction x = extract("“ 四方 安全 对话 ” 外长 会议 11日 在 墨尔本 举行 。");
    assertEquals(Set.of(cs("AUS", "IND", "JPN", "USA")), x.events().stream()
        .filter(e -> e.type() == EventType.MEET).map(Event::partyKey).collect(Collectors.toSet()));
    assertTrue(x.memberships().containsAll(List.of(member("AUS", "QUAD"), member("IND", "QUAD"))));
  }

  @Test
  void foundersOfAGroupingLaunchItAndAreItsMembers() {
    DocumentExtraction x = extract("美国 、 英国 与 澳大利亚 于 2021年 9月 15日 宣布 成立 AUKUS 。");
    assertEquals(Set.of(cs("AUS", "GBR", "USA")), x.events().stream()
        .filter(e -> e.type() == EventType.LAUNCH).map(Event::partyKey).collect(Collectors.toSet()));
    assertTrue(x.memberships().containsAll(List.of(member("USA", "AUKUS"), member("GBR", "AUKUS"))));
  }

  @Test
  void membersListedAfterAMemberWordBelongToTheGroupingNamedLast() {
    List<Membership> ms = extract("美国 总统 宣布 启动 “ 印太 经济 框架 ” 。",
        "13 个 国家 为 创始 成员国 ， 它们 是 ： 美国 、 日本 、 韩国 和 印度 。").memberships();
    assertTrue(ms.containsAll(List.of(member("USA", "IPEF"), member("KOR", "IPEF"), member("IND", "IPEF"))), ms::toString);
  }

  @Test
  void aCountryInsideTheNameOfAMediumIsNoParty() {
    assertEquals(Set.of(cs("JPN", "USA")), partiesOf(EventType.MEET, "英国 《 卫报 》 称 ， 美国 与 日本 11日 举行 会谈 。"));
  }

  @Test
  void anExceptedActorIsNoParty() {
    assertEquals(Set.of(cs("AUS", "JPN")), partiesOf(EventType.SIGN, "日本 与 除 美国 之外 的 澳大利亚 签署 安全 宣言 。"));
  }

  @Test
  void aCapitalAfterAVerbOfTravelIsTheHost() {
    assertEquals(Set.of(cs("IND", "USA")), partiesOf(EventType.VISIT, "印度 总理 [[莫迪]] 6月 访问 华盛顿 。"));
    assertEquals(Set.of(cs("USA", "IND")), partiesOf(EventType.VISIT, "美国 总统 [[拜登]] 9月 前往 新德里 参加 峰会 。"));
  }

  @Test
  void aJoinerOfAnUnnamedOrganizationJoinsTheOneTheTextSpokeOf() {
    assertEquals(Set.of(List.of(ActorId.country("TLS"), ActorId.organization("ASEAN"))),
        partiesOf(EventType.JOIN, "东盟 峰会 26日 在 吉隆坡 举行 。", "东帝汶 当天 成为 该 组织 第11 个 成员国 。"));
  }

  @Test
  void severalStatesEstablishingRelationsWithOnePartnerAreOneEventEach() {
    assertEquals(Set.of(cs("CHN", "KIR"), cs("CHN", "SLB")),
        partiesOf(EventType.ESTABLISH_RELATIONS, "基里巴斯 、 所罗门群岛 2019年 与 北京 建交 。"));
  }

  @Test
  void meetingSeveralInTurnIsOneMeetingEach() {
    assertEquals(Set.of(cs("CHN", "KIR"), cs("CHN", "NIU"), cs("CHN", "TON")), partiesOf(EventType.MEET,
        "中国 外长 [[王毅]] 28日 分别 会见 基里巴斯 总统 、 纽埃 总理 和 汤加 外交 大臣 。"));
  }

  @Test
  void aGroupingsSummitHasItsHostAmongItsParties() {
    Set<List<ActorId>> meets = partiesOf(EventType.MEET, "二十国集团 峰会 9日 在 新德里 举行 。", "印度 总理 [[莫迪]] 表示 欢迎 。");
    assertEquals(1, meets.size(), meets::toString);
    assertTrue(meets.iterator().next().containsAll(List.of(ActorId.country("IND"), ActorId.organization("G20"))), meets::toString);
    // a venue whose state the text never names as an actor is only the place
    Set<List<ActorId>> vilnius = partiesOf(EventType.MEET, "北约 峰会 本周 在 立陶宛 首都 维尔纽斯 召开 ， 日本 和 韩国 领导人 出席 。");
    assertTrue(vilnius.stream().noneMatch(p -> p.contains(ActorId.country("LTU"))), vilnius::toString);
  }

  @Test
  void anInvitationToJoinIsNoJoining() {
    assertEquals(Set.of(), partiesOf(EventType.JOIN, "金砖国家 宣布 邀请 阿根廷 和 埃及 成为 正式 成员 。"));
  }

  @Test
  void aGroupReferenceStandsForTheLatestPartiesOfItsSize() {
    Set<List<ActorId>> opposed = partiesOf(EventType.OPPOSE,
        "美国 、 日本 、 印度 和 澳大利亚 外长 11日 在 墨尔本 举行 会谈 。",
        "会谈 涉及 中国 和 俄罗斯 的 问题 。",
        "四国 谴责 朝鲜 试射 导弹 。");
    assertEquals(Set.of(cs("USA", "PRK"), cs("JPN", "PRK"), cs("IND", "PRK"), cs("AUS", "PRK")), opposed);
  }

  @Test
  void theTargetOfAProtestIsWhatItIsAbout() {
    assertEquals(Set.of(cs("CHN", "JPN")),
        partiesOf(EventType.OPPOSE, "中方 就 日方 涉华 错误 言论 提出 严正 交涉 。"));
    assertEquals(Set.of(cs("CHN", "USA")),
        partiesOf(EventType.OPPOSE, "发言人 表示 ， 美方 有关 说法 背离 事实 ， 中方 对此 强烈 不满 。"));
    assertEquals(Set.of(cs("RUS", "FIN")),
        partiesOf(EventType.OPPOSE, "俄罗斯 防长 警告 ， 芬兰 的 决定 可能 导致 冲突 扩大 。"));
  }

  @Test
  void theVisitorOfAPlaceIsIntroducedAfterIt() {
    assertEquals(Set.of(cs("CHN", "GBR")),
        partiesOf(EventType.VISIT, "正在 英国 访问 的 中国 国务委员 [[杨洁篪]] 21日 会见 英国 首相 。"));
  }

  @Test
  void promisesAndInvitationsAreNotEvents() {
    assertEquals(Set.of(), partiesOf(EventType.UPGRADE_PARTNERSHIP, "英国 首相 承诺 与 中国 建立 全面 战略 伙伴 关系 。"));
    assertEquals(Set.of(), partiesOf(EventType.JOIN, "阿根廷 和 埃及 受邀 成为 金砖国家 正式 成员 。"));
  }

  @Test
  void aStateJoiningAGroupingNamedAfterTheVerbJoinsIt() {
    assertEquals(Set.of(List.of(ActorId.country("ZAF"), ActorId.organization("BRICS"))),
        partiesOf(EventType.JOIN, "2011年 ， 南非 正式 加入 金砖国家 ， 英文 名称 定为 BRICS 。"));
  }

  @Test
  void severalStatesSeveringWithOnePartnerAreOneEventEach() {
    assertEquals(Set.of(cs("PAN", "TWN"), cs("DOM", "TWN"), cs("SLV", "TWN")), partiesOf(EventType.SEVER_RELATIONS,
        "巴拿马 、 多米尼加 与 萨尔瓦多 分别 在 去年 6月 、 今年 5月 与 8月 与 台湾 断交 ， 改 与 中国 建交 。"));
    assertEquals(Set.of(cs("CHN", "PAN"), cs("CHN", "DOM"), cs("CHN", "SLV")), partiesOf(EventType.ESTABLISH_RELATIONS,
        "巴拿马 、 多米尼加 与 萨尔瓦多 分别 在 去年 6月 、 今年 5月 与 8月 与 台湾 断交 ， 改 与 中国 建交 。"));
  }

  @Test
  void aListNamingTheHeadOfARelativeClauseGivesItsActors() {
    assertEquals(Set.of(cs("PAN", "TWN"), cs("DOM", "TWN"), cs("SLV", "TWN")), partiesOf(EventType.SEVER_RELATIONS,
        "所罗门群岛 是 第6 个 与 台湾 断交 的 国家 ， 先前 断交 的 国家 是 巴拿马 、 多米尼加 和 萨尔瓦多 。").stream()
        .filter(p -> !p.contains(ActorId.country("SLB"))).collect(Collectors.toSet()));
    assertEquals(Set.of(List.of(ActorId.country("AUS"), ActorId.organization("IPEF")),
            List.of(ActorId.country("IND"), ActorId.organization("IPEF"))),
        partiesOf(EventType.JOIN, "美国 启动 印太经济框架 。", "首批 加入 的 成员 有 澳大利亚 和 印度 。"));
  }

  @Test
  void sanctionsAndDemandsToStopAreOpposition() {
    assertEquals(Set.of(cs("CHN", "USA")), partiesOf(EventType.OPPOSE, "中方 宣布 对 美国 国防部 实施 制裁 。"));
    assertEquals(Set.of(cs("CHN", "JPN")), partiesOf(EventType.OPPOSE, "中方 敦促 日方 立即 停止 挑衅 。"));
  }

  @Test
  void aProtestAboutWhatWasSaidTargetsTheOneWhoSaidIt() {
    assertEquals(Set.of(cs("CHN", "JPN")), partiesOf(EventType.OPPOSE,
        "中国 外交部 发言人 [[华春莹]] 表示 ， 日本 前 首相 [[安倍晋三]] 就 台湾 问题 发表 错误 言论 ， 中方 对此 强烈 不满 。"));
  }

  @Test
  void aSummitsVenueMayBeginWithItsCountryOrCapital() {
    Set<List<ActorId>> meets = partiesOf(EventType.MEET,
        "上海合作组织 成员国 元首 理事会 第22 次 会议 16日 在 乌兹别克斯坦 撒马尔罕 举行 。", "乌兹别克斯坦 总统 主持 会议 。");
    assertTrue(meets.stream().anyMatch(p -> p.contains(ActorId.country("UZB")) && p.contains(ActorId.organization("SCO"))),
        meets::toString);
  }

  @Test
  void aMeetingThatFramesTheNextClauseHasItsActors() {
    assertEquals(Set.of(cs("AUS", "VNM")), partiesOf(EventType.MEET,
        "3月 7日 上午 的 会谈 上 ， 越南 总理 与 澳大利亚 总理 共同 宣布 提升 关系 。"));
  }

  @Test
  void invitedAndAttendingIsAttendingButAPurposeIsNoDeed() {
    Set<List<ActorId>> meets = partiesOf(EventType.MEET,
        "北约 峰会 本周 在 维尔纽斯 召开 ， 日本 首相 和 韩国 总统 皆 受邀 参与 领导人 峰会 。");
    assertTrue(meets.stream().anyMatch(p -> p.contains(ActorId.country("JPN")) && p.contains(ActorId.country("KOR"))),
        meets::toString);
    assertEquals(Set.of(), partiesOf(EventType.OPPOSE, "美日韩 举行 会议 ， 目的 是 “ 反击 ” 朝鲜 造成 的 威胁 。"));
  }

  @Test
  void blameInReportedSpeechIsOppositionByTheSpeakersState() {
    assertEquals(Set.of(cs("RUS", "USA"), cs("RUS", "GBR")), partiesOf(EventType.OPPOSE,
        "俄罗斯 外交部 发言人 [[扎哈罗娃]] 指 ， 英美 试图 推动 安理会 讨论 ， 是 违反 《 联合国宪章 》 的 。"));
    assertEquals(Set.of(cs("CHN", "PHL")), partiesOf(EventType.OPPOSE,
        "“ 菲方 肆意 挑衅 ， 又 是 什么 ？ ” 中国 外交部 发言人 [[毛宁]] 12日 表示 。"));
    // blame without a speaker of another state is no event
    assertEquals(Set.of(), partiesOf(EventType.OPPOSE, "这 一 做法 违反 国际法 。"));
  }

  @Test
  void aGroupingsMeetingHasTheMembersTheTextListsForIt() {
    Set<List<ActorId>> meets = partiesOf(EventType.MEET,
        "金砖国家 成员国 包括 巴西 、 俄罗斯 和 印度 。", "金砖国家 领导人 第十五 次 会晤 24日 举行 。");
    assertTrue(meets.stream().anyMatch(p -> p.containsAll(List.of(ActorId.organization("BRICS"),
        ActorId.country("BRA"), ActorId.country("RUS"), ActorId.country("IND")))), meets::toString);
  }

  @Test
  void thePassiveAgentOpposesTheSubject() {
    assertEquals(Set.of(cs("USA", "RUS")), partiesOf(EventType.OPPOSE, "俄罗斯 多 家 银行 遭到 美国 制裁 。"));
    assertEquals(Set.of(cs("CHN", "JPN")), partiesOf(EventType.OPPOSE, "日本 的 做法 受到 中国 强烈 谴责 。"));
    assertEquals(Set.of(cs("USA", "IRN")), partiesOf(EventType.OPPOSE, "美国 宣布 制裁 伊朗 官员 。"));
  }

  @Test
  void aPronounSpeakerIsTheOneWhoSpokeBefore() {
    assertEquals(Set.of(cs("CHN", "USA")), partiesOf(EventType.OPPOSE,
        "中国 外交部 发言人 [[汪文斌]] 8日 表示 ， 中方 高度 关注 此事 。", "他 指出 ， 美方 的 做法 严重 违反 国际法 。"));
  }

  @Test
  void aMeetingToldTwiceInASentenceIsOneMeeting() {
    assertEquals(Set.of(List.of(ActorId.country("JPN"), ActorId.country("KOR"), ActorId.organization("NATO"))),
        partiesOf(EventType.MEET, "北约 峰会 本周 在 维尔纽斯 召开 ， 日本 首相 和 韩国 总统 皆 受邀 参与 领导人 峰会 。"));
  }

  @Test
  void aGroupingPairedWithUnnamedPartnersHasNoVenueHost() {
    Set<List<ActorId>> meets = partiesOf(EventType.MEET, "柬埔寨 首相 致辞 。",
        "在 柬埔寨 首都 金边 ， 13日 举行 了 多 场 东盟 与 多国 峰会 ， 美国 总统 出席 。");
    assertTrue(meets.stream().noneMatch(p -> p.contains(ActorId.country("KHM"))), meets::toString);
  }

  @Test
  void refusingToRecogniseIsOppositionNotRecognition() {
    assertEquals(Set.of(cs("USA", "RUS")), partiesOf(EventType.OPPOSE, "美国 不承认 俄罗斯 举行 的 公投 。"));
    assertEquals(Set.of(), partiesOf(EventType.ESTABLISH_RELATIONS, "美国 不承认 俄罗斯 举行 的 公投 。"));
  }

  @Test
  void aDecisionToSanctionIsTheSanction() {
    assertEquals(Set.of(cs("CHN", "LTU")), partiesOf(EventType.OPPOSE, "中方 决定 对 立陶宛 有关 人员 实施 制裁 。"));
    assertEquals(Set.of(), partiesOf(EventType.MEET, "中方 决定 与 立陶宛 举行 会谈 。"));
  }

  @Test
  void aHostReceivesTheVisitorsNamedAfterTheVerb() {
    assertEquals(Set.of(cs("JPN", "USA")), partiesOf(EventType.VISIT, "美国 总统 [[拜登]] 18日 在 戴维营 接待 日本 首相 。"));
    assertEquals(Set.of(cs("JPN", "USA"), cs("KOR", "USA")),
        partiesOf(EventType.VISIT, "美国 总统 [[拜登]] 在 戴维营 接待 日韩 领导人 。"));
  }

  @Test
  void respectiveDatesGoToRespectiveStates() {
    List<Event> severed = extract("巴拿马 、 多米尼加 与 萨尔瓦多 分别 在 2017年 6月 、 2018年 5月 与 2018年 8月 与 台湾 断交 。")
        .events().stream().filter(e -> e.type() == EventType.SEVER_RELATIONS).toList();
    assertEquals(3, severed.size(), severed::toString);
    for (Event e : severed) {
      String expected = switch (e.parties().get(0).key()) {
        case "PAN" -> "2017-06";
        case "DOM" -> "2018-05";
        default -> "2018-08";
      };
      assertEquals(expected, e.date().orElseThrow().iso(), e::toString);
    }
  }

  @Test
  void aBackgroundWordAfterADateStartsAnotherStatement() {
    List<Event> severed = extract("所罗门群岛 是 2016年 5月 以后 第6 个 与 台湾 断交 的 国家 ， 先前 断交 的 国家 是 巴拿马 和 多米尼加 。")
        .events().stream().filter(e -> e.type() == EventType.SEVER_RELATIONS && !e.parties().get(0).key().equals("SLB")).toList();
    assertTrue(!severed.isEmpty() && severed.stream().allMatch(e -> e.date().isEmpty()), severed::toString);
  }

  @Test
  void aDecisionOrAnAgreementThatPerformsTheActIsTheAct() {
    assertEquals(Set.of(cs("CHN", "POL")), partiesOf(EventType.UPGRADE_PARTNERSHIP,
        "两 国 元首 一致 决定 将 中国 和 波兰 关系 提升 为 全面 战略 伙伴 关系 。"));
    assertEquals(Set.of(cs("IRN", "SAU")), partiesOf(EventType.ESTABLISH_RELATIONS,
        "伊朗 和 沙特阿拉伯 签署 协议 ， 双方 同意 重新 建立 外交 关系 。"));
    assertEquals(Set.of(cs("SLB", "TWN")), partiesOf(EventType.SEVER_RELATIONS,
        "所罗门群岛 内阁 决定 中断 与 台湾 的 邦交 关系 。"));
    // meeting and visiting stay plans when decided, launching a mechanism when agreed
    assertTrue(partiesOf(EventType.MEET, "日本 和 韩国 决定 举行 首脑 会谈 。").isEmpty());
    assertTrue(partiesOf(EventType.LAUNCH, "美国 和 英国 同意 启动 一 个 关于 印太 的 对话 机制 。").isEmpty());
  }

  @Test
  void joinersListedWithConsentAndAParentheticalName() {
    Set<List<ActorId>> joins = partiesOf(EventType.JOIN, "经 现有 意向 创始 成员国 同意 ， 瑞典 、 以色列 正式 成为 "
        + "亚洲基础设施投资银行 （ 以下 简称 亚投行 ） 意向 创始 成员国 。");
    assertEquals(Set.of(List.of(ActorId.country("SWE"), ActorId.organization("AIIB")),
        List.of(ActorId.country("ISR"), ActorId.organization("AIIB"))), joins);
  }

  @Test
  void aSecondVerbPhraseAfterTheEnumerationCommaKeepsTheSubjects() {
    String sentence = "基里巴斯 、 所罗门群岛 2019年 与 台湾 断交 、 与 北京 建交 。";
    assertEquals(Set.of(cs("CHN", "KIR"), cs("CHN", "SLB")), partiesOf(EventType.ESTABLISH_RELATIONS, sentence));
    assertEquals(Set.of(cs("KIR", "TWN"), cs("SLB", "TWN")), partiesOf(EventType.SEVER_RELATIONS, sentence));
  }

  @Test
  void coordinatedVisitorsAndCoordinatedHostsMakeOneVisitEach() {
    assertEquals(Set.of(cs("CHN", "VNM"), cs("CHN", "SGP")),
        partiesOf(EventType.VISIT, "中国 国家 主席 [[习近平]] 5日 至 7日 对 越南 和 新加坡 进行 国事 访问 。"));
    assertEquals(Set.of(cs("KOR", "USA"), cs("PHL", "USA")), partiesOf(EventType.VISIT, "韩国 和 菲律宾 总统 相继 访 美 。"));
    assertEquals(Set.of(cs("RUS", "TUR")), partiesOf(EventType.VISIT, "俄罗斯 代表团 已 抵达 伊斯坦布尔 。"));
  }

  @Test
  void relationsSeveredWithALongerPhraseBeforeTheRelations() {
    assertEquals(Set.of(cs("PAN", "TWN")),
        partiesOf(EventType.SEVER_RELATIONS, "巴拿马 共和国 政府 即日 断绝 同 台湾 方面 的 所谓 “ 外交 关系 ” 。"));
  }

  @Test
  void aCompoundSpeakerBlamesTheOneNamedAfterTheSpeechVerb() {
    assertEquals(Set.of(cs("USA", "CHN"), cs("JPN", "CHN"), cs("AUS", "CHN"), cs("IND", "CHN")),
        partiesOf(EventType.OPPOSE, "美日澳印 四 国 认为 中共 掩盖 疫情 ， 同时 企图 霸凌 他国 。"));
    assertEquals(Set.of(cs("USA", "CHN"), cs("JPN", "CHN"), cs("AUS", "CHN"), cs("IND", "CHN")),
        partiesOf(EventType.OPPOSE, "美国 、 日本 、 澳洲 和 印度 四 国 外长 周二 在 东京 举行 会谈 ， 认为 中共 掩盖 疫情 ， 同时 企图 霸凌 他国 。"));
    assertEquals(Set.of(cs("CHN", "USA"), cs("CHN", "GBR")), partiesOf(EventType.OPPOSE,
        "中国 外交部 发言人 22日 表示 ， 美英 出于 地缘 政治 考虑 ， 向 澳 出口 核 潜艇 ， 为此 不惜 违背 《 不扩散核武器条约 》 宗旨 。"));
    // a clause of contrast has its own subject (该声明), not the speaker's
    assertTrue(partiesOf(EventType.OPPOSE, "虽然 美方 公开 表示 美日菲 合作 不 针对 第三方 ， 但 该 声明 大肆 炒作 南海 问题 。")
        .isEmpty());
  }

  @Test
  void theHostOfASummitInACityIsItsCountry() {
    Set<List<ActorId>> meets = partiesOf(EventType.MEET, "日本 首相 [[岸田文雄]] 出席 在 广岛 举行 的 七国集团 峰会 。");
    assertTrue(meets.stream().anyMatch(p -> p.contains(ActorId.organization("G7")) && p.contains(ActorId.country("JPN"))),
        meets::toString);
  }

  @Test
  void meetingThreeOrMoreSidesInTurnIsOneMeetingEach() {
    assertEquals(Set.of(cs("KOR", "USA"), cs("JPN", "KOR"), cs("FRA", "KOR"),
        List.of(ActorId.country("KOR"), ActorId.organization("NATO")), List.of(ActorId.country("KOR"), ActorId.organization("EU"))),
        partiesOf(EventType.MEET, "韩国 总统 与 美国 、 日本 、 法国 等 主要 国家 首脑 以及 北约 、 欧盟 负责人 会面 。"));
    assertEquals(1, partiesOf(EventType.MEET,
        "[[习近平]] 同 哈萨克斯坦 总统 、 吉尔吉斯斯坦 总统 、 塔吉克斯坦 总统 共同 会见 记者 。").size());
    // a joint meeting stays one
    assertEquals(Set.of(cs("JPN", "KOR", "USA")), partiesOf(EventType.MEET, "美国 总统 与 日本 首相 和 韩国 总统 举行 会谈 。"));
  }

  @Test
  void theTargetOfOppositionMayStandBeforeItsVerbAfterDuiOrXiang() {
    assertEquals(Set.of(cs("CHN", "USA")), partiesOf(EventType.OPPOSE, "中国 对 美国 的 做法 表示 强烈 不满 。"));
    assertEquals(Set.of(cs("JPN", "CHN")), partiesOf(EventType.OPPOSE,
        "日本 政府 就 钓鱼岛 问题 向 中方 提出 抗议 。"));
    assertEquals(Set.of(cs("CHN", "USA")), partiesOf(EventType.OPPOSE,
        "外交部 发言人 表示 ， 中方 已 就此 向 美方 提出 严正 交涉 。"));
    // 面对 is no marker: facing a threat is no act of opposition by the one who faces it
    assertTrue(partiesOf(EventType.OPPOSE, "菲律宾 与 日本 分别 在 南海 、 东海 面对 中国 的 海上 威胁 。").isEmpty());
    // 对 in an earlier clause (a visit) does not introduce the target of a later criticism
    assertEquals(Set.of(cs("USA", "RUS")), partiesOf(EventType.OPPOSE,
        "美国 国务卿 对 中国 进行 访问 期间 ， 美方 批评 俄罗斯 。"));
  }

  @Test
  void blameInReportedSpeechCoversDemandsThreatsAndDisappointment() {
    assertEquals(Set.of(cs("CHN", "USA")), partiesOf(EventType.OPPOSE, "[[王毅]] 表示 ， 美国 应 停止 打压 中国 企业 。"));
    assertEquals(Set.of(cs("FRA", "IRN")), partiesOf(EventType.OPPOSE,
        "法国 外长 表示 ， 伊朗 的 核 计划 对 地区 安全 构成 严重 威胁 。"));
    assertEquals(Set.of(cs("USA", "CHN")), partiesOf(EventType.OPPOSE,
        "美国 国务院 发言人 说 ， 我们 对 中国 在 南海 的 挑衅 行为 深表 关切 。"));
    // a predicate that only dates what is said (自…以来) blames no one
    assertTrue(partiesOf(EventType.OPPOSE, "美国 表示 ， 自 俄罗斯 入侵 乌克兰 以来 ， 美国 已 向 乌克兰 提供 援助 。").isEmpty());
    // and a negated one neither
    assertTrue(partiesOf(EventType.OPPOSE, "[[拜登]] 表示 ， 美国 不 寻求 遏制 中国 。").isEmpty());
  }

  @Test
  void normalisationAndRestoringRelationsWithAPartnerInsideAreEstablishment() {
    assertEquals(Set.of(cs("ARE", "ISR")), partiesOf(EventType.ESTABLISH_RELATIONS, "以色列 与 阿联酋 实现 关系 正常化 。"));
    assertEquals(Set.of(cs("CHN", "VNM")), partiesOf(EventType.ESTABLISH_RELATIONS, "中越 两 国 关系 实现 正常化 。"));
    assertEquals(Set.of(cs("ISR", "TCD")), partiesOf(EventType.ESTABLISH_RELATIONS, "乍得 宣布 恢复 与 以色列 的 外交 关系 。"));
    assertEquals(Set.of(cs("CHN", "SLB")), partiesOf(EventType.ESTABLISH_RELATIONS, "所罗门群岛 转而 承认 北京 。"));
    // a normalisation sought is a plan, and a noun before 谈判 is no event
    assertTrue(partiesOf(EventType.ESTABLISH_RELATIONS, "美国 寻求 推动 沙特 与 以色列 关系 正常化 。").isEmpty());
  }

  @Test
  void actsNotYetDoneOrCalledOffAreNoEvents() {
    assertTrue(partiesOf(EventType.VISIT, "美国 官员 本周 会 率领 代表团 访问 斐济 。").isEmpty());
    assertTrue(partiesOf(EventType.VISIT, "中所 两 国 在 美国 代表 访问 所罗门群岛 前 签署 有关 协议 。").isEmpty());
    assertTrue(partiesOf(EventType.SIGN, "日本 和 菲律宾 正在 就 签署 《 互惠准入协定 》 进行 谈判 。").isEmpty());
    assertTrue(partiesOf(EventType.MEET, "中国 和 欧盟 的 峰会 推迟 举行 。").isEmpty());
    // 前 of 前往 is no frame
    assertEquals(Set.of(cs("KOR", "ESP")), partiesOf(EventType.VISIT, "在 峰会 期间 ， 韩国 总统 访问 西班牙 前往 马德里 。"));
  }

  @Test
  void aMeetingNamedAsATimeTakesNoObjectAndYearsAgoCountBack() {
    assertTrue(partiesOf(EventType.MEET, "[[冯德莱恩]] 在 会晤 后 的 记者会 上 批评 中国 。").isEmpty());
    List<Event> established = extract("60 年 前 ， 中法 两 国 建立 大使级 外交 关系 。").events();
    assertEquals("1964", established.get(0).date().orElseThrow().iso());
    // 当天 is the last day named, not the year named since (今年)
    List<Event> meetings = extract("[[习近平]] 6日 同 法国 总统 [[马克龙]] 举行 会谈 。", "今年 是 中法 建交 60 周年 。",
        "当天 ， 中法 两 国 领导人 同 欧盟 领导人 举行 三方 会晤 。").events().stream()
        .filter(e -> e.type() == EventType.MEET && e.parties().size() == 3).toList();
    assertEquals("2024-05-06", meetings.get(0).date().orElseThrow().iso());
  }

  @Test
  void aPronounOpeningASentenceIsThePersonOfTheSentenceBefore() {
    assertEquals(Set.of(cs("IND", "UKR"), cs("BRA", "UKR")), partiesOf(EventType.MEET,
        "乌克兰 总统 [[泽连斯基]] 周六 抵达 广岛 。",
        "他 在 峰会 期间 分别 会见 了 印度 总理 [[莫迪]] 和 巴西 总统 [[卢拉]] 。"));
    assertTrue(partiesOf(EventType.VISIT, "乌克兰 总统 [[泽连斯基]] 周六 抵达 广岛 。", "随后 ， 他 访问 了 波兰 。")
        .contains(cs("UKR", "POL")));
  }

  @Test
  void theHostCountryOfASummitIsNoMeetingOfItsOwn() {
    assertTrue(partiesOf(EventType.MEET, "中方 已 向 峰会 主办国 日本 提出 严正 交涉 。").isEmpty());
  }

  @Test
  void aCompoundSubjectOpposesForEachStateAndRecallingAmbassadorsInProtestOpposes() {
    assertEquals(Set.of(cs("USA", "CHN"), cs("JPN", "CHN"), cs("AUS", "CHN")), partiesOf(EventType.OPPOSE,
        "美日澳 三 国 外长 发表 联合 声明 ， 谴责 中国 在 南海 的 挑衅 行为 。"));
    assertEquals(Set.of(cs("FRA", "USA"), cs("FRA", "AUS")), partiesOf(EventType.OPPOSE,
        "法国 召回 驻 美国 和 澳大利亚 大使 ， 以示 抗议 。"));
    assertEquals(Set.of(List.of(ActorId.organization("EU"), ActorId.country("RUS"))), partiesOf(EventType.OPPOSE,
        "欧盟 外长 一致 同意 对 俄罗斯 实施 第十一 轮 制裁 。"));
    // recalling without a protest is no opposition
    assertTrue(partiesOf(EventType.OPPOSE, "法国 召回 驻 马里 大使 。").isEmpty());
  }

  @Test
  void aSeveranceNamedAsTheTimeOfWhatFollowedStillHappened() {
    assertEquals(Set.of(cs("NIC", "TWN")), partiesOf(EventType.SEVER_RELATIONS, "尼加拉瓜 与 台湾 断交 后 ， 与 北京 复交 。"));
  }
}
