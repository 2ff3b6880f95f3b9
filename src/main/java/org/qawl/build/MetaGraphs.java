package org.qawl.build;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.VOID;
import org.qawl.iri.Iris;

/**
 * IRIs of what a build writes besides the report, actor and ontology graphs:
 * <ul>
 *   <li>{@code {base}void}: the dataset description (VoID and DCAT), rewritten by every build
 *       that changes something;</li>
 *   <li>{@code {base}build}: when each report graph was last generated (PROV-O times), kept out
 *       of the report graphs so that building the same input again gives the same report
 *       graphs;</li>
 *   <li>{@code {base}dataset}, {@code {base}extraction/{report}}, {@code {base}software/qawl/{version}}:
 *       the dataset, the extraction activity of each report and the software agent.</li>
 * </ul>
 * The two graphs are deliberately not under {@code graph/}: {@link Iris#isReportGraph} takes
 * every other {@code graph/...} name for a report graph, and a report id could be "void".
 */
public final class MetaGraphs {
    private final Iris iris;
    private final String base;

    public MetaGraphs(Iris iris) {
        this.iris = iris;
        this.base = iris.base();
    }

    public Iris iris() {
        return iris;
    }

    public Node voidGraph() {
        return uri("void");
    }

    public Node buildGraph() {
        return uri("build");
    }

    public boolean isMetaGraph(Node graph) {
        return graph.equals(voidGraph()) || graph.equals(buildGraph());
    }

    /** The whole dataset, as VoID and DCAT describe it. */
    public Node dataset() {
        return uri("dataset");
    }

    /** The activity of the build that last changed the dataset. */
    public Node datasetBuild() {
        return uri("dataset/build");
    }

    /** The dataset's SPARQL distribution (its access URL is where the store is served). */
    public Node sparqlDistribution() {
        return uri("dataset/sparql");
    }

    /** The SPARQL service that serves the dataset. */
    public Node sparqlService() {
        return uri("dataset/service");
    }

    /** A class partition; {@code key} from {@link #partitionKey}, unique within the description. */
    public Node classPartition(String key) {
        return uri("dataset/class/" + key);
    }

    public Node propertyPartition(String key) {
        return uri("dataset/property/" + key);
    }

    /** The extraction of one report: the activity that generated its graph. */
    public Node extraction(String reportId) {
        String graph = iris.reportGraph(reportId).getURI();
        return uri("extraction/" + graph.substring((base + "graph/").length()));
    }

    /** qawl itself, at one version, as a prov:SoftwareAgent. */
    public Node software(String version) {
        return uri("software/qawl/" + version.replaceAll("[^A-Za-z0-9._~-]", "_"));
    }

    /**
     * The base a store was built with, as its dataset description says ({@code void:uriSpace});
     * empty for a store built before descriptions were written.
     */
    public static Optional<String> storedBase(DatasetGraph dataset) {
        Iterator<Quad> found = dataset.find(Node.ANY, Node.ANY, VOID.uriSpace.asNode(), Node.ANY);
        while (found.hasNext()) {
            Node value = found.next().getObject();
            if (value.isLiteral()) {
                return Optional.of(value.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /**
     * A readable path segment for a class or property: the namespace's last segment and the
     * local name, e.g. {@code ns-Statement}, {@code prov-Entity}, {@code terms-source}. Never a
     * percent-encoded slash (web servers refuse those in paths). Two terms can share a key in
     * theory; the description numbers them apart.
     */
    static String partitionKey(String iri) {
        String trimmed = iri.endsWith("/") || iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
        int split = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'));
        String local = trimmed.substring(split + 1);
        String namespace = split < 0 ? "" : trimmed.substring(0, split);
        String space = namespace.substring(namespace.lastIndexOf('/') + 1);
        return (space.isEmpty() ? "" : clean(space) + "-") + clean(local);
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '~' ? c : '_'));
        return out.length() == 0 ? "_" : out.toString();
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
