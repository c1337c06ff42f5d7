package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private final DateResolver resolver = new DateResolver();
  private static final Optional<LocalDate> SAT_2022_03_12 = Optional.of(LocalDate.of(2022, 3, 12));

  private List<String> isos(String text, Optional<LocalDate> published, Optional<Integer> year) {
    return resolver.find(text, published, year).stream().map(d -> d.date().iso()).toList();
  }

  @Test
  void fullDatesAtTheirPrecision() {
    assertEquals(List.of("2023-03-11"), isos("2023年3月11日，两国外长会晤", Optional.empty(), Optional.empty()));
    assertEquals(List.of("2023-06"), isos("2023年6月举行对话", Optional.empty(), Optional.empty()));
    assertEquals(List.of("2021"), isos("2021年两国签署协议", Optional.empty(), Optional.empty()));
  }

  @Test
  void yearLessDatesTakeTheContextYear() {
    assertEquals(List.of("2023-01-12"), isos("1月12日，两国防长签署备忘录", Optional.empty(), Optional.of(2023)));
    assertEquals(List.of("2022-03-11"), isos("日美官员3月11日在东京举行磋商", SAT_2022_03_12, Optional.empty()));
  }

  @Test
  void aMonthAfterPublicationIsLastYear() {
    assertEquals(List.of("2021-12-20"), isos("12月20日双方通话", Optional.of(LocalDate.of(2022, 1, 5)), Optional.empty()));
  }

  @Test
  void rangesGiveTheirFirstDay() {
    assertEquals(List.of("2022-03-07"), isos("3月7日至8日，英美举行磋商", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2023-11-13"), isos("11月13~14日举行峰会", Optional.of(LocalDate.of(2023, 11, 20)), Optional.empty()));
  }

  @Test
  void weekdaysAreTheLastSuchDayUpToPublication() {
    assertEquals(List.of("2022-03-11"), isos("英国外交部周五发表声明", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2023-07-11"),
        isos("中国驻欧盟使团周二（7月11日）发表声明", Optional.of(LocalDate.of(2023, 7, 12)), Optional.empty()).subList(0, 1));
  }

  @Test
  void relativeDaysMonthsAndYears() {
    assertEquals(List.of("2022-03-11"), isos("两国外长昨天通电话", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2021"), isos("东盟去年将关系提升为全面战略伙伴关系", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2022-01"), isos("基于今年1月日美安全磋商委员会讨论", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2021-11"), isos("拜登和习近平去年 11 月在加利福尼亚州会晤", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2022-02"), isos("上月双方签署协议", SAT_2022_03_12, Optional.empty()));
    assertEquals(List.of("2022-03-10"), isos("当地时间10日，两国领导人会晤", SAT_2022_03_12, Optional.empty()));
  }

  @Test
  void noPublicationMeansNoRelativeDates() {
    assertTrue(isos("两国外长昨天通电话", Optional.empty(), Optional.empty()).isEmpty());
  }

  @Test
  void sameDayNeedsADayNamedBefore() {
    Optional<LocalDate> pub = Optional.of(LocalDate.of(2025, 10, 27));
    assertEquals(List.of("2025-10-27"), resolver.find("美国总统当天抵达吉隆坡", pub, Optional.empty(),
        Optional.of(org.diplograph.model.PartialDate.ofMonth(2024, 12))).stream().map(d -> d.date().iso()).toList());
  }
}
