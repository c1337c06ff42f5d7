package org.diplograph.spark;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.diplograph.graph.NQuadsText;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.SourceDoc;
import org.diplograph.pipeline.DocumentProcessor;
import org.diplograph.pipeline.GuardedProcessor;
import org.diplograph.pipeline.Stage;
import org.diplograph.pipeline.StageTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The second pass, one partition of input files at a time: reads each file, skips the documents the first
 * pass found repeated, extracts the others with the executor's shared processor (each within its time
 * budget) and turns each into its N-Quads text or a dead letter. Lazy: one file's records at a time.
 */
final class ExtractTask implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, JobRecord> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractTask.class);

  private final JobSettings settings;
  private final ProcessorSource source;
  private final Broadcast<Set<DocKey>> repeated;
  private final JobCounters counters;

  ExtractTask(JobSettings settings, ProcessorSource source, Broadcast<Set<DocKey>> repeated, JobCounters counters) {
    this.settings = settings;
    this.source = source;
    this.repeated = repeated;
    this.counters = counters;
  }

  @Override
  public Iterator<JobRecord> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    GuardedProcessor guard = new GuardedProcessor(this::timedProcessor, settings.batchOptions());
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> guard.close());
    }
    return Iterators.concat(Iterators.transform(files, f -> file(guard, f._1(), f._2()).iterator()));
  }

  /** The JVM's processor, counting the time this task waited for it (the load, for the first tasks). */
  private DocumentProcessor timedProcessor() {
    long t0 = System.nanoTime();
    DocumentProcessor p = source.processor();
    counters.modelWaitNanos.add(System.nanoTime() - t0);
    return p;
  }

  private List<JobRecord> file(GuardedProcessor guard, String file, PortableDataStream content) {
    counters.files.add(1);
    StageTimes times = new StageTimes();
    GuardedProcessor.Reading reading = FileDocuments.read(guard, file, content, times);
    List<JobRecord> out = new ArrayList<>();
    reading.problem().ifPresent(p -> out.add(deadLetter(p, Optional.empty())));
    for (SourceDoc doc : reading.documents()) {
      if (repeated.value().contains(new DocKey(doc.source(), doc.id()))) {
        counters.duplicates.add(1);
      } else {
        out.add(extract(guard, doc, times));
      }
    }
    counters.add(times);
    return out;
  }

  private JobRecord extract(GuardedProcessor guard, SourceDoc doc, StageTimes times) {
    GuardedProcessor.Outcome outcome = guard.extract(doc, times);
    if (outcome.extraction().isEmpty()) {
      return deadLetter(outcome.problem().orElseThrow(), Optional.of(doc.id()));
    }
    DocumentExtraction x = outcome.extraction().get();
    long t0 = System.nanoTime();
    String nquads = NQuadsText.of(x);
    times.add(Stage.SERIALIZE, System.nanoTime() - t0);
    counters.documents.add(1);
    counters.events.add(x.events().size());
    counters.characters.add(doc.textBlocks().stream().mapToLong(String::length).sum());
    return JobRecord.quads(nquads);
  }

  private JobRecord deadLetter(Diagnostic problem, Optional<String> id) {
    LOG.error("{}: {}", problem.source(), problem.message());
    counters.failed.add(1);
    return JobRecord.deadLetter(DeadLetter.line(problem.source(), id, problem.message()));
  }
}
