package org.diplograph.spark;

import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts a Spark application for one {@link ExtractionJob} and stops it afterwards. Its signature has no
 * Spark type, so that the command line can name it without Spark on its class path.
 */
public final class SparkExtraction {
  private SparkExtraction() {}

  /**
   * Runs the job on {@code master} (e.g. {@code local[2]}, {@code yarn}, {@code spark://host:7077}); without
   * one, on the master {@code spark-submit} set, else {@code local[*]}. In local mode the web UI is off (and
   * with it the metrics servlet, see {@link NoMetricsServlet}) and everything binds to the loopback address.
   *
   * @throws SparkJobException if an input does not exist or the output folder does
   */
  public static JobResult run(Optional<String> master, JobSpec spec) {
    SparkConf conf = new SparkConf().setAppName("diplograph");
    master.ifPresent(conf::setMaster);
    conf.setIfMissing("spark.master", "local[*]");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.metrics.conf.*.sink.servlet.class", NoMetricsServlet.class.getName());
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      return ExtractionJob.run(sc, spec);
    }
  }
}
