package org.qawl.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.DBOpEnvException;

/** A TDB2 database in one folder; its default graph is the union of the named graphs. */
public final class Tdb2Store implements ReportStore {
    private final DatasetGraph dataset;
    private final Path folder;

    private Tdb2Store(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    public static Tdb2Store open(Path folder) {
        try {
            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder));
            dataset.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            return new Tdb2Store(folder, dataset);
        } catch (DBOpEnvException e) {
            throw new StoreLockedException("store " + folder + " is in use by another process ("
                    + e.getMessage() + "); stop it (e.g. a running 'qawl serve') or use another --store",
                    e);
        }
    }

    @Override
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        dataset.executeWrite(() -> {
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    dataset.add(quad);
                }

                @Override
                public void triple(org.apache.jena.graph.Triple triple) {
                    dataset.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
                }
            });
        });
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return dataset.calculateRead(() -> action.apply(dataset));
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        // expel, not just close: releases the folder's lock so it can be opened again in this JVM
        TDBInternal.expel(dataset);
    }
}
