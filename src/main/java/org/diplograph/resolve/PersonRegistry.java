package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.PersonEntry;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;

/**
 * Joins the person names of one document into identities: a short form (奥斯汀) is the person whose
 * full name ends with it or whose part after the last · equals it (劳埃德·奥斯汀); a known person of
 * the catalog keeps the catalog's identity. The id is the fullest Chinese name. Each name's canonical
 * form is worked out once (a long report repeats a few names thousands of times). Not thread-safe:
 * one per document.
 */
final class PersonRegistry {
  private static final Pattern NAME_DOTS = Pattern.compile("[·•・‧]");

  private final Catalog catalog;
  private final Optional<ActorId> home;
  private final List<PersonMention> mentions = new ArrayList<>();
  /** Memos: a long document names the same few persons thousands of times. */
  private final Map<String, String> canonicalByName = new HashMap<>();
  private final Map<String, Optional<PersonEntry>> knownByName = new HashMap<>();
  private final Map<String, String> firstSurfaceByName = new HashMap<>();

  /**
   * @param home the country the outlet writes from: an official titled without a country (外交部長
   *     林佳龍 in a Taiwanese paper) serves it
   */
  PersonRegistry(Catalog catalog, Optional<ActorId> home) {
    this.catalog = catalog;
    this.home = home;
  }

  void add(PersonMention m) {
    mentions.add(m);
    firstSurfaceByName.putIfAbsent(m.name(), m.surface());
    canonicalByName.clear();
  }

  /** The canonical full name for a name of this document: the fullest form the document uses. */
  String canonical(String name) {
    return canonicalByName.computeIfAbsent(name, this::fullestForm);
  }

  private String fullestForm(String name) {
    Optional<PersonEntry> known = known(name);
    String best = name;
    for (PersonMention m : mentions) {
      String other = m.name();
      boolean sameKnown = known.isPresent() && known(other).equals(known);
      if (other.length() > best.length() && (sameKnown || isShortFormOf(best, other))) {
        best = other;
      }
    }
    return best;
  }

  private Optional<PersonEntry> known(String name) {
    return knownByName.computeIfAbsent(name, catalog::personByName);
  }

  /** A post of a state, not of an international organization (秘书长, 总干事). */
  private boolean isStatePost(String title) {
    boolean orgLeader = catalog.title(title).map(t -> t.category().equals("org-leader")).orElse(false);
    return !orgLeader && !title.endsWith("秘书长") && !title.endsWith("总干事");
  }

  static boolean isShortFormOf(String shortName, String full) {
    String bare = NAME_DOTS.matcher(full).replaceAll("");
    int dot = Math.max(full.lastIndexOf('·'), full.lastIndexOf('•'));
    String lastPart = dot >= 0 ? full.substring(dot + 1) : "";
    return shortName.length() >= 2
        && (shortName.equals(lastPart) || (dot < 0 && bare.startsWith(shortName))
            || bare.endsWith(shortName) || (dot >= 0 && full.startsWith(shortName + "·")));
  }

  /** The person actors: those with a title, an affiliation, or a catalog entry. */
  List<Actor> actors() {
    Map<String, List<PersonMention>> byId = new LinkedHashMap<>();
    for (PersonMention m : mentions) {
      byId.computeIfAbsent(canonical(m.name()), k -> new ArrayList<>()).add(m);
    }
    List<Actor> out = new ArrayList<>();
    byId.forEach((id, ms) -> toActor(id, ms).ifPresent(out::add));
    return out;
  }

  /** The id of the person a name of this document refers to, if it became an actor. */
  Optional<ActorId> idOf(String name, List<Actor> actors) {
    String canonical = canonical(name);
    return actors.stream().map(Actor::id)
        .filter(id -> id.key().equals(originalOf(canonical)))
        .findFirst();
  }

  /** The document's own spelling of a (simplified) canonical name. */
  private String originalOf(String canonical) {
    return firstSurfaceByName.getOrDefault(canonical, canonical);
  }

  private Optional<Actor> toActor(String id, List<PersonMention> ms) {
    Optional<PersonEntry> known = catalog.personByName(id);
    // a known person's country comes from the catalog; the text's title phrase can mislead
    Optional<ActorId> country = known.map(PersonEntry::actsFor)
        .or(() -> ms.stream().map(PersonMention::affiliation).flatMap(Optional::stream).findFirst());
    // the title is what this text states; a post from the catalog may be out of date
    Optional<String> title = ms.stream().map(PersonMention::title).flatMap(Optional::stream).findFirst();
    boolean ownOfficial = ms.stream().anyMatch(m -> m.titleBefore() && m.title().filter(this::isStatePost).isPresent());
    if (country.isEmpty() && ownOfficial) {
      country = home;
    }
    if (country.isEmpty() && title.isEmpty() && known.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    String own = originalOf(id);
    names.add(own);
    ms.forEach(m -> names.add(m.surface()));
    ms.forEach(m -> m.english().ifPresent(names::add));
    double confidence = known.isPresent() ? 0.95 : country.isPresent() ? 0.85 : 0.7;
    return Optional.of(new Actor(ActorId.person(own), names, country, title, confidence));
  }
}
