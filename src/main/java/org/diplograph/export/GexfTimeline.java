package org.diplograph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.diplograph.model.PartialDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Makes JGraphT's static GEXF a dynamic one for Gephi's timeline: the graph becomes
 * {@code mode="dynamic" timeformat="date"} and every edge gets one {@code <spell>} per event date,
 * spanning the days the date covers (2023-05 → 2023-05-01…2023-05-31). Works on the XML with the
 * JDK's DOM, because JGraphT's exporter cannot write spells. Stateless and thread-safe.
 */
final class GexfTimeline {
  private GexfTimeline() {}

  /** Rewrites the GEXF in {@code gexf} with spells from the relations, to {@code out}. */
  static void addSpells(byte[] gexf, Iterable<Relation> relations, OutputStream out) {
    try {
      Document doc = parse(gexf);
      Map<String, Relation> byKey = java.util.stream.StreamSupport.stream(relations.spliterator(), false)
          .collect(Collectors.toMap(Relation::key, Function.identity(), (a, b) -> a));
      Element graph = (Element) doc.getElementsByTagNameNS("*", "graph").item(0);
      graph.setAttribute("mode", "dynamic");
      graph.setAttribute("timeformat", "date");
      NodeList edges = doc.getElementsByTagNameNS("*", "edge");
      for (int i = 0; i < edges.getLength(); i++) {
        Element edge = (Element) edges.item(i);
        Optional.ofNullable(byKey.get(edge.getAttribute("id"))).ifPresent(r -> spells(doc, edge, r));
      }
      write(doc, out);
    } catch (Exception e) {
      throw new UncheckedIOException("cannot add the timeline to the GEXF network",
          new java.io.IOException(e.getMessage(), e));
    }
  }

  private static void spells(Document doc, Element edge, Relation r) {
    Element spells = doc.createElementNS(edge.getNamespaceURI(), "spells");
    for (String iso : r.dates()) {
      PartialDate.parse(iso).ifPresent(d -> {
        Element spell = doc.createElementNS(edge.getNamespaceURI(), "spell");
        spell.setAttribute("start", d.start().toString());
        spell.setAttribute("end", d.end().toString());
        spells.appendChild(spell);
      });
    }
    if (spells.hasChildNodes()) {
      edge.appendChild(spells);
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static void write(Document doc, OutputStream out) throws Exception {
    var t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    t.transform(new DOMSource(doc), new StreamResult(buffer));
    buffer.writeTo(out);
  }
}
