package org.diplograph.spark;

import com.codahale.metrics.MetricRegistry;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

/**
 * Spark's metrics servlet without its web handler, for local mode, where the web UI is off. Spark builds
 * the handler even without a UI, and building it needs the Servlet 5 API of Spark's Jetty 11, while this
 * project's class path has the Servlet 6.1 API of Fuseki's Jetty 12 (which lacks classes Jetty 11 loads).
 * The metrics are still collected; only their JSON page, which nothing could serve, is not built.
 */
public final class NoMetricsServlet extends MetricsServlet {
  public NoMetricsServlet(Properties property, MetricRegistry registry) {
    super(property, registry);
  }

  @Override
  public ServletContextHandler[] getHandlers(SparkConf conf) {
    return new ServletContextHandler[0];
  }
}
