package org.diplograph.export;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A Fuseki server for the push tests, in this process on a free port, over an in-memory dataset at
 * {@code /ds}: writable unless said otherwise, optionally behind HTTP Basic or Digest authentication or a
 * servlet filter. Close it to stop it.
 */
public final class TestFuseki implements AutoCloseable {
  private final FusekiServer server;
  private final DatasetGraph dataset;

  private TestFuseki(FusekiServer server, DatasetGraph dataset) {
    this.server = server;
    this.dataset = dataset;
  }

  /** A writable server without authentication. */
  public static TestFuseki start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The Graph Store endpoint, {@code http://localhost:PORT/ds/data}. */
  public String gsp() {
    return base() + "ds/data";
  }

  /** The SPARQL query endpoint. */
  public String sparql() {
    return base() + "ds/sparql";
  }

  public String base() {
    return "http://localhost:" + server.getHttpPort() + "/";
  }

  /** The dataset the server writes to (use it in transactions). */
  public DatasetGraph dataset() {
    return dataset;
  }

  @Override
  public void close() {
    server.stop();
  }

  /** How the test server is set up. */
  public static final class Builder {
    private boolean update = true;
    private Optional<AuthScheme> scheme = Optional.empty();
    private String user = "";
    private String password = "";
    private Optional<Filter> filter = Optional.empty();

    public Builder readOnly() {
      update = false;
      return this;
    }

    /** Requires HTTP Basic or Digest authentication of this one user for every request. */
    public Builder auth(AuthScheme s, String u, String p) {
      scheme = Optional.of(s);
      user = u;
      password = p;
      return this;
    }

    /** Puts the filter in front of every request. */
    public Builder filter(Filter f) {
      filter = Optional.of(f);
      return this;
    }

    public TestFuseki start() {
      DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
      FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/ds", dsg, update);
      if (scheme.isPresent()) {
        b.passwordFile(passwordFile().toString()).auth(scheme.get()).realm("diplograph-test");
      }
      filter.ifPresent(f -> b.addFilter("/*", f));
      FusekiServer server = b.build();
      server.start();
      return new TestFuseki(server, dsg);
    }

    private Path passwordFile() {
      try {
        Path f = Files.createTempFile("fuseki-passwd", ".properties");
        f.toFile().deleteOnExit();
        Files.writeString(f, user + ": " + password + "\n", StandardCharsets.UTF_8);
        return f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
