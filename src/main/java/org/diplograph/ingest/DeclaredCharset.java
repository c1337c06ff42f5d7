package org.diplograph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set a page or feed declares in its first bytes: the XML declaration
 * ({@code <?xml version="1.0" encoding="GB2312"?>}), {@code <meta charset="gbk">}, or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=big5">}. The GB 2312 and GBK family is
 * read as GB 18030, its superset (pages labelled gb2312 often hold GBK characters). Stateless and
 * thread-safe.
 */
final class DeclaredCharset {
  /** Declarations sit in the head; HTML's own pre-scan reads 1,024 bytes, some pages put more before. */
  private static final int HEAD = 4096;
  private static final Pattern XML_DECLARATION =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META = Pattern.compile(
      "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private DeclaredCharset() {}

  /** The declared character set, if the content declares one that Java supports. */
  static Optional<Charset> of(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, HEAD), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return charset(xml.group(1));
    }
    Matcher meta = META.matcher(head);
    return meta.find() ? charset(meta.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("gb") || n.equals("x-gbk") || n.equals("cp936") || n.equals("euc-cn")) {
      return Optional.of(Charset.forName("GB18030"));
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
