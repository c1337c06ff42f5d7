package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private static Catalog catalog;

  @BeforeAll
  static void load() {
    catalog = Catalog.loadDefault();
  }

  private static String iso(Optional<CountryEntry> entry) {
    return entry.map(CountryEntry::iso3).orElse("none");
  }

  @Test
  void coversEveryIso3166Country() {
    assertEquals(249, catalog.countries().size());
    assertEquals("TWN", iso(catalog.countryByName("台湾")));
    assertEquals("HKG", iso(catalog.countryByName("香港")));
    assertEquals("MAC", iso(catalog.countryByName("澳门")));
  }

  @Test
  void findsCountriesByNameAndAlias() {
    assertEquals("USA", iso(catalog.countryByName("美国")));
    assertEquals("USA", iso(catalog.countryByName("美利坚合众国")));
    assertEquals("KOR", iso(catalog.countryByName("南韩")));
    assertEquals("PRK", iso(catalog.countryByName("北韩")));
    assertEquals("NZL", iso(catalog.countryByName("纽西兰")));
    assertEquals("NZL", iso(catalog.countryByName("新西兰")));
    assertEquals("AUS", iso(catalog.countryByName("澳洲")));
    assertEquals("IDN", iso(catalog.countryByName("印尼")));
    assertEquals("SAU", iso(catalog.countryByName("沙特")));
    assertEquals("JPN", iso(catalog.countryByName("Japan")));
  }

  @Test
  void shortFormsAreNotFullNames() {
    assertEquals("none", iso(catalog.countryByName("美")));
    assertEquals("JPN", iso(catalog.countryByShortForm("日")));
    assertEquals("USA", iso(catalog.countryByShortForm("美")));
    assertEquals("IND", iso(catalog.countryByShortForm("印")));
    assertEquals("IDN", iso(catalog.countryByShortForm("印尼")));
    assertEquals("KOR", iso(catalog.countryByShortForm("韩")));
  }

  @Test
  void findsCapitalsUsedAsMetonymy() {
    assertEquals("USA", iso(catalog.countryByCapital("华盛顿")));
    assertEquals("USA", iso(catalog.countryByCapital("华府")));
    assertEquals("CHN", iso(catalog.countryByCapital("北京")));
    assertEquals("PRK", iso(catalog.countryByCapital("平壤")));
  }

  @Test
  void regionalNamesAreNotCountries() {
    assertTrue(catalog.countryByName("印太").isEmpty());
    assertTrue(catalog.countryByShortForm("印太").isEmpty());
    assertTrue(catalog.countryByCapital("印太").isEmpty());
    assertTrue(catalog.organizationByName("印太").isEmpty());
  }

  @Test
  void findsQuadByEveryName() {
    for (String name : new String[] {"四边安全对话", "四方安全对话", "美日印澳四方安全对话", "Quad", "QUAD", "quad"}) {
      OrganizationEntry quad = catalog.organizationByName(name).orElseThrow(() -> new AssertionError(name));
      assertEquals(ActorId.organization("QUAD"), quad.id());
      assertEquals(
          Set.of(ActorId.country("USA"), ActorId.country("JPN"), ActorId.country("IND"), ActorId.country("AUS")),
          quad.members());
    }
  }

  @Test
  void findsOrganizationsByRegionalNames() {
    assertEquals(ActorId.organization("ASEAN"), catalog.organizationByName("东协").orElseThrow().id());
    assertEquals(ActorId.organization("AUKUS"), catalog.organizationByName("美英澳三边安全伙伴关系").orElseThrow().id());
    assertEquals(ActorId.organization("UN"), catalog.organizationByName("联合国安理会").orElseThrow().id());
    assertEquals(ActorId.organization("NATO"), catalog.organizationByName("北约").orElseThrow().id());
    assertEquals(32, catalog.organization(ActorId.organization("NATO")).orElseThrow().members().size());
    assertEquals(27, catalog.organization(ActorId.organization("EU")).orElseThrow().members().size());
  }

  @Test
  void findsPersonsIgnoringSeparators() {
    PersonEntry biden = catalog.personByName("拜登").orElseThrow();
    assertEquals(ActorId.person("约瑟夫·拜登"), biden.id());
    assertEquals(ActorId.country("USA"), biden.actsFor());
    assertEquals(biden, catalog.personByName("约瑟夫拜登").orElseThrow());
    assertEquals(biden, catalog.personByName("Joe Biden").orElseThrow());
    assertEquals("USA", catalog.personByName("川普").orElseThrow().actsFor().key());
    assertEquals(ActorId.organization("NATO"), catalog.personByName("斯托尔滕贝格").orElseThrow().actsFor());
  }

  @Test
  void findsTitlesWithCategories() {
    assertEquals("defence-minister", catalog.title("国防部长").orElseThrow().category());
    assertEquals("foreign-minister", catalog.title("国务卿").orElseThrow().category());
    assertEquals("official", catalog.title("部长").orElseThrow().category());
    assertEquals("military", catalog.title("参联会主席").orElseThrow().category());
  }

  @Test
  void separatesTriggersObjectNounsAndModality() {
    assertTrue(catalog.triggers(EventType.MEET).contains(TriggerEntry.of(EventType.MEET, "会见", "verb")));
    assertTrue(catalog.triggers(EventType.MEET).contains(TriggerEntry.of(EventType.MEET, "通电话", "call")));
    assertTrue(catalog.triggers(EventType.OPPOSE).stream().anyMatch(t -> t.word().equals("谴责")));
    assertFalse(catalog.triggers().stream().anyMatch(t -> t.frame().equals("object")));
    assertTrue(catalog.objectNouns(EventType.UPGRADE_PARTNERSHIP).contains("全面战略伙伴关系"));
    assertTrue(catalog.objectNouns(EventType.LAUNCH).contains("机制"));
    assertTrue(catalog.modalityWords().containsAll(Set.of("将", "计划", "未", "如果", "希望")));
    for (EventType type : EventType.values()) {
      assertFalse(catalog.triggers(type).isEmpty(), type.name());
    }
  }

  @Test
  void surfaceFormsHoldEveryKindOfName() {
    assertTrue(catalog.surfaceForms().containsAll(Set.of("美国", "美", "华府", "北约", "拜登", "国防部长")));
  }

  @Test
  void asRdfIsAFreshCopy() {
    var model = catalog.asRdf();
    long size = model.size();
    model.removeAll();
    assertEquals(size, catalog.asRdf().size());
    assertTrue(size > 5000);
  }

  @Test
  void outletsGiveTheCountryTheyWriteFrom() {
    Catalog catalog = Catalog.loadDefault();
    assertEquals(java.util.Optional.of(org.diplograph.model.ActorId.country("TWN")),
        catalog.homeCountryOfHost("www.cna.com.tw"));
    assertEquals(java.util.Optional.of(org.diplograph.model.ActorId.country("CHN")),
        catalog.homeCountryOfHost("www.news.cn"));
    assertEquals(java.util.Optional.of(org.diplograph.model.ActorId.country("SGP")),
        catalog.homeCountryOfHost("www.zaobao.com"));
    assertTrue(catalog.homeCountryOfHost("www.voachinese.com").isEmpty());
  }
}
