package org.diplograph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF report with PDFBox: extracts the text layer page by page, ordered by position on the page,
 * with indented paragraph starts marked ({@link IndentMarkingStripper}), and hands the pages to
 * {@link PdfTextCleaner}. The result tells the page on which each paragraph starts.
 *
 * <p>Limits: scanned PDFs (no text layer) are refused; sorting by position reads a line across the whole
 * page, so on two-column pages the lines of both columns side by side are run together. Thread-safe: each
 * call uses its own PDFBox objects.
 */
public final class PdfReportReader {
  private final PdfTextCleaner cleaner;

  /** A reader handing the extracted pages to the given cleaner. */
  public PdfReportReader(PdfTextCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * The document in the PDF bytes.
   *
   * @throws IngestException naming the source if the PDF cannot be opened, is encrypted, or has no text
   */
  public ParsedDocument read(String source, byte[] pdf) {
    List<String> pages = pages(source, pdf);
    if (pages.stream().allMatch(String::isBlank)) {
      throw new IngestException(source, "PDF has no text layer (scanned pages?)");
    }
    return cleaner.cleanPages(pages);
  }

  private static List<String> pages(String source, byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      IndentMarkingStripper stripper = new IndentMarkingStripper();
      List<String> pages = new ArrayList<>(document.getNumberOfPages());
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        pages.add(stripper.pageText(document, page));
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new IngestException(source, "PDF is encrypted", e);
    } catch (IOException e) {
      throw new IngestException(source, "cannot read PDF: " + e.getMessage(), e);
    }
  }
}
