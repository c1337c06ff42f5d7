package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.ResolvedDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MentionResolverTest {
  private static MentionResolver resolver;
  private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

  @BeforeAll
  static void loadCatalog() {
    resolver = new MentionResolver(Catalog.loadDefault());
  }

  private static List<Mention> mentions(String sentence) {
    return resolver.resolve(TestDocs.doc(DAY, sentence)).mentions().get(0);
  }

  private static List<ActorId> referents(String sentence) {
    return mentions(sentence).stream().flatMap(m -> m.referents().stream()).toList();
  }

  private static ActorId c(String iso) {
    return ActorId.country(iso);
  }

  @Test
  void splitsCompoundCountryPrefix() {
    assertEquals(List.of(c("USA"), c("JPN"), c("IND"), c("AUS")), referents("美日印澳 四国 外长 在 东京 会晤"));
    assertEquals(List.of(c("CHN"), c("RUS")), referents("中俄 两国 元首 举行 会谈"));
  }

  @Test
  void aTwoCharacterNameTheSegmenterCutInTwoIsStillTheCountry() {
    assertEquals(List.of(c("ZAF"), ActorId.organization("BRICS")), referents("2011年 ， 南 非正式 加入 金砖国家"));
    assertFalse(referents("新华社 北京 10 日 本报 讯 ， 会谈 举行").contains(c("JPN")));
    assertFalse(referents("这 是 中 国际 地位 的 体现").contains(c("CHN")));
    assertFalse(referents("两 人 在 会晤 中 共同 表达 了 决心").contains(c("CHN")));
  }

  @Test
  void aCityIsItsCountryOnlyAsTheDestinationOfATrip() {
    assertEquals(List.of(c("RUS"), c("TUR")), referents("俄罗斯 代表团 已 抵达 伊斯坦布尔"));
    assertEquals(List.of(c("JPN")), referents("日本 首相 出席 在 广岛 举行 的 峰会"));
    assertEquals(List.of(c("CHN")), referents("上海 与 中国 其他 城市"));
  }

  @Test
  void readsAustraliaNewZealandAsAPair() {
    assertEquals(List.of(c("AUS"), c("NZL")), referents("澳新 两国 总理 发表 声明"));
  }

  @Test
  void theIndoPacificIsARegionNotIndia() {
    assertFalse(referents("美国 推进 印太 战略").contains(c("IND")));
  }

  @Test
  void sideSuffixNamesTheCountryButTheWestIsNotSpain() {
    assertEquals(List.of(c("USA"), c("CHN")), referents("美方 对 中方 表示 感谢"));
    assertFalse(referents("西方 国家 表示 关切").contains(c("ESP")));
  }

  @Test
  void aShortFormAfterATravelVerbIsTheDestination() {
    assertTrue(referents("法国 总统 访华 期间 表示").contains(c("CHN")));
    assertTrue(referents("印尼 总统 访美 并 会见 拜登").contains(c("USA")));
  }

  @Test
  void twoCharacterNamesMustBeWholeWords() {
    assertTrue(referents("两国 加强 海上 合作").isEmpty());
    assertTrue(referents("2023年 ， 在 项目 上 合作").isEmpty());
  }

  @Test
  void capitalsStandForTheirCountryOnlyAsActors() {
    assertEquals(List.of(c("USA"), c("CHN")), referents("华盛顿 希望 与 北京 保持 沟通"));
    assertTrue(referents("两国 外长 在 北京 举行 会谈").isEmpty());
  }

  @Test
  void seasAndPeninsulasAreNotCountries() {
    assertTrue(referents("维护 台湾海峡 和平").isEmpty());
    assertTrue(referents("朝鲜半岛 局势 紧张").isEmpty());
  }

  @Test
  void aPersonGetsTheTitleAndCountryWrittenBeforeTheName() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "韩国 外长 [[朴振]] 访问 日本"));
    Actor park = person(doc, "朴振");
    assertEquals(Optional.of(c("KOR")), park.country());
    assertEquals(Optional.of("外长"), park.title());
  }

  @Test
  void anOfficialUnknownToTheCatalogWorksToo() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "智利 外交部长 [[范克拉韦伦]] 抵达 北京"));
    assertEquals(Optional.of(c("CHL")), person(doc, "范克拉韦伦").country());
  }

  @Test
  void englishNamesInParenthesesAreAliasesNotPersons() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "澳大利亚 外长 [[黄英贤]] ( [[Penny Wong]] ) 表示"));
    Actor wong = person(doc, "黄英贤");
    assertTrue(wong.names().contains("Penny Wong"));
    assertEquals(1, doc.actors().stream().filter(a -> a.id().type() == org.diplograph.model.ActorType.PERSON).count());
  }

  @Test
  void aShortFormOfANameIsTheSamePerson() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "美国 国防部长 [[劳埃德·奥斯汀]] 表示", "[[奥斯汀]] 强调 合作"));
    Actor austin = person(doc, "劳埃德·奥斯汀");
    assertTrue(austin.names().contains("奥斯汀"));
  }

  @Test
  void aNameTaggedAsPersonIsNotACompoundOfShortForms() {
    assertTrue(referents("[[奥巴马]] 的 亚洲 战略").stream().noneMatch(a -> a.type().isPartyLevel()));
  }

  @Test
  void traditionalTextIsResolvedAndKeepsItsOwnSpelling() {
    List<Mention> ms = mentions("美國 與 東協 舉行 峰會");
    assertEquals(List.of(c("USA"), ActorId.organization("ASEAN")),
        ms.stream().flatMap(m -> m.referents().stream()).toList());
    assertEquals("東協", ms.get(1).surface());
  }

  @Test
  void groupReferencesAreMarked() {
    Mention both = mentions("双方 发表 联合声明").get(0);
    assertEquals(MentionKind.GROUP_REFERENCE, both.kind());
    assertEquals(2, both.groupSize());
  }

  private static Actor person(ResolvedDoc doc, String name) {
    return doc.actors().stream().filter(a -> a.id().equals(ActorId.person(name))).findFirst()
        .orElseThrow(() -> new AssertionError("no person " + name + " in " + doc.actors()));
  }

  @Test
  void aCopulaGivesThePost() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "[[马克龙]] 是 首位 出席 该 峰会 的 法国 总统 。"));
    assertEquals(Optional.of(c("FRA")), person(doc, "马克龙").country());
    assertEquals(Optional.of("总统"), person(doc, "马克龙").title());
  }

  @Test
  void twoTitlesJoinedByACommaOfEnumerationBelongToOnePerson() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "泰国 外交部 发言人 、 东盟 峰会 发言人 [[他威]] 表示"));
    assertEquals(Optional.of(c("THA")), person(doc, "他威").country());
  }

  @Test
  void aNameEndingInACharacterThatIsAlsoAConjunctionKeepsIt() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "前 防长 [[魏凤和]] 访问 柬埔寨"));
    assertTrue(doc.actors().stream().anyMatch(a -> a.id().equals(ActorId.person("魏凤和"))), doc.actors().toString());
  }

  @Test
  void theIndoPacificWrittenWithAHyphenIsARegion() {
    assertTrue(referents("自由 开放 的 印度-太平洋").isEmpty());
  }

  @Test
  void anOutletsOwnCountryIsWhatItsBareStateOrgansAndOfficialsMean() {
    ResolvedDoc doc = resolver.resolve(TestDocs.docFrom(Optional.of("https://www.cna.com.tw/news/aipl/1.aspx"), DAY,
        "外交部長 [[林佳龍]] 今天 與 瓜地馬拉 外長 舉行 會談", "外交部 今天 向 北京 表達 嚴正 抗議"));
    assertEquals(Optional.of(c("TWN")), person(doc, "林佳龍").country());
    assertTrue(doc.mentions().get(1).stream().anyMatch(m -> m.referents().equals(List.of(c("TWN")))));
  }

  @Test
  void withoutAKnownOutletABareOrganNamesNoCountry() {
    assertTrue(referents("外交部 今天 表示 关切").isEmpty());
    ResolvedDoc doc = resolver.resolve(TestDocs.docFrom(Optional.of("https://www.voachinese.com/a/1.html"), DAY,
        "美国 国务院 发言人 表示"));
    assertEquals(List.of(c("USA")), doc.mentions().get(0).stream().flatMap(m -> m.referents().stream()).toList());
  }

  @Test
  void anOutletsCountryIsNotForForeignOfficialsOrOrgansOfOthers() {
    ResolvedDoc doc = resolver.resolve(TestDocs.docFrom(Optional.of("https://www.zaobao.com.sg/news/1"), DAY,
        "他 与 [[安瓦尔]] 总理 会面", "美英澳 三国 国防部长 举行 会议", "在 伦敦 举行 AUKUS （ 三方 ） 国防部长 会议"));
    assertTrue(person(doc, "安瓦尔").country().isEmpty());
    assertFalse(doc.mentions().get(1).stream().anyMatch(m -> m.referents().contains(c("SGP"))));
    assertFalse(doc.mentions().get(2).stream().anyMatch(m -> m.referents().contains(c("SGP"))));
  }

  @Test
  void aCountryFollowedByAStateOrganIsAGovernmentBodyOfIt() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "日本 外务省 与 美国 国防部 官员 会晤", "中国 驻 欧盟 使团 发表 声明", "美国 驻 日本 大使馆 表示"));
    List<String> bodies = doc.actors().stream().filter(a -> a.id().type() == org.diplograph.model.ActorType.GOVERNMENT_BODY)
        .map(a -> a.id().key() + ">" + a.country().orElseThrow().gold()).sorted().toList();
    assertEquals(List.of("中国驻欧盟使团>CHN", "日本外务省>JPN", "美国国防部>USA", "美国驻日本大使馆>USA"), bodies);
  }

  @Test
  void anInitialWithGuoIsTheCountryTheTextNames() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "宏都拉斯 外长 抵达 台北", "宏国 总统 [[卡斯楚]] 表示"));
    assertEquals(Optional.of(c("HND")), person(doc, "卡斯楚").country());
    assertTrue(referents("国防部 表示").isEmpty());
    assertTrue(resolver.resolve(TestDocs.doc(DAY, "蒙古国 与 泰国 代表 出席", "举行 三边 会议 ( TDMM )")).mentions().get(1).isEmpty());
  }

  @Test
  void anInitialShortForSeveralNamedCountriesNamesNone() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "巴勒斯坦 与 巴林 关系 紧张", "巴方 表示 不满"));
    assertFalse(doc.mentions().get(1).stream().anyMatch(m -> m.referents().contains(c("PAK"))));
  }

  @Test
  void theSpokesmanOfAnOfficialServesTheOfficialsCountry() {
    ResolvedDoc doc = resolver.resolve(TestDocs.docFrom(Optional.of("http://world.people.com.cn/n1/1.html"), DAY,
        "巴勒斯坦 总统 [[阿巴斯]] 的 发言人 [[鲁代纳]] 15日 表示"));
    assertEquals(Optional.of(c("PSE")), person(doc, "鲁代纳").country());
  }

  @Test
  void aPersonsNameDoesNotTakeTheFollowingDeng() {
    ResolvedDoc doc = resolver.resolve(TestDocs.doc(DAY, "黎巴嫩 总理 [[米卡提等]] 出席 峰会 。"));
    assertTrue(doc.actors().stream().anyMatch(a -> a.id().equals(ActorId.person("米卡提"))), doc.actors().toString());
  }
}
