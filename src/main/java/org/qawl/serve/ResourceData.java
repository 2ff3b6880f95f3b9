package org.qawl.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.vocab.Qawl;

/**
 * What the linked-data pages read from the store: a resource's own triples (from the union of
 * all graphs), its classes and labels, and the SPARQL queries of each page with the resource
 * bound as a value (never spliced into the query text). Used inside a read transaction.
 */
final class ResourceData {
    static final String PREFIXES = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final DatasetGraph dataset;
    private final Graph union;

    ResourceData(DatasetGraph dataset) {
        this.dataset = dataset;
        this.union = dataset.getUnionGraph();
    }

    /** The triples with {@code subject} as subject, from every graph, each once. */
    List<Triple> describe(Node subject) {
        return union.find(subject, Node.ANY, Node.ANY).toList();
    }

    boolean isA(Node subject, Node type) {
        return QueryExec.dataset(dataset)
                .query(PREFIXES + "ASK { ?s a/rdfs:subClassOf* ?type }")
                .substitution(Var.alloc("s"), subject).substitution(Var.alloc("type"), type)
                .ask();
    }

    Optional<Node> first(Node subject, Node predicate) {
        Iterator<Triple> found = union.find(subject, predicate, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }

    List<Node> all(Node subject, Node predicate) {
        return union.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** A name to show: an Arabic rdfs:label, another label, a report title, or the IRI's last part. */
    String label(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        List<Node> labels = new ArrayList<>(all(node, RDFS.label.asNode()));
        labels.addAll(all(node, Qawl.title));
        return labels.stream().filter(Node::isLiteral)
                .sorted((a, b) -> Boolean.compare(!"ar".equals(a.getLiteralLanguage()), !"ar".equals(b.getLiteralLanguage())))
                .map(Node::getLiteralLexicalForm).findFirst()
                .orElseGet(() -> node.getURI().substring(node.getURI().lastIndexOf('/') + 1));
    }

    /** Rows of a SELECT with {@code ?this} bound to {@code subject}. */
    List<Binding> select(String query, Node subject) {
        QueryExecBuilder exec = QueryExec.dataset(dataset).query(PREFIXES + query)
                .substitution(Var.alloc("this"), subject);
        List<Binding> rows = new ArrayList<>();
        exec.select().forEachRemaining(rows::add);
        return rows;
    }

    static Optional<Node> get(Binding row, String variable) {
        return Optional.ofNullable(row.get(Var.alloc(variable)));
    }

    static String text(Binding row, String variable) {
        return get(row, variable).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).orElse("");
    }
}
