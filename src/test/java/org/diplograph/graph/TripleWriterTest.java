package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.Test;

class TripleWriterTest {
  private static final String PREFIXES = """
      PREFIX dg: <https://w3id.org/diplograph/ontology#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX country: <https://w3id.org/diplograph/id/country/>
      PREFIX dgorg: <https://w3id.org/diplograph/id/org/>
      PREFIX eventtype: <https://w3id.org/diplograph/id/eventtype/>
      PREFIX doc: <https://w3id.org/diplograph/id/doc/>
      """;

  @Test
  void writesTheMeetingWithAllItsFields() {
    DatasetGraph dsg = written(SampleExtractions.meetAndVisit());
    assertTrue(ask(dsg, """
        ASK { GRAPH doc:000_meet {
          ?e a dg:Event, dg:Meeting ; dg:eventType eventtype:MEET ;
             dg:party country:JPN, country:USA ; dg:participant ?kishida ;
             dg:date "2023-03-11"^^xsd:date ; sem:hasTimeStamp "2023-03-11"^^xsd:date ;
             dg:place "东京"@zh-Hans ; dg:name "日美安全保障高级事务级磋商"@zh-Hans ;
             dg:trigger "举行" ; dg:rule "light-verb" ; dg:confidence ?c ;
             prov:wasDerivedFrom doc:000_meet ; dg:evidence ?ev .
          ?ev a dg:Evidence ; prov:value ?s ; dg:block "1"^^xsd:int ; dg:startOffset "0"^^xsd:int ;
              prov:wasQuotedFrom doc:000_meet .
          ?kishida a dg:Person ; skos:prefLabel "岸田文雄"@zh-Hans ; dg:actsFor country:JPN ; dg:title "首相"@zh-Hans .
          FILTER(STRSTARTS(?s, "日美两国政府") && ?c = 0.9 && DATATYPE(?c) = xsd:double)
          FILTER NOT EXISTS { ?e dg:source ?any }
        } }"""));
  }

  @Test
  void directedEventsHaveSourceAndTargetAndDatesTypedByPrecision() {
    DatasetGraph dsg = written(SampleExtractions.meetAndVisit());
    assertTrue(ask(dsg, """
        ASK { GRAPH ?g { ?e a dg:Visit ; dg:source country:JPN ; dg:target country:USA ;
          dg:party country:JPN, country:USA ; dg:date "2023-03"^^xsd:gYearMonth } }"""));
    DatasetGraph trad = written(SampleExtractions.traditional());
    assertTrue(ask(trad, "ASK { GRAPH ?g { ?e dg:date \"2023\"^^xsd:gYear } }"));
  }

  @Test
  void writesDocumentActorsPostsAndMemberships() {
    DatasetGraph dsg = written(SampleExtractions.meetAndVisit());
    assertTrue(ask(dsg, """
        ASK { GRAPH doc:000_meet {
          doc:000_meet a dg:Document ; dcterms:title "日美举行安全磋商"@zh-Hans ;
            dcterms:source <https://www.example.cn/news/2023/0312.html> ;
            dcterms:issued "2023-03-12"^^xsd:date ; dg:outlet "www.example.cn" ; dg:script "zh-Hans" ;
            dg:contentHash "0123abcd" ; dg:extractorVersion "0.1.0-test" .
          country:JPN a dg:Country ; dg:iso3 "JPN" ; skos:altLabel "日本"@zh-Hans, "日"@zh-Hans .
          country:IND a dg:Country ; dg:iso3 "IND" .
          dgorg:QUAD a dg:Organization ; org:hasMember country:USA, country:JPN, country:IND, country:AUS .
          ?m a org:Membership ; org:member country:AUS ; org:organization dgorg:QUAD .
          ?p a org:Post ; org:heldBy ?austin ; org:postIn country:USA ; skos:prefLabel "国防部长"@zh-Hans .
          ?austin skos:prefLabel "劳埃德·奥斯汀"@zh-Hans .
          ?gov a dg:GovernmentBody ; dg:actsFor country:USA .
        } }"""));
  }

  @Test
  void traditionalDocumentLiteralsCarryItsScript() {
    DatasetGraph dsg = written(SampleExtractions.traditional());
    assertTrue(ask(dsg, """
        ASK { GRAPH doc:001_trad { doc:001_trad dg:script "zh-Hant" ; dcterms:title "美菲外長會談"@zh-Hant .
          country:PHL skos:altLabel "菲律賓"@zh-Hant . ?e dg:place "馬尼拉"@zh-Hant } }"""));
    assertFalse(ask(dsg, "ASK { GRAPH ?g { ?s ?p ?o FILTER(LANG(?o) = \"zh-Hans\") } }"));
  }

  @Test
  void evidenceFromAPagedSourceCarriesItsPage() {
    DocumentExtraction x = SampleExtractions.traditional();
    SourceDoc d = x.doc();
    SourceDoc paged = new SourceDoc(d.id(), d.source(), d.url(), d.title(), d.published(), d.outlet(), d.script(),
        d.paragraphs(), d.contentHash(), List.of(7));
    DatasetGraph dsg = written(new DocumentExtraction(paged, x.actors(), x.events(), x.positions(), x.memberships(),
        x.extractorVersion()));
    assertTrue(ask(dsg, "ASK { GRAPH doc:001_trad { ?e dg:evidence/dg:page ?p FILTER(?p = 7) } }"));
    assertFalse(ask(written(x), "ASK { GRAPH ?g { ?ev dg:page ?p } }"));
  }

  @Test
  void theDetectedEncodingOfTheSourceIsRecorded() {
    DocumentExtraction x = SampleExtractions.traditional();
    SourceDoc d = x.doc();
    SourceDoc big5 = new SourceDoc(d.id(), d.source(), d.url(), d.title(), d.published(), d.outlet(), d.script(),
        d.paragraphs(), d.contentHash(), List.of(), Optional.of(Charset.forName("Big5")));
    DatasetGraph dsg = written(new DocumentExtraction(big5, x.actors(), x.events(), x.positions(), x.memberships(),
        x.extractorVersion()));
    assertTrue(ask(dsg, "ASK { GRAPH doc:001_trad { doc:001_trad dg:encoding \"Big5\" } }"));
    assertFalse(ask(written(x), "ASK { GRAPH ?g { ?d dg:encoding ?e } }"));
  }

  @Test
  void everyQuadIsInTheDocumentGraphAndSentOnce() {
    List<Quad> quads = collect(SampleExtractions.meetAndVisit());
    assertEquals(quads.size(), new HashSet<>(quads).size());
    String graph = Iris.document(SampleExtractions.MEET_DOC);
    assertTrue(quads.stream().allMatch(q -> q.getGraph().getURI().equals(graph)));
  }

  @Test
  void outputIsTheSameOnEveryRun() {
    assertEquals(collect(SampleExtractions.meetAndVisit()), collect(SampleExtractions.meetAndVisit()));
  }

  @Test
  void duplicateEventKeepsOneConfidence() {
    DocumentExtraction x = SampleExtractions.meetAndVisit();
    Event again = SampleExtractions.meet();
    Event lessSure = new Event(again.type(), again.parties(), again.persons(), again.date(), again.place(),
        again.name(), again.object(), again.trigger(), again.rule(), again.evidence(), 0.5);
    DocumentExtraction doubled = new DocumentExtraction(x.doc(), x.actors(), List.of(again, lessSure),
        x.positions(), x.memberships(), x.extractorVersion());
    DatasetGraph dsg = written(doubled);
    assertFalse(ask(dsg, "ASK { GRAPH ?g { ?e dg:confidence ?c FILTER(?c = 0.5) } }"));
    assertTrue(ask(dsg, "ASK { GRAPH ?g { ?e dg:confidence ?c FILTER(?c = 0.9) } }"));
  }

  @Test
  void evidenceOfAnotherDocumentIsACallerBug() {
    DocumentExtraction x = SampleExtractions.meetAndVisit();
    Event foreign = new Event(EventType.MEET, List.of(SampleExtractions.JPN, SampleExtractions.USA), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "会谈", "verb",
        SampleExtractions.evidence("elsewhere", 0, "日美会谈。"), 0.5);
    DocumentExtraction bad = new DocumentExtraction(x.doc(), List.of(), List.of(foreign), List.of(), List.of(), "v");
    assertThrows(IllegalArgumentException.class, () -> written(bad));
  }

  static DatasetGraph written(DocumentExtraction x) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    TripleWriter.write(x, StreamRDFLib.dataset(dsg));
    return dsg;
  }

  private static List<Quad> collect(DocumentExtraction x) {
    List<Quad> quads = new ArrayList<>();
    TripleWriter.write(x, new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        quads.add(quad);
      }
    });
    return quads;
  }

  static boolean ask(DatasetGraph dsg, String query) {
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PREFIXES + query).build()) {
      return qe.execAsk();
    }
  }
}
