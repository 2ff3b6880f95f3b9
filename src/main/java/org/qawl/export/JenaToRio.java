package org.qawl.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Jena terms to RDF4J values, the one place the two libraries meet (DESIGN.md §1). Lexical forms
 * are kept exactly ("0.90" stays "0.90"), so what Rio writes is what the store holds. Recent
 * terms are cached, so a predicate or a graph name is converted once, not once per quad; the
 * cache is bounded, so memory stays flat however large the store.
 */
public final class JenaToRio {
    private static final int CACHE_SIZE = 4096;

    private final ValueFactory values = SimpleValueFactory.getInstance();
    private final Map<Node, Value> cache = new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, Value> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public Value value(Node node) {
        Value cached = cache.get(node);
        if (cached == null) {
            cached = convert(node);
            cache.put(node, cached);
        }
        return cached;
    }

    public Resource resource(Node node) {
        if (!(node.isURI() || node.isBlank())) {
            throw new IllegalArgumentException("not an IRI or blank node: " + node);
        }
        return (Resource) value(node);
    }

    public IRI iri(Node node) {
        if (!node.isURI()) {
            throw new IllegalArgumentException("not an IRI: " + node);
        }
        return (IRI) value(node);
    }

    /** A quad as a statement in its named graph (none for the default graph). */
    public Statement statement(Quad quad) {
        Node graph = quad.getGraph();
        boolean defaultGraph = graph == null || Quad.isDefaultGraph(graph);
        return defaultGraph ? statement(quad.asTriple())
                : values.createStatement(resource(quad.getSubject()), iri(quad.getPredicate()),
                        value(quad.getObject()), resource(graph));
    }

    /** A triple as a statement with no graph. */
    public Statement statement(Triple triple) {
        return values.createStatement(resource(triple.getSubject()), iri(triple.getPredicate()),
                value(triple.getObject()));
    }

    private Value convert(Node node) {
        if (node.isURI()) {
            return values.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return values.createBNode(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lexical = node.getLiteralLexicalForm();
            String language = node.getLiteralLanguage();
            if (language != null && !language.isEmpty()) {
                return values.createLiteral(lexical, language);
            }
            String datatype = node.getLiteralDatatypeURI();
            if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
                return values.createLiteral(lexical);
            }
            return values.createLiteral(lexical, values.createIRI(datatype));
        }
        throw new IllegalArgumentException("cannot export " + node + " (not an IRI, blank node or literal)");
    }
}
