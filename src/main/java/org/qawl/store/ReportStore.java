package org.qawl.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one interface between qawl and its triple store: named graphs replaced atomically, read
 * transactions, and the dataset handed to the SPARQL server. TDB2 today; a bulk loader or a
 * remote Graph Store Protocol endpoint can sit behind it later.
 */
public interface ReportStore extends AutoCloseable {

    /**
     * Replaces the content of {@code graph} with what {@code writer} sends, in one write
     * transaction: readers see the old graph or the new one, never a mix, and a failure or a
     * kill leaves the old graph in place. Quads sent to other graphs are added to them.
     */
    void replaceGraph(Node graph, Consumer<StreamRDF> writer);

    /** Runs {@code action} in a read transaction. */
    <T> T read(Function<DatasetGraph, T> action);

    /** The dataset for serving (the server manages its own transactions). */
    DatasetGraph dataset();

    @Override
    void close();
}
