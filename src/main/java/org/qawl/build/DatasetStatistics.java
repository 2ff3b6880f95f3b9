package org.qawl.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.qawl.vocab.Qawl;

/**
 * What VoID counts, for every graph of the store but the description itself: triples of the
 * union (a triple in two report graphs counts once), distinct subjects, instances per class,
 * triples per property, and each named graph with its size and, for report graphs, the source
 * the report gave (url, outlet). Memory stays small however large the store: one pass over the
 * union ({@link UnionTriples}: in subject order, each triple once), so distinct subjects are
 * counted without remembering them.
 */
record DatasetStatistics(long triples, long subjects, Map<String, Long> classes,
        Map<String, Long> properties, List<GraphSize> graphs) {

    /** One named graph: its size and what is known of its source and licence. */
    record GraphSize(Node name, long triples, Optional<Node> url, Optional<String> outlet,
            Optional<Node> license) {}

    static DatasetStatistics of(DatasetGraph dataset, MetaGraphs meta) {
        Node description = meta.voidGraph();
        Set<Triple> describing = new HashSet<>();
        dataset.find(description, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(quad -> describing.add(quad.asTriple()));

        long triples = 0;
        long subjects = 0;
        Node lastSubject = null;
        Map<String, Long> classes = new TreeMap<>();
        Map<String, Long> properties = new TreeMap<>();
        Iterator<Triple> union = UnionTriples.of(dataset);
        while (union.hasNext()) {
            Triple triple = union.next();
            if (describing.contains(triple) && !elsewhere(dataset, triple, description)) {
                continue;
            }
            triples++;
            if (!triple.getSubject().equals(lastSubject)) {
                subjects++;
                lastSubject = triple.getSubject();
            }
            properties.merge(triple.getPredicate().getURI(), 1L, Long::sum);
            if (triple.getPredicate().equals(RDF.type.asNode()) && triple.getObject().isURI()) {
                classes.merge(triple.getObject().getURI(), 1L, Long::sum);
            }
        }

        List<GraphSize> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graph -> {
            if (!graph.equals(description)) {
                graphs.add(size(dataset, graph, meta));
            }
        });
        graphs.sort((a, b) -> a.name().getURI().compareTo(b.name().getURI()));
        return new DatasetStatistics(triples, subjects, classes, properties, List.copyOf(graphs));
    }

    /** The triple is also in a graph other than {@code description}. */
    private static boolean elsewhere(DatasetGraph dataset, Triple triple, Node description) {
        Iterator<Quad> found = dataset.find(Node.ANY, triple.getSubject(), triple.getPredicate(),
                triple.getObject());
        while (found.hasNext()) {
            if (!found.next().getGraph().equals(description)) {
                return true;
            }
        }
        return false;
    }

    private static GraphSize size(DatasetGraph dataset, Node graph, MetaGraphs meta) {
        long count = 0;
        for (Iterator<Quad> quads = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY); quads.hasNext(); quads.next()) {
            count++;
        }
        Optional<Node> url = Optional.empty();
        Optional<String> outlet = Optional.empty();
        Optional<Node> license = Optional.empty();
        if (meta.iris().isReportGraph(graph)) {
            url = first(dataset, graph, Qawl.url);
            outlet = first(dataset, graph, Qawl.source).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        } else {
            // the ontology states its own licence; the gazetteer and report texts do not
            Iterator<Quad> ontologies = dataset.find(graph, Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode());
            while (license.isEmpty() && ontologies.hasNext()) {
                license = first(dataset, graph, ontologies.next().getSubject(), DCTerms.license.asNode());
            }
        }
        return new GraphSize(graph, count, url, outlet, license);
    }

    private static Optional<Node> first(DatasetGraph dataset, Node graph, Node predicate) {
        return first(dataset, graph, Node.ANY, predicate);
    }

    private static Optional<Node> first(DatasetGraph dataset, Node graph, Node subject, Node predicate) {
        Iterator<Quad> found = dataset.find(graph, subject, predicate, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }
}
