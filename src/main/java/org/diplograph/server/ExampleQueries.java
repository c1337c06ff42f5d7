package org.diplograph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysts' SPARQL queries of {@code queries/} (on the classpath), with their titles (the
 * {@code # title:} first line). Read once; immutable.
 */
public final class ExampleQueries {
  /** The file names, in the order the page lists them. */
  public static final List<String> NAMES = List.of(
      "meetings-2023.rq",
      "japan-events.rq",
      "quad-aukus-members.rq",
      "country-meetings-over-time.rq",
      "who-met-whom-most.rq",
      "partnership-upgrades-by-level.rq",
      "co-membership.rq",
      "officials-and-posts.rq",
      "events-citing-several-sources.rq");

  private static final String TITLE = "# title:";

  /** One query: its file name, title and text. */
  public record Example(String name, String title, String text) {}

  private ExampleQueries() {}

  /**
   * Reads every listed query from the classpath.
   *
   * @throws UncheckedIOException if one is missing or unreadable
   */
  public static List<Example> load() {
    List<Example> all = new ArrayList<>();
    for (String name : NAMES) {
      String text = read("queries/" + name);
      String first = text.lines().findFirst().orElse("");
      String title = first.startsWith(TITLE) ? first.substring(TITLE.length()).trim() : name;
      all.add(new Example(name, title, text));
    }
    return List.copyOf(all);
  }

  private static String read(String resource) {
    try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the example query " + resource, e);
    }
  }
}
