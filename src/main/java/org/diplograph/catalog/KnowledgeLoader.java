package org.diplograph.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/** Reads Turtle knowledge files into one model, from the classpath or from a folder. */
final class KnowledgeLoader {

  private KnowledgeLoader() {}

  /**
   * Reads the named files from the classpath folder {@link KnowledgeFiles#CLASSPATH_DIR}.
   *
   * @throws CatalogException naming the file that is missing or not valid Turtle
   */
  static Model fromClasspath(List<String> files) {
    Model model = ModelFactory.createDefaultModel();
    ClassLoader loader = KnowledgeLoader.class.getClassLoader();
    for (String file : files) {
      String resource = KnowledgeFiles.CLASSPATH_DIR + file;
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new CatalogException(resource, "not on the classpath");
        }
        read(model, in, resource);
      } catch (IOException e) {
        throw new CatalogException(resource, "cannot be read", e);
      }
    }
    return model;
  }

  /**
   * Reads the named files from a folder.
   *
   * @throws CatalogException naming the file that is missing, unreadable or not valid Turtle
   */
  static Model fromDirectory(Path dir, List<String> files) {
    Model model = ModelFactory.createDefaultModel();
    for (String file : files) {
      Path path = dir.resolve(file);
      try (InputStream in = Files.newInputStream(path)) {
        read(model, in, path.toString());
      } catch (IOException e) {
        throw new CatalogException(path.toString(), "cannot be read", e);
      }
    }
    return model;
  }

  private static void read(Model into, InputStream in, String name) {
    try {
      RDFDataMgr.read(into, in, Lang.TURTLE);
    } catch (RiotException e) {
      throw new CatalogException(name, "not valid Turtle: " + e.getMessage(), e);
    }
  }
}
