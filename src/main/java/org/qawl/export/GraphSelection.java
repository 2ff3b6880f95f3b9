package org.qawl.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.qawl.build.MetaGraphs;
import org.qawl.iri.Iris;

/**
 * Which part of the store an export writes: every named graph ({@link #all()}), or one.
 * On the command line: {@code all}, {@code actors}, {@code ontology}, {@code void} (the dataset
 * description), {@code build} (the build log), a report id, or a graph's full IRI.
 */
public final class GraphSelection {
    private final Node graph; // null: all

    private GraphSelection(Node graph) {
        this.graph = graph;
    }

    public static GraphSelection all() {
        return new GraphSelection(null);
    }

    public static GraphSelection of(Node graph) {
        return new GraphSelection(Objects.requireNonNull(graph, "graph"));
    }

    public boolean isAll() {
        return graph == null;
    }

    /** The one graph selected; only when not {@link #isAll()}. */
    public Node graph() {
        if (graph == null) {
            throw new IllegalStateException("all graphs selected");
        }
        return graph;
    }

    /**
     * Resolves a command-line value against the store (read transaction required).
     *
     * @throws IllegalArgumentException naming the value when the store has no such graph
     */
    public static GraphSelection resolve(String value, DatasetGraph dataset) {
        if (value.equals("all")) {
            return all();
        }
        Iris iris = new Iris(MetaGraphs.storedBase(dataset).orElse(Iris.DEFAULT_BASE));
        MetaGraphs meta = new MetaGraphs(iris);
        Node graph = switch (value) {
            case "actors" -> iris.actorsGraph();
            case "ontology" -> iris.ontologyGraph();
            case "events" -> iris.eventsGraph();
            case "void" -> meta.voidGraph();
            case "build" -> meta.buildGraph();
            default -> value.contains(":") ? NodeFactory.createURI(value) : iris.reportGraph(value);
        };
        if (!dataset.containsGraph(graph)) {
            throw new IllegalArgumentException("no graph " + value + " in the store (" + graph.getURI()
                    + "); try all, actors, ontology, events, void, build or a report id such as "
                    + String.join(", ", someReportIds(dataset, iris)));
        }
        return of(graph);
    }

    /** "the union of all graphs" or "graph <iri>", for messages. */
    public String describe() {
        return graph == null ? "all graphs" : "graph <" + graph.getURI() + ">";
    }

    private static List<String> someReportIds(DatasetGraph dataset, Iris iris) {
        List<String> ids = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (ids.size() < 3 && iris.isReportGraph(g)) {
                ids.add(iris.reportIdOf(g));
            }
        });
        return ids;
    }
}
