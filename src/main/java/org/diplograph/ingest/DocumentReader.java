package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest entry point: reads one input (a file, or bytes from standard input) into clean
 * {@link SourceDoc} records. The kind of input is told by content ({@link InputKindDetector}), not by file
 * name: PDF files, RSS/Atom feeds, seed files, HTML pages, PDF-extracted text and plain text. The document
 * id is the file stem (the name without its last extension), {@code "stdin"} for {@code "-"}; a feed gives
 * one document per item, {@code <stem>-<n>}. Text may be UTF-8, UTF-16/32 with a byte-order mark, GB18030
 * (GBK, GB2312) or Big5, as declared by a page or feed or else detected ({@link TextDecoder}); the
 * encoding is recorded on the document. Build once and share: thread-safe.
 */
public final class DocumentReader {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
  /** The source name standing for standard input. */
  public static final String STDIN = "-";
  /** The default largest input: 20 MB, some seven million Chinese characters. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 20L * 1024 * 1024;

  private final long maxInputBytes;
  private final boolean stableFeedIds;

  private final TextDecoder decoder = new TextDecoder();
  private final InputKindDetector detector = new InputKindDetector();
  private final HtmlArticleCleaner htmlCleaner = new HtmlArticleCleaner();
  private final SeedFormatParser seedParser = new SeedFormatParser(htmlCleaner);
  private final HtmlPageParser htmlParser = new HtmlPageParser(htmlCleaner);
  private final PdfTextCleaner pdfCleaner = new PdfTextCleaner();
  private final PdfReportReader pdfReader = new PdfReportReader(pdfCleaner);
  private final FeedReader feedReader = new FeedReader(htmlCleaner);
  private final PlainTextReader plainReader = new PlainTextReader();
  private final SourceDocAssembler assembler = new SourceDocAssembler(new ScriptDetector());

  /** A reader refusing inputs over {@link #DEFAULT_MAX_INPUT_BYTES}. */
  public DocumentReader() {
    this(DEFAULT_MAX_INPUT_BYTES);
  }

  /** A reader refusing inputs over {@code maxInputBytes}, so that no input is too large to hold. */
  public DocumentReader(long maxInputBytes) {
    this(maxInputBytes, false);
  }

  private DocumentReader(long maxInputBytes, boolean stableFeedIds) {
    checkArgument(maxInputBytes > 0, "maxInputBytes must be positive: %s", maxInputBytes);
    this.maxInputBytes = maxInputBytes;
    this.stableFeedIds = stableFeedIds;
  }

  /**
   * A reader like this one that names a feed item {@code <stem>-<hash>}, the hash (12 hex digits) of its guid
   * or link, instead of {@code <stem>-<n>}: for a feed polled again and again, where new items push the
   * old ones down, an item keeps its id. An item with neither keeps its position.
   */
  public DocumentReader withStableFeedIds() {
    return new DocumentReader(maxInputBytes, true);
  }

  /**
   * The documents in the file.
   *
   * @throws IngestException if the file cannot be read, is over the size limit (unread then) or holds no
   *     readable document
   */
  public List<SourceDoc> read(Path file) {
    checkNotNull(file, "file");
    byte[] content;
    try {
      checkSize(file.toString(), Files.size(file));
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException(file.toString(), "cannot read: " + e, e);
    }
    return read(file.toString(), content);
  }

  /**
   * The documents in a stream (standard input), read to its end: an input over the size limit is refused
   * with its size, counted without holding it.
   *
   * @throws IngestException as {@link #read(String, byte[])}, or if the stream cannot be read
   */
  public List<SourceDoc> read(String sourceName, InputStream in) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(in, "in");
    try {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
      if (content.length > maxInputBytes) {
        checkSize(sourceName, content.length + in.transferTo(OutputStream.nullOutputStream()));
      }
      return read(sourceName, content);
    } catch (IOException e) {
      throw new IngestException(sourceName, "cannot read: " + e, e);
    }
  }

  /**
   * The documents in the content read from {@code sourceName} (a path, or {@link #STDIN}): one per
   * feed item (id {@code <stem>-<n>}, n the item's 1-based position in the feed), else one.
   *
   * @throws IngestException if the content is neither a PDF nor text in a known encoding, is empty, is over the size limit, is
   *     a broken feed or PDF, or holds no readable document
   */
  public List<SourceDoc> read(String sourceName, byte[] content) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(content, "content");
    checkSize(sourceName, content.length);
    if (detector.isPdf(content)) {
      return List.of(pdf(sourceName, content));
    }
    DecodedText decoded = decoder.decode(sourceName, content);
    return documents(sourceName, detector.detect(decoded.text()), decoded);
  }

  private void checkSize(String source, long bytes) {
    if (bytes > maxInputBytes) {
      throw new IngestException(source, String.format(Locale.ROOT,
          "too large to read: %s, over the limit of %s", megabytes(bytes), megabytes(maxInputBytes)));
    }
  }

  private static String megabytes(long bytes) {
    return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%,d bytes", bytes)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** The kind this reader sees in the text; exposed for diagnostics and tests. */
  public InputKind kindOf(String text) {
    return detector.detect(text);
  }

  private List<SourceDoc> documents(String source, InputKind kind, DecodedText decoded) {
    String text = decoded.text();
    Optional<Charset> encoding = Optional.of(decoded.encoding());
    return switch (kind) {
      case FEED -> feed(source, text, encoding);
      case SEED -> List.of(one(source, seedParser.parse(source, text), encoding));
      case HTML -> List.of(one(source, htmlParser.parse(text), encoding));
      case PDF_TEXT -> List.of(one(source, pdfCleaner.clean(text), encoding));
      case PLAIN_TEXT -> List.of(one(source, plainReader.parse(source, text), encoding));
      case PDF -> throw new IllegalArgumentException("a PDF is told by its bytes, not its text");
    };
  }

  private SourceDoc pdf(String source, byte[] content) {
    ParsedDocument parsed = pdfReader.read(source, content);
    LOG.debug("{}: start page of each paragraph {}", source, parsed.pageOfParagraph());
    return one(source, parsed, Optional.empty());
  }

  private List<SourceDoc> feed(String source, String text, Optional<Charset> encoding) {
    List<FeedItem> items = feedReader.parse(source, text);
    if (items.isEmpty()) {
      throw new IngestException(source, "feed has no readable items");
    }
    String stem = documentId(source);
    return items.stream()
        .map(item -> assembler.assemble(stem + "-" + itemSuffix(item), source, item.document(), encoding))
        .toList();
  }

  private String itemSuffix(FeedItem item) {
    if (!stableFeedIds || item.key().isEmpty()) {
      return Integer.toString(item.number());
    }
    return com.google.common.hash.Hashing.sha256().hashString(item.key().get(), java.nio.charset.StandardCharsets.UTF_8)
        .toString().substring(0, 12);
  }

  private SourceDoc one(String source, ParsedDocument parsed, Optional<Charset> encoding) {
    if (parsed.title().isBlank() && parsed.paragraphs().isEmpty()) {
      throw new IngestException(source, "no text found");
    }
    return assembler.assemble(documentId(source), source, parsed, encoding);
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
