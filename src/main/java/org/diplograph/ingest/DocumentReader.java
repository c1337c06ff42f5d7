package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.model.SourceDoc;

/**
 * The ingest entry point: reads one input (a file, or bytes from standard input) into clean
 * {@link SourceDoc} records. The kind of input is told by content ({@link InputKindDetector}), not by file
 * name. The document id is the file stem (the name without its last extension), {@code "stdin"} for
 * {@code "-"}. A file holding one document gives a list of one; the list form leaves room for inputs
 * holding several (feeds). Build once and share: thread-safe.
 */
public final class DocumentReader {
  /** The source name standing for standard input. */
  public static final String STDIN = "-";

  private final TextDecoder decoder = new TextDecoder();
  private final InputKindDetector detector = new InputKindDetector();
  private final HtmlArticleCleaner htmlCleaner = new HtmlArticleCleaner();
  private final SeedFormatParser seedParser = new SeedFormatParser(htmlCleaner);
  private final HtmlPageParser htmlParser = new HtmlPageParser(htmlCleaner);
  private final PdfTextCleaner pdfCleaner = new PdfTextCleaner();
  private final PlainTextReader plainReader = new PlainTextReader();
  private final SourceDocAssembler assembler = new SourceDocAssembler(new ScriptDetector());

  /**
   * The documents in the file.
   *
   * @throws IngestException if the file cannot be read or holds no readable document
   */
  public List<SourceDoc> read(Path file) {
    checkNotNull(file, "file");
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException(file.toString(), "cannot read: " + e, e);
    }
    return read(file.toString(), content);
  }

  /**
   * The documents in the content read from {@code sourceName} (a path, or {@link #STDIN}).
   *
   * @throws IngestException if the content is not UTF-8 text, is empty, or holds no readable document
   */
  public List<SourceDoc> read(String sourceName, byte[] content) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(content, "content");
    String text = decoder.decode(sourceName, content);
    ParsedDocument parsed = parse(sourceName, text);
    if (parsed.title().isBlank() && parsed.paragraphs().isEmpty()) {
      throw new IngestException(sourceName, "no text found");
    }
    return List.of(assembler.assemble(documentId(sourceName), sourceName, parsed));
  }

  /** The kind this reader sees in the text; exposed for diagnostics and tests. */
  public InputKind kindOf(String text) {
    return detector.detect(text);
  }

  private ParsedDocument parse(String source, String text) {
    return switch (detector.detect(text)) {
      case SEED -> seedParser.parse(source, text);
      case HTML -> htmlParser.parse(text);
      case PDF_TEXT -> pdfCleaner.clean(text);
      case PLAIN_TEXT -> plainReader.parse(source, text);
    };
  }

  /** The file stem of the source name's last path element; {@code "stdin"} for {@code "-"}. */
  static String documentId(String sourceName) {
    if (sourceName.equals(STDIN)) {
      return "stdin";
    }
    String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "document" : stem;
  }
}
