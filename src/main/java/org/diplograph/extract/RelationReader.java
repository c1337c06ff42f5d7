package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.CountryEntry;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;
import org.diplograph.model.Membership;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.Position;
import org.diplograph.model.ResolvedDoc;

/**
 * Reads the static relations: the posts of persons whose title and country the text gives, and
 * the memberships the text names — a compound right before an organization (美日印澳“四边安全对话”)
 * or an organization's name that begins with its members (澳英美三边安全伙伴关系). Thread-safe.
 */
final class RelationReader {
  private final Catalog catalog;

  RelationReader(Catalog catalog) {
    this.catalog = catalog;
  }

  List<Position> positions(List<Actor> actors) {
    List<Position> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.id().type() == ActorType.PERSON && a.country().isPresent() && a.title().isPresent()) {
        out.add(new Position(a.id(), a.country().get(), a.title().get()));
      }
    }
    return out;
  }

  /** The memberships the text names, and those its joining events state (西班牙加入“蓝点网络”). */
  List<Membership> memberships(ResolvedDoc doc, List<org.diplograph.model.Event> events) {
    Set<Membership> out = new LinkedHashSet<>();
    events.stream().filter(e -> e.type() == org.diplograph.model.EventType.JOIN)
        .filter(e -> e.parties().get(1).type() == ActorType.ORGANIZATION)
        .forEach(e -> out.add(new Membership(e.parties().get(0), e.parties().get(1))));
    for (int i = 0; i < doc.mentions().size(); i++) {
      String text = doc.annotated().sentences().get(i).normalized();
      List<Mention> ms = doc.mentions().get(i);
      for (int k = 0; k < ms.size(); k++) {
        Mention m = ms.get(k);
        if (m.kind() != MentionKind.ORGANIZATION) {
          continue;
        }
        ActorId org = m.referents().get(0);
        prefixMembers(m.surface(), text.substring(m.start(), m.end())).forEach(c -> out.add(new Membership(c, org)));
        if (k > 0 && ms.get(k - 1).kind() == MentionKind.COMPOUND && adjacent(text, ms.get(k - 1), m)) {
          ms.get(k - 1).referents().forEach(c -> out.add(new Membership(c, org)));
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean adjacent(String text, Mention a, Mention b) {
    String between = text.substring(a.end(), b.start());
    return between.matches("[“\"「『\\s]*");
  }

  /** The countries whose short forms begin an organization's name (澳英美… → AUS, GBR, USA). */
  private List<ActorId> prefixMembers(String surface, String simplified) {
    List<ActorId> members = new ArrayList<>();
    for (int i = 0; i < simplified.length(); i++) {
      Optional<CountryEntry> c = catalog.countryByShortForm(simplified.substring(i, i + 1));
      if (c.isEmpty() || members.contains(c.get().id())) {
        break;
      }
      members.add(c.get().id());
    }
    return members.size() >= 2 ? members : List.of();
  }
}
