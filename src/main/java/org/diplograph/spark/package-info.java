/** The extraction as an Apache Spark job: documents read, extracted and written by executors, models once per JVM. */
@org.jspecify.annotations.NullMarked
package org.diplograph.spark;
