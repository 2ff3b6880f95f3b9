package org.qawl.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qawl.build.Progress;
import org.qawl.build.StoreBuilder;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.store.Tdb2Store;

/** A TDB2 store built from the sample reports (data/reports), and optionally more inputs. */
public final class SampleStore {
    private SampleStore() {}

    public static Path projectDir() {
        return Path.of(System.getProperty("qawl.project.dir", ".")).toAbsolutePath();
    }

    /** Opens a store in {@code folder} and builds the sample reports and {@code more} into it. */
    public static Tdb2Store build(Path folder, Path... more) {
        Tdb2Store store = Tdb2Store.open(folder);
        List<Path> inputs = new ArrayList<>(List.of(projectDir().resolve("data/reports")));
        inputs.addAll(List.of(more));
        new StoreBuilder(Extractor.standard(Iris.defaults()), store, new PrintWriter(Writer.nullWriter()))
                .build(inputs, Progress.none());
        return store;
    }
}
