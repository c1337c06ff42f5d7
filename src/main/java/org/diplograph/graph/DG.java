package org.diplograph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;

/**
 * The terms of the diplograph vocabulary ({@code ontology/diplograph.ttl}), namespace {@value #NS}.
 * Constants only; the instance IRIs are made by {@link Iris}.
 */
public final class DG {
  /** The vocabulary namespace. */
  public static final String NS = "https://w3id.org/diplograph/ontology#";

  /** The ontology's own IRI. */
  public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/diplograph/ontology");

  // classes: actors
  public static final Resource Actor = resource("Actor");
  public static final Resource Country = resource("Country");
  public static final Resource Organization = resource("Organization");
  public static final Resource Person = resource("Person");
  public static final Resource GovernmentBody = resource("GovernmentBody");

  // classes: events
  public static final Resource Event = resource("Event");
  public static final Resource Meeting = resource("Meeting");
  public static final Resource Visit = resource("Visit");
  public static final Resource Signing = resource("Signing");
  public static final Resource PartnershipUpgrade = resource("PartnershipUpgrade");
  public static final Resource JointStatement = resource("JointStatement");
  public static final Resource Joining = resource("Joining");
  public static final Resource Opposition = resource("Opposition");
  public static final Resource Launch = resource("Launch");
  public static final Resource RelationsEstablishment = resource("RelationsEstablishment");
  public static final Resource RelationsSeverance = resource("RelationsSeverance");

  // classes: provenance and catalog
  public static final Resource Document = resource("Document");
  public static final Resource Evidence = resource("Evidence");
  public static final Resource Title = resource("Title");
  public static final Resource Trigger = resource("Trigger");
  public static final Resource EventTypeScheme = resource("EventTypeScheme");
  public static final Resource Outlet = resource("Outlet");
  public static final Resource Organ = resource("Organ");

  // properties: actors
  public static final Property shortForm = property("shortForm");
  public static final Property iso3 = property("iso3");
  public static final Property iso2 = property("iso2");
  public static final Property acronym = property("acronym");
  public static final Property capital = property("capital");
  public static final Property city = property("city");
  public static final Property actsFor = property("actsFor");
  public static final Property title = property("title");
  public static final Property region = property("region");

  // properties: events
  public static final Property eventType = property("eventType");
  public static final Property party = property("party");
  public static final Property source = property("source");
  public static final Property target = property("target");
  public static final Property participant = property("participant");
  public static final Property date = property("date");
  public static final Property place = property("place");
  public static final Property name = property("name");
  public static final Property object = property("object");
  public static final Property trigger = property("trigger");
  public static final Property rule = property("rule");
  public static final Property confidence = property("confidence");
  public static final Property evidence = property("evidence");

  // classes and properties: occurrences (events merged across documents)
  public static final Resource Occurrence = resource("Occurrence");
  public static final Property mention = property("mention");
  public static final Property mentionCount = property("mentionCount");
  public static final Property sourceCount = property("sourceCount");

  // properties: evidence
  public static final Property block = property("block");
  public static final Property startOffset = property("startOffset");
  public static final Property endOffset = property("endOffset");
  public static final Property page = property("page");

  // properties: event type concepts and event classes
  public static final Property cameoCode = property("cameoCode");
  public static final Property ploverCode = property("ploverCode");
  public static final Property eventTypeConcept = property("eventTypeConcept");

  // properties: documents
  public static final Property outlet = property("outlet");
  public static final Property script = property("script");
  public static final Property contentHash = property("contentHash");
  public static final Property encoding = property("encoding");
  public static final Property extractorVersion = property("extractorVersion");
  public static final Property occurrencesPending = property("occurrencesPending");

  // properties: catalog
  public static final Property titleCategory = property("titleCategory");
  public static final Property word = property("word");
  public static final Property frame = property("frame");
  public static final Property domain = property("domain");
  public static final Property homeCountry = property("homeCountry");

  private DG() {}

  /** The ontology class of an event type: {@code dg:Meeting} for MEET, and so on. */
  public static Resource eventClass(EventType type) {
    return switch (type) {
      case MEET -> Meeting;
      case VISIT -> Visit;
      case SIGN -> Signing;
      case UPGRADE_PARTNERSHIP -> PartnershipUpgrade;
      case JOINT_STATEMENT -> JointStatement;
      case JOIN -> Joining;
      case OPPOSE -> Opposition;
      case LAUNCH -> Launch;
      case ESTABLISH_RELATIONS -> RelationsEstablishment;
      case SEVER_RELATIONS -> RelationsSeverance;
    };
  }

  /** The ontology class of an actor type: {@code dg:Country} for COUNTRY, and so on. */
  public static Resource actorClass(ActorType type) {
    return switch (type) {
      case COUNTRY -> Country;
      case ORGANIZATION -> Organization;
      case PERSON -> Person;
      case GOVERNMENT_BODY -> GovernmentBody;
    };
  }

  private static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  private static Property property(String localName) {
    return ResourceFactory.createProperty(NS, localName);
  }
}
