package org.qawl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that opens the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    public Path path() {
        return store;
    }
}
