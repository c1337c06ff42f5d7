package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleCleanerTest {
  private final HtmlArticleCleaner cleaner = new HtmlArticleCleaner();

  @Test
  void nestedSpansAreFlattenedWithoutSpaces() {
    String html =
        "<p style=\"text-align:justify\"><span><span>北大西洋公约组织（</span><span>NATO）峰会本周召开。</span></span></p>";
    assertEquals(List.of("北大西洋公约组织（NATO）峰会本周召开。"), cleaner.paragraphs(html));
  }

  @Test
  void blockElementsAndBreaksMakeParagraphs() {
    String html = "<h2>联合声明</h2><blockquote>双方同意加强合作。</blockquote><ul><li>第一项</li><li>第二项</li></ul>甲<br>乙";
    assertEquals(List.of("联合声明", "双方同意加强合作。", "第一项", "第二项", "甲", "乙"), cleaner.paragraphs(html));
  }

  @Test
  void whitespaceRunsCollapseAndEndsAreTrimmed() {
    String html = "<p><strong>日美举行磋商，并讨论了 推进合作。                </strong></p><p>&nbsp;</p><p>　王毅表示。　</p>";
    assertEquals(List.of("日美举行磋商，并讨论了 推进合作。", "王毅表示。"), cleaner.paragraphs(html));
  }

  @Test
  void dateOnlyLinesAreDropped() {
    String html = "<div>12/03/2022 - 02:16</div><div><i>Wed, 12 Jul 2023 09:38:33 GMT</i></div>"
        + "<p>2023年7月12日 09:38</p><p>发布时间：2024-04-17 15:43</p><p>7月12日，峰会开幕。</p>";
    assertEquals(List.of("7月12日，峰会开幕。"), cleaner.paragraphs(html));
  }

  @Test
  void shareSocialAndPromotionContainersAreDropped() {
    String html = "<p>正文。</p><div data-selfpromo-app>下载应用</div><div class=\"article-social\">脸书</div>"
        + "<section id=\"recommend-list\">推荐文章</section><span data-root-share><share-button></share-button></span>"
        + "<footer>版权</footer><aside>侧栏</aside><nav>导航</nav><iframe src=\"x\"></iframe>"
        + "<div><div>分享 :</div></div><div>获取更多RSS：<br><a href=\"https://feedx.net\">https://feedx.net</a></div>";
    assertEquals(List.of("正文。"), cleaner.paragraphs(html));
  }

  @Test
  void captionsWithASentenceAreKeptButBareCreditsAreNot() {
    String html = "<div><small>出席峰会的各国领导人7月12日合影。（法新社）</small></div><p>（路透社）</p>"
        + "<p>图/新华社</p><p>资料图片</p>";
    assertEquals(List.of("出席峰会的各国领导人7月12日合影。（法新社）"), cleaner.paragraphs(html));
  }
}
