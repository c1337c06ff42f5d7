package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final double EPS = 1e-9;
  private static final Path GOLD_DEV = Path.of("src", "test", "resources", "eval-data", "gold-dev");

  private final Evaluation evaluation = new Evaluation();
  private final GoldReader reader = new GoldReader();

  @Test
  void goldDevAgainstItselfIsPerfect() throws IOException {
    Map<String, GoldDocument> gold = reader.readDir(GOLD_DEV);
    EvalReport report = evaluation.compare(gold, gold);
    for (Measure m : Measure.values()) {
      Score s = report.total(m);
      assertTrue(s.tp() > 0, m + ": " + s);
      assertEquals(0, s.fp() + s.fn(), m + ": " + s);
      assertEquals(1.0, s.f1(), EPS, m.label());
    }
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
  }

  @Test
  void microAveragesOverDocuments() throws IOException {
    EvalReport report = microReport();
    // a: tp 1, fp 2, fn 1; b: tp 4; c (no prediction): fn 2; z (no gold): ignored
    Score events = report.total(Measure.EVENTS);
    assertEquals(Score.of(5, 2, 3), events);
    assertEquals(5.0 / 7, events.precision(), EPS);
    assertEquals(5.0 / 8, events.recall(), EPS);
    assertEquals(10.0 / 15, events.f1(), EPS);
    assertEquals(Score.of(2, 0, 0), report.byType().get(EventType.MEET));
    assertEquals(Score.of(0, 0, 1), report.byType().get(EventType.SIGN));
    assertEquals(3, report.documents().size());
  }

  @Test
  void warnsAboutMissingAndUnknownDocuments() throws IOException {
    EvalReport report = microReport();
    assertEquals(2, report.warnings().size(), report.warnings().toString());
    assertTrue(report.warnings().get(0).contains("no prediction for c"), report.warnings().get(0));
    assertTrue(report.warnings().get(1).contains("z"), report.warnings().get(1));
  }

  @Test
  void rendersAnAlignedTableAndVerboseMismatches() throws IOException {
    EvalReport report = microReport();
    String brief = report.render(false);
    assertTrue(
        brief.contains("events (parties)        0.714  0.625  0.667      5      2      3"), brief);
    assertTrue(
        brief.contains("  MEET                  1.000  1.000  1.000      2      0      0"), brief);
    assertTrue(brief.contains("warning: no prediction for c"), brief);
    assertTrue(!brief.contains("FN event"), brief);
    String verbose = report.render(true);
    assertTrue(verbose.contains("== a\n"), verbose);
    assertTrue(verbose.contains("FN event VISIT [JPN, USA] 2023-01 «日本首相1月访问美国。»"), verbose);
    assertTrue(verbose.contains("FP event OPPOSE [CHN, USA] «中方反对美方。»"), verbose);
  }

  @Test
  void extractionScoresPerfectlyAgainstItsOwnGoldForm() {
    GoldDocument doc = Evaluation.fromExtraction(org.diplograph.export.SampleExtraction.sample());
    assertEquals(3, doc.events().size());
    EvalReport report = evaluation.compare(Map.of(doc.doc(), doc), Map.of(doc.doc(), doc));
    assertEquals(Score.of(4, 0, 0), report.total(Measure.ACTORS));
    assertEquals(Score.of(3, 0, 0), report.total(Measure.EVENTS));
    assertEquals(Score.of(1, 0, 0), report.total(Measure.POSITIONS));
    assertEquals(Score.of(2, 0, 0), report.total(Measure.MEMBERSHIPS));
  }

  private EvalReport microReport() throws IOException {
    return evaluation.compare(
        reader.readDir(GoldReaderTest.resource("micro/pred")),
        reader.readDir(GoldReaderTest.resource("micro/gold")));
  }
}
