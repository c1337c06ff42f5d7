package org.diplograph.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diplograph.pipeline.BatchProgress;

/**
 * How {@code extract} shows its progress: a progress bar (me.tongfei:progressbar) on standard error when
 * the command runs in a terminal, one log line a document otherwise (a pipe, a file, CI). Not thread-safe;
 * one per run.
 */
final class Progress implements BatchProgress {
  private ProgressBar bar;

  private Progress() {}

  /** The progress bar when standard input and output are a terminal, else log lines. */
  static BatchProgress forThisTerminal() {
    return System.console() != null ? new Progress() : BatchProgress.LOG;
  }

  @Override
  public void started(int inputs) {
    bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(inputs)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(250).continuousUpdate()
        .showSpeed().build();
  }

  @Override
  public void delivered(int input, int inputs, String document) {
    if (bar != null) {
      bar.stepTo(input);
      bar.setExtraMessage(document);
    }
  }

  @Override
  public void finished() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
