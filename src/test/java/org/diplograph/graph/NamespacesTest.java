package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamespacesTest {
  @Test
  void prefixedNamesExpandAndOtherTextStays() {
    assertEquals(Iris.ID + "event/ab12", Namespaces.expand(" event:ab12 "));
    assertEquals(Iris.ID + "occurrence/cd34", Namespaces.expand("occurrence:cd34"));
    assertEquals(Iris.ID + "event/ab12", Namespaces.expand("<" + Iris.ID + "event/ab12>"));
    assertEquals(Iris.ID + "event/ab12", Namespaces.expand(Iris.ID + "event/ab12"));
    assertEquals("nope:x", Namespaces.expand("nope:x"));
  }

  @Test
  void irisShortenToTheirPrefixedNameWhenTheRestIsALocalName() {
    assertEquals("country:JPN", Namespaces.shorten(Iris.ID + "country/JPN"));
    assertEquals("occurrence:cd34", Namespaces.shorten(Iris.ID + "occurrence/cd34"));
    assertEquals("dg:Meeting", Namespaces.shorten(DG.Meeting.getURI()));
    assertEquals(Iris.ID + "graph/occurrences", Namespaces.shorten(Iris.OCCURRENCE_GRAPH));
  }
}
