package org.qawl.export.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.qawl.build.MetaGraphs;
import org.qawl.export.Prefixes;
import org.qawl.iri.Iris;
import org.qawl.store.ReportStore;

/**
 * Checks a store against {@code ontology/shapes.ttl} (shipped in the jar), the way its header
 * says: each report graph is validated together with the ontology (sh:class follows
 * rdfs:subClassOf only in the data graph) and the actors graph (types and labels of the actors
 * a report links to). Focus nodes are the subjects of the report graph, so the gazetteer's
 * actors are not checked again for every report; the actors graph is checked once on its own.
 */
public final class StoreValidator {
    static final String SHAPES_RESOURCE = "/qawl/ontology/shapes.ttl";

    /** What a validation found. */
    public record Outcome(int graphs, long focusNodes, List<ValidationIssue> issues) {
        public long violations() {
            return issues.stream().filter(ValidationIssue::isViolation).count();
        }

        public boolean conforms() {
            return violations() == 0;
        }
    }

    private final Shapes shapes;

    private StoreValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static StoreValidator standard() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = StoreValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHAPES_RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoreValidator(Shapes.parse(graph));
    }

    public Outcome validate(ReportStore store) {
        return store.read(this::validate);
    }

    /** In a read transaction the caller holds. */
    public Outcome validate(DatasetGraph dataset) {
        Iris iris = new Iris(MetaGraphs.storedBase(dataset).orElse(Iris.DEFAULT_BASE));
        Graph ontology = copy(dataset, iris.ontologyGraph());
        Graph actors = copy(dataset, iris.actorsGraph());
        Graph background = new Union(ontology, actors);
        Prologue prologue = new Prologue(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.forBase(iris.base())));

        List<ValidationIssue> issues = new ArrayList<>();
        int graphs = 0;
        long focusNodes = 0;
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node name : names) {
            if (!iris.isReportGraph(name)) {
                continue;
            }
            Graph report = copy(dataset, name);
            focusNodes += check(name, report, new Union(report, background), prologue, issues);
            graphs++;
        }
        if (!actors.isEmpty()) {
            focusNodes += check(iris.actorsGraph(), actors, new Union(actors, ontology), prologue, issues);
            graphs++;
        }
        return new Outcome(graphs, focusNodes, List.copyOf(issues));
    }

    /** Validates every subject of {@code own} in {@code data}; returns how many there were. */
    private long check(Node name, Graph own, Graph data, Prologue prologue, List<ValidationIssue> issues) {
        Set<Node> subjects = new LinkedHashSet<>();
        own.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node subject : subjects) {
            ValidationReport report = ShaclValidator.get().validate(shapes, data, subject);
            for (ReportEntry entry : report.getEntries()) {
                String path = entry.resultPath() == null ? ""
                        : PathWriter.asString(entry.resultPath(), prologue);
                issues.add(new ValidationIssue(name, entry.focusNode(), path, entry.message(),
                        entry.value(), entry.severity()));
            }
        }
        return subjects.size();
    }

    private static Graph copy(DatasetGraph dataset, Node graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        Iterator<Quad> quads = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
        quads.forEachRemaining(quad -> copy.add(quad.asTriple()));
        return copy;
    }
}
