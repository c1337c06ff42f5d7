package org.diplograph.resolve;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.AnnotatedDoc;
import org.diplograph.model.NerTag;
import org.diplograph.model.Script;
import org.diplograph.model.Sentence;
import org.diplograph.model.SourceDoc;
import org.diplograph.model.Token;
import org.diplograph.nlp.ScriptNormalizer;

/**
 * Hand-made annotated documents for model-free tests. A sentence is written with spaces between
 * words (the segmentation) and {@code [[…]]} around person names (the NER's PERSON tags); spaces
 * inside {@code [[…]]} are kept as written. Without any space, every character is its own word.
 */
public final class TestDocs {
  private static final ScriptNormalizer NORMALIZER = new ScriptNormalizer();

  private TestDocs() {}

  /** A document of the given sentences, one paragraph each, published on the given day. */
  public static AnnotatedDoc doc(LocalDate published, String... sentences) {
    return docFrom(Optional.empty(), published, sentences);
  }

  /** As {@link #doc}, for an article at {@code url}. */
  public static AnnotatedDoc docFrom(Optional<String> url, LocalDate published, String... sentences) {
    List<Sentence> out = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      Sentence s = sentence(i, sentences[i]);
      out.add(s);
      paragraphs.add(s.text());
    }
    SourceDoc source = new SourceDoc("test", "test", url, "", Optional.ofNullable(published),
        Optional.empty(), Script.SIMPLIFIED, paragraphs, Integer.toHexString(String.join("", paragraphs)
            .getBytes(StandardCharsets.UTF_8).length));
    return new AnnotatedDoc(source, out);
  }

  /** One annotated sentence in block {@code block}. */
  public static Sentence sentence(int block, String marked) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    boolean segmented = marked.replaceAll("\\[\\[[^]]*]]", "").contains(" ");
    int i = 0;
    while (i < marked.length()) {
      if (marked.startsWith("[[", i)) {
        int close = marked.indexOf("]]", i);
        String name = marked.substring(i + 2, close);
        tokens.add(new Token(name, "NR", NerTag.PERSON, text.length(), text.length() + name.length()));
        text.append(name);
        i = close + 2;
      } else if (marked.charAt(i) == ' ' && segmented) {
        i++;
      } else {
        int end = segmented ? nextBreak(marked, i) : i + 1;
        String word = marked.substring(i, end);
        tokens.add(new Token(word, "NN", NerTag.O, text.length(), text.length() + word.length()));
        text.append(word);
        i = end;
      }
    }
    String t = text.toString();
    return new Sentence(block, 0, t, NORMALIZER.toSimplified(t), tokens);
  }

  private static int nextBreak(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != ' ' && !s.startsWith("[[", i)) {
      i++;
    }
    return i;
  }
}
