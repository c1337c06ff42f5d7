/** The command line: one picocli command per subcommand, thin over the pipeline. */
@org.jspecify.annotations.NullMarked
package org.diplograph.cli;
