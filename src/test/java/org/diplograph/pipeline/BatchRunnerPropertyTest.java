package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.diplograph.catalog.Catalog;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.model.NerTag;
import org.diplograph.model.Token;
import org.diplograph.nlp.SentenceSplitter;
import org.diplograph.nlp.TokenAnnotator;

/**
 * Generated inputs through the whole batch (ingest, sentence splitting, resolution, extraction) with a
 * stand-in tagger that makes every character a word: nothing throws out of the batch, every input ends as
 * documents or as one error line, and no sentence handed to the tagger is longer than the splitter's limit.
 */
class BatchRunnerPropertyTest {
  private static final TokenAnnotator EACH_CHARACTER_A_WORD = sentence -> {
    checkLength(sentence);
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      tokens.add(new Token(sentence.substring(i, i + 1), "NN", NerTag.O, i, i + 1));
    }
    return tokens;
  };
  private static DocumentProcessor processor;

  @Property(tries = 30)
  void randomBytesNeverEscapeTheBatch(@ForAll @Size(max = 50_000) byte[] content) {
    checkOneInput(content);
  }

  @Property(tries = 30)
  void randomCjkNeverEscapesTheBatch(@ForAll("cjk") String text) {
    checkOneInput(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Han characters with, now and then, punctuation, a line break, a country name or a markup character. */
  @Provide
  Arbitrary<String> cjk() {
    Arbitrary<String> han = Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf);
    Arbitrary<String> other = Arbitraries.of("。", "，", "\n", "\n\n", "美国", "日本", "会见", "<p>", "</p>", "<", "&",
        "Title: ", "Date: 2023-13-45\n");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, han), net.jqwik.api.Tuple.of(1, other))
        .list().ofMaxSize(8000).map(parts -> String.join("", parts));
  }

  private static void checkOneInput(byte[] content) {
    List<String> ids = new ArrayList<>();
    BatchResult r = new BatchRunner(new DocumentReader(), processor(), BatchOptions.withThreads(2),
        new ByteArrayInputStream(content)).run(List.of(Path.of("-")), x -> ids.add(x.doc().id()));
    assertEquals(1, r.inputs());
    assertEquals(ids.size(), r.documents());
    assertTrue(r.documents() > 0 ^ r.hasErrors(), () -> ids + " " + r.diagnostics());
    assertTrue(r.diagnostics().stream().allMatch(d -> d.toString().lines().count() == 1), r.diagnostics()::toString);
  }

  private static synchronized DocumentProcessor processor() {
    if (processor == null) {
      processor = new DocumentProcessor(EACH_CHARACTER_A_WORD, Catalog.loadDefault());
    }
    return processor;
  }

  private static void checkLength(String sentence) {
    if (sentence.length() > SentenceSplitter.MAX_LENGTH) {
      throw new AssertionError("the tagger was handed " + sentence.length() + " characters");
    }
  }
}
