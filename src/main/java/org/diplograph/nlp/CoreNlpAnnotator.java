package org.diplograph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.diplograph.model.NerTag;
import org.diplograph.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP Chinese pipeline (segmenter, POS tagger, NER) behind {@link TokenAnnotator}. Loading
 * takes tens of seconds and a few GB of heap: build one per process with {@link #load} and share
 * it; {@link #annotate} is thread-safe. CoreNLP types never leave this class.
 */
public final class CoreNlpAnnotator implements TokenAnnotator {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
  private static final String CHINESE_PROPERTIES = "StanfordCoreNLP-chinese.properties";
  private static final String FULL_SEGMENTER = "ctb.gz";

  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads the Chinese models from the classpath.
   *
   * @throws UncheckedIOException if the models jar is not on the classpath or cannot be read
   */
  public static CoreNlpAnnotator load(NlpConfig config) {
    long t0 = System.nanoTime();
    Properties props = chineseProperties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ssplit.isOneSentence", "true");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    // -Ddiplograph.segmenter=ctb.small.gz: the small CTB segmenter (83 MB against 329 MB) loads in about half
    // the time and scores the same events, but one actor and one position fewer on blind2 (issue 9), so the
    // full model stays the default
    String segmenter = System.getProperty("diplograph.segmenter", FULL_SEGMENTER);
    props.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/chinese/" + segmenter);
    if (!config.extraWords().isEmpty()) {
      String base = props.getProperty("segment.serDictionary");
      props.setProperty("segment.serDictionary", base + "," + writeDictionary(config));
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    LOG.info("CoreNLP Chinese pipeline loaded in {} s", (System.nanoTime() - t0) / 1_000_000_000L);
    return new CoreNlpAnnotator(pipeline);
  }

  private static Properties chineseProperties() {
    Properties props = new Properties();
    try (InputStream in = CoreNlpAnnotator.class.getClassLoader().getResourceAsStream(CHINESE_PROPERTIES)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(
            CHINESE_PROPERTIES + " not on the classpath: is the models-chinese jar missing?"));
      }
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CHINESE_PROPERTIES, e);
    }
    return props;
  }

  private static String writeDictionary(NlpConfig config) {
    String words = config.extraWords().stream()
        .filter(w -> w.length() >= 2 && w.length() <= NlpConfig.MAX_DICTIONARY_WORD)
        .filter(w -> w.codePoints().allMatch(Character::isIdeographic))
        .sorted()
        .collect(Collectors.joining("\n", "", "\n"));
    try {
      Path file = Files.createTempFile("diplograph-dict", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, words, StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the segmenter dictionary", e);
    }
  }

  @Override
  public List<Token> annotate(String sentence) {
    if (sentence.isBlank()) {
      return List.of();
    }
    CoreDocument doc = new CoreDocument(sentence);
    pipeline.annotate(doc);
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : doc.tokens()) {
      int begin = Math.max(0, label.beginPosition());
      int end = Math.min(sentence.length(), Math.max(begin, label.endPosition()));
      String ner = label.ner() == null ? "O" : label.ner();
      String pos = label.tag() == null ? "" : label.tag();
      tokens.add(new Token(label.word(), pos, NerTag.fromEngineTag(ner), begin, end));
    }
    return List.copyOf(tokens);
  }
}
