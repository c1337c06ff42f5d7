package org.diplograph.ingest;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.diplograph.model.Script;

/**
 * Tells simplified from traditional Chinese: the text is traditional when a clear share of its Han
 * characters change under ICU's {@code Traditional-Simplified} transliteration (in simplified text almost
 * none do; in traditional text typically a quarter or more). Construct once and share: the transliterator
 * is stateless, so this class is thread-safe.
 */
public final class ScriptDetector {
  /** Share of Han characters that must change for the text to count as traditional. */
  private static final double TRADITIONAL_SHARE = 0.08;

  private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

  /** The script of the given text blocks; simplified when they hold no Han characters. */
  public Script detect(List<String> blocks) {
    return detect(String.join("\n", blocks));
  }

  /** The script of the given text; simplified when it holds no Han characters. */
  public Script detect(String text) {
    int[] han = text.codePoints().filter(CjkChars::isHan).toArray();
    if (han.length == 0) {
      return Script.SIMPLIFIED;
    }
    int changed = countChanged(han);
    return changed >= TRADITIONAL_SHARE * han.length ? Script.TRADITIONAL : Script.SIMPLIFIED;
  }

  private int countChanged(int[] han) {
    String original = new String(han, 0, han.length);
    int[] simplified = toSimplified.transliterate(original).codePoints().toArray();
    if (simplified.length != han.length) {
      return countChangedOneByOne(han);
    }
    int changed = 0;
    for (int i = 0; i < han.length; i++) {
      changed += simplified[i] == han[i] ? 0 : 1;
    }
    return changed;
  }

  private int countChangedOneByOne(int[] han) {
    int changed = 0;
    for (int cp : han) {
      String one = Character.toString(cp);
      changed += toSimplified.transliterate(one).equals(one) ? 0 : 1;
    }
    return changed;
  }
}
