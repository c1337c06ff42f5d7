package org.diplograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a font on this machine that PDFBox can embed to write Chinese test PDFs: a TrueType (glyf outline)
 * font mapping 中. Noto CJK is CFF-based, which PDFBox cannot embed; Debian's {@code fonts-wqy-microhei}
 * (installed by {@code .ci/run}) is the one looked for first.
 */
final class CjkTestFont {
  private static final List<Path> KNOWN =
      List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
          Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
          Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
          Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
  private static final Path FONT_DIR = Path.of("/usr/share/fonts");

  private CjkTestFont() {}

  /** A usable CJK TrueType font, or empty when the machine has none (the PDF tests then skip). */
  static Optional<TrueTypeFont> find() {
    return Stream.concat(KNOWN.stream(), scanned()).filter(Files::isRegularFile).map(CjkTestFont::usable)
        .flatMap(Optional::stream).findFirst();
  }

  private static Stream<Path> scanned() {
    if (!Files.isDirectory(FONT_DIR)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.walk(FONT_DIR)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tt[cf]$"))
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<TrueTypeFont> usable(Path file) {
    try {
      if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(f -> found[0] = found[0] == null && isCjkTrueType(f) ? f : found[0]);
        return Optional.ofNullable(found[0]);
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
      return isCjkTrueType(font) ? Optional.of(font) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isCjkTrueType(TrueTypeFont font) throws IOException {
    boolean cff = font instanceof OpenTypeFont otf && otf.isPostScript();
    return !cff && font.getUnicodeCmapLookup(false) != null && font.getUnicodeCmapLookup(false).getGlyphId('中') > 0;
  }
}
