package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.NerTag;
import org.diplograph.model.Token;
import org.diplograph.pipeline.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** extract with nothing new reads the store's content hashes and never loads the models. */
class ColdStartTest {
  @TempDir Path dir;

  @Test
  void extractWithNothingNewLoadsNoModels() throws Exception {
    Path input = dir.resolve("article.txt");
    Files.writeString(input, "Title: 日美会谈\nDate: 2024-03-11\n\n3月11日，日本首相与美国总统在东京举行会谈。\n",
        StandardCharsets.UTF_8);
    String store = dir.resolve("store").toString();
    Catalog catalog = Catalog.loadDefault();
    String first = run(() -> Engine.with(catalog, ColdStartTest::eachCharacterAWord), "extract", input.toString(),
        "--store", store);
    assertTrue(first.contains("1 document(s) extracted"), first);

    AtomicReference<Engine> lazy = new AtomicReference<>();
    String second = run(() -> {
      lazy.set(Engine.lazy());
      return lazy.get();
    }, "extract", input.toString(), "--store", store);
    assertTrue(second.contains("0 document(s) extracted, 0 duplicate(s) and 1 unchanged skipped"), second);
    assertFalse(lazy.get().modelsLoaded(), "the models were loaded for nothing");
  }

  private static List<Token> eachCharacterAWord(String sentence) {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      tokens.add(new Token(sentence.substring(i, i + 1), "NN", NerTag.O, i, i + 1));
    }
    return tokens;
  }

  private static String run(Supplier<Engine> engines, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.newCommandLine(false, engines);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertEquals(0, cli.execute(args), err.toString());
    return out.toString();
  }
}
