package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;

class KnowledgeShapesTest {

  private static Shapes shapes() {
    return Shapes.parse(KnowledgeLoader.fromClasspath(List.of(KnowledgeFiles.SHAPES)).getGraph());
  }

  private static String describe(ValidationReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ShLib.printReport(out, report);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void knowledgeFilesConformToTheShapes() {
    Model data = KnowledgeLoader.fromClasspath(KnowledgeFiles.DATA);
    ValidationReport report = ShaclValidator.get().validate(shapes(), data.getGraph());
    assertTrue(report.conforms(), () -> describe(report));
  }

  @Test
  void shapesRejectBrokenKnowledge() throws Exception {
    Model data = ModelFactory.createDefaultModel();
    try (InputStream in = getClass().getResourceAsStream("broken-knowledge.ttl")) {
      RDFDataMgr.read(data, in, Lang.TURTLE);
    }
    ValidationReport report = ShaclValidator.get().validate(shapes(), data.getGraph());
    assertFalse(report.conforms());
    // one violation per broken node: bad country, bad organization, trigger with two types, modality with a
    // type, person without actsFor, title without category
    long focusNodes = report.getEntries().stream().map(e -> e.focusNode()).distinct().count();
    assertTrue(focusNodes >= 6, () -> describe(report));
  }
}
