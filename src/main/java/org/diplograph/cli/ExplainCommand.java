package org.diplograph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.diplograph.graph.EventExplanation;
import org.diplograph.graph.EventExplanationReader;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain}: shows how an event or an occurrence of the store was extracted and from what. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Shows what the store says about one event and where it comes from: type with its CAMEO/PLOVER "
        + "codes, trigger word, rule, confidence, parties, persons, date, place, name, object, the evidence "
        + "sentence and its document. For an occurrence (an event merged across documents), also every mention.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained", "1:no such event or occurrence in the store, or no store", "2:bad usage"})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT-IRI",
      description = "The IRI of an event or occurrence, or a prefixed name such as event:3f2a… or occurrence:9b1c….")
  String iri;

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Override
  public Integer call() {
    String full = absoluteIri(Namespaces.expand(iri));
    StoreAccess access = StoreAccess.locate(store, server);
    if (!access.existsOrSay("explain", spec.commandLine().getErr())) {
      return ExitCodes.FAILURE;
    }
    Optional<EventExplanation> explanation;
    try (GraphStore graph = access.openAbout(full)) {
      explanation = EventExplanationReader.read(graph, full);
    }
    if (explanation.isEmpty()) {
      spec.commandLine().getErr().println("explain: " + full + " is not an event or occurrence in " + store);
      return ExitCodes.FAILURE;
    }
    ExplanationPrinter.print(spec.commandLine().getOut(), explanation.get());
    return ExitCodes.OK;
  }

  private String absoluteIri(String text) {
    try {
      if (!text.isEmpty() && IRIx.create(text).isAbsolute()) {
        return text;
      }
    } catch (IRIException e) {
      // reported below as bad usage
    }
    throw new ParameterException(spec.commandLine(), "explain: not an IRI or a known prefixed name: " + iri);
  }
}
