package org.diplograph.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.ingest.IngestException;
import org.diplograph.model.SourceDoc;
import org.diplograph.nlp.SentenceSplitter;

/**
 * Builds a corpus of distinct articles from the sentences of real ones, to measure speed at scale without
 * shipping thousands of files: each generated article takes a headline and a publication date from one
 * source article and three to six paragraphs of one to four sentences drawn from all of them. Deterministic:
 * the same sources, count and seed give the same files. Not thread-safe.
 */
public final class CorpusGenerator {
  private static final int MIN_SENTENCE = 8;

  private final List<String> sentences = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();

  private CorpusGenerator() {}

  /** What was generated. */
  public record Summary(int sources, int sentences, int documents, long characters) {}

  /**
   * Reads the source files and writes {@code documents} articles {@code doc-00000.txt}, … into {@code out}
   * (plain text with {@code Title:} and {@code Date:} header lines).
   *
   * @throws IngestException if a source cannot be read
   * @throws IOException if a file cannot be written
   */
  public static Summary generate(List<Path> sourceFiles, int documents, long seed, Path out) throws IOException {
    checkArgument(documents >= 1, "documents must be at least 1: %s", documents);
    CorpusGenerator g = new CorpusGenerator();
    DocumentReader reader = new DocumentReader();
    for (Path f : sourceFiles) {
      reader.read(f).forEach(g::add);
    }
    checkArgument(g.sentences.size() >= 20, "too few sentences in the sources: %s", g.sentences.size());
    Files.createDirectories(out);
    Set<String> written = new HashSet<>();
    SplittableRandom random = new SplittableRandom(seed);
    long characters = 0;
    for (int i = 0; i < documents; i++) {
      String text = g.article(new Random(random.nextLong()));
      while (!written.add(text)) {
        text = g.article(new Random(random.nextLong()));
      }
      characters += text.length();
      Files.writeString(out.resolve(String.format(Locale.ROOT, "doc-%05d.txt", i)), text, StandardCharsets.UTF_8);
    }
    return new Summary(sourceFiles.size(), g.sentences.size(), documents, characters);
  }

  private void add(SourceDoc doc) {
    SentenceSplitter splitter = new SentenceSplitter();
    if (!doc.title().isBlank()) {
      titles.add(doc.title());
    }
    doc.published().ifPresent(dates::add);
    for (String paragraph : doc.paragraphs()) {
      for (SentenceSplitter.Span s : splitter.split(paragraph)) {
        String sentence = paragraph.substring(s.start(), s.end()).strip();
        if (sentence.length() >= MIN_SENTENCE) {
          sentences.add(sentence);
        }
      }
    }
  }

  private String article(Random r) {
    StringBuilder text = new StringBuilder();
    if (!titles.isEmpty()) {
      text.append("Title: ").append(titles.get(r.nextInt(titles.size()))).append('\n');
    }
    if (!dates.isEmpty()) {
      text.append("Date: ").append(dates.get(r.nextInt(dates.size()))).append('\n');
    }
    text.append('\n');
    int paragraphs = 3 + r.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      int count = 1 + r.nextInt(4);
      for (int s = 0; s < count; s++) {
        text.append(sentences.get(r.nextInt(sentences.size())));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
