package org.qawl.build;

/** Progress of long work, in bytes of input. */
public interface Progress {
    void start(long totalBytes);

    void advance(long bytes);

    void finish();

    static Progress none() {
        return new Progress() {
            @Override
            public void start(long totalBytes) {}

            @Override
            public void advance(long bytes) {}

            @Override
            public void finish() {}
        };
    }
}
