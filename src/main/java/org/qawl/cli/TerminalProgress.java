package org.qawl.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.qawl.build.Progress;

/** A progress bar on stderr when it is a terminal; nothing when output is piped. */
final class TerminalProgress implements Progress {
    private final String task;
    private ProgressBar bar;

    private TerminalProgress(String task) {
        this.task = task;
    }

    static Progress forTerminal(String task) {
        return System.console() != null ? new TerminalProgress(task) : Progress.none();
    }

    @Override
    public void start(long totalBytes) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalBytes)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" KB", 1024).showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override
    public void advance(long bytes) {
        bar.stepBy(bytes);
    }

    @Override
    public void finish() {
        bar.close();
    }
}
