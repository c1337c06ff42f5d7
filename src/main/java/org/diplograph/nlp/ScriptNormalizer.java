package org.diplograph.nlp;

import com.ibm.icu.text.Transliterator;

/**
 * Converts text to simplified characters one character at a time with ICU's
 * Traditional-Simplified transliterator, so that the result has the same length as the input and
 * offsets carry over. Thread-safe: the transliterator is used under a lock, and each character's
 * conversion is remembered, so the lock is taken once per distinct character.
 */
public final class ScriptNormalizer {
  private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
  private final java.util.concurrent.ConcurrentHashMap<Character, Character> converted =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The simplified form of {@code text}, character-aligned with it. */
  public String toSimplified(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isHan(c) ? converted.computeIfAbsent(c, this::convert) : c);
    }
    return out.toString();
  }

  private char convert(char c) {
    String converted;
    synchronized (toSimplified) {
      converted = toSimplified.transliterate(String.valueOf(c));
    }
    // a conversion that changes the length would break offsets; keep the original character then
    return converted.length() == 1 ? converted.charAt(0) : c;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
