package org.diplograph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.diplograph.model.SourceDoc;
import org.diplograph.pipeline.GuardedProcessor;
import org.diplograph.pipeline.StageTimes;
import scala.Tuple2;

/**
 * The first pass: each document of a partition's files as (content hash, document), so that the driver can
 * tell repeated content apart without the documents leaving the executors. Reads only: no models.
 */
final class KeyTask implements PairFlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, String, DocKey> {
  private static final long serialVersionUID = 1L;

  private final JobSettings settings;

  KeyTask(JobSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Tuple2<String, DocKey>> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    List<Tuple2<String, DocKey>> keys = new ArrayList<>();
    try (GuardedProcessor guard = new GuardedProcessor(KeyTask::noProcessor, settings.batchOptions())) {
      while (files.hasNext()) {
        Tuple2<String, PortableDataStream> f = files.next();
        for (SourceDoc d : FileDocuments.read(guard, f._1(), f._2(), new StageTimes()).documents()) {
          keys.add(new Tuple2<>(d.contentHash(), new DocKey(d.source(), d.id())));
        }
      }
    }
    return keys.iterator();
  }

  private static org.diplograph.pipeline.DocumentProcessor noProcessor() {
    throw new IllegalStateException("the first pass only reads");
  }
}
