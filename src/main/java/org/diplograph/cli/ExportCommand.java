package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplograph.export.ActorNetwork;
import org.diplograph.export.ActorNetworkReader;
import org.diplograph.export.GraphvizException;
import org.diplograph.export.GraphvizRenderer;
import org.diplograph.export.NetworkExporter;
import org.diplograph.export.NetworkFilter;
import org.diplograph.export.NetworkFormat;
import org.diplograph.export.PushLedger;
import org.diplograph.export.PushTarget;
import org.diplograph.export.RdfExporter;
import org.diplograph.export.RdfFormat;
import org.diplograph.export.StorePusher;
import org.diplograph.graph.GraphStore;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: writes the store in a standard RDF syntax, or its actor network for visualizers. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports the store as Turtle (all graphs merged), TriG or N-Quads (named graphs kept) "
        + "or JSON-LD; or its actor network as GraphML, GEXF, DOT, Cytoscape.js JSON, or PNG/SVG through "
        + "Graphviz; or, with --sparql-endpoint URL (or --to URL), pushes every graph of the store to a remote "
        + "SPARQL store with the Graph Store Protocol.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "turtle", paramLabel = "FMT",
      description = "turtle, trig, nquads, jsonld; graphml, gexf, dot, cytoscape, png, svg "
          + "(default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Optional<Path> out = Optional.empty();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Network: events on or after this date.")
  Optional<LocalDate> from = Optional.empty();

  @Option(names = "--to", paramLabel = "YYYY-MM-DD|URL",
      description = "Network: events on or before this date. Or an http(s) URL: push every graph of the store to "
          + "this Graph Store endpoint instead of writing a file (as --sparql-endpoint).")
  Optional<String> to = Optional.empty();

  @Mixin PushOptions push;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Network: event types to keep, comma-separated (e.g. MEET,VISIT; default: all).")
  List<EventType> types = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "ID",
      description = "Network: only this actor and its neighbours (JPN, org:NATO, per:岸田文雄).")
  Optional<String> actor = Optional.empty();

  @Option(names = "--with-memberships", description = "Network: add member → organization edges.")
  boolean withMemberships;

  @Option(names = "--with-posts", description = "Network: add person → country post edges.")
  boolean withPosts;

  @Override
  public Integer call() throws IOException {
    Optional<PushTarget> target = push.target(spec, to.filter(ExportCommand::isUrl));
    if (target.isPresent()) {
      return pushStore(target.get());
    }
    Optional<NetworkFormat> network = NetworkFormat.find(format);
    Optional<RdfFormat> rdf = network.isPresent() ? Optional.empty() : rdfFormat();
    if (rdf.isEmpty() && network.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "export: unknown format " + format);
    }
    NetworkFilter filter = filter();
    if (network.filter(NetworkFormat::isImage).isPresent() && GraphvizRenderer.findDot().isEmpty()) {
      spec.commandLine().getErr().println("export: " + GraphvizRenderer.NOT_FOUND);
      return ExitCodes.FAILURE;
    }
    StoreAccess access = StoreAccess.locate(store, server);
    if (!access.existsOrSay("export", spec.commandLine().getErr())) {
      return ExitCodes.FAILURE;
    }
    if (rdf.isPresent() && access.server().isPresent()) {
      try (OutputStream os = open()) {
        access.server().get().exportRdf(rdf.get().name(), os); // the server's exporter: the same bytes
      }
      return ExitCodes.OK;
    }
    try (GraphStore graph = access.openAll(); OutputStream os = open()) {
      if (rdf.isPresent()) {
        RdfExporter.export(graph, rdf.get(), os);
      } else {
        writeNetwork(ActorNetworkReader.read(graph, filter), network.get(), os);
      }
      os.flush();
    } catch (GraphvizException e) {
      spec.commandLine().getErr().println("export: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }

  private static boolean isUrl(String value) {
    return value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8);
  }

  /** Pushes every graph of the store; the file and network options do not apply. */
  private int pushStore(PushTarget target) {
    if (spec.commandLine().getParseResult().hasMatchedOption("--format") || out.isPresent()) {
      throw new ParameterException(spec.commandLine(), "export: a push sends every graph as it is: "
          + "--format and --out do not apply");
    }
    StoreAccess access = StoreAccess.locate(store, server); // a served store: pushed from a copy
    if (!access.existsOrSay("export", spec.commandLine().getErr())) {
      return ExitCodes.FAILURE;
    }
    try (GraphStore graph = access.openAll();
        StorePusher remote = StorePusher.open(target, PushLedger.of(store.path(), target.endpoint()))) {
      remote.pushAll(graph);
      spec.commandLine().getOut().println(remote.summary().line());
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }

  private static void writeNetwork(ActorNetwork network, NetworkFormat fmt, OutputStream os) {
    if (fmt.isImage()) {
      GraphvizRenderer.render(network, fmt, os);
    } else {
      NetworkExporter.write(network, fmt, os);
    }
  }

  private Optional<RdfFormat> rdfFormat() {
    try {
      return Optional.of(RdfFormat.parse(format));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private NetworkFilter filter() {
    Optional<ActorId> id;
    try {
      id = actor.map(ActorId::parseGold);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "export: bad actor id " + actor.orElse("")
          + " (use JPN, org:NATO, per:<name>, gov:<name>)");
    }
    Optional<LocalDate> until = to.map(this::date);
    if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
      throw new ParameterException(spec.commandLine(), "export: --from is after --to");
    }
    return new NetworkFilter(from, until, types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types),
        id, withMemberships, withPosts);
  }

  private LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "export: --to takes a date (YYYY-MM-DD) or an http(s) URL, "
          + "not " + value);
    }
  }

  private OutputStream open() throws IOException {
    if (out.isEmpty()) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush(); // standard output stays open
        }
      };
    }
    Path parent = out.get().toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newOutputStream(out.get());
  }
}
