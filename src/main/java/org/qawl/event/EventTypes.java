package org.qawl.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The event-type scheme ({@code ontology/event-types.ttl}): concept IRIs, labels and the
 * broader concept of each narrower one. Immutable once loaded.
 */
public final class EventTypes {
    public static final String NS = "https://w3id.org/qawl/event-type/";
    static final String RESOURCE = "/qawl/ontology/event-types.ttl";

    private record Concept(String english, String arabic, String broader) {}

    private final Map<String, Concept> concepts;

    private EventTypes(Map<String, Concept> concepts) {
        this.concepts = Map.copyOf(concepts);
    }

    public static EventTypes load() {
        Model model = ModelFactory.createDefaultModel();
        write(org.apache.jena.riot.system.StreamRDFLib.graph(model.getGraph()));
        Map<String, Concept> concepts = new HashMap<>();
        model.listSubjectsWithProperty(SKOS.prefLabel).forEach(concept -> {
            if (concept.getURI().length() > NS.length()) {
                concepts.put(concept.getURI().substring(NS.length()), new Concept(label(concept, "en"),
                        label(concept, "ar"), Optional.ofNullable(concept.getPropertyResourceValue(SKOS.broader))
                                .map(b -> b.getURI().substring(NS.length())).orElse("")));
            }
        });
        return new EventTypes(concepts);
    }

    /** Writes the scheme's triples to {@code out} (to keep it in the store's ontology graph). */
    public static void write(StreamRDF out) {
        try (InputStream in = EventTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(Resource concept, String language) {
        for (Statement s : concept.listProperties(SKOS.prefLabel).toList()) {
            if (s.getLanguage().equals(language)) {
                return s.getString();
            }
        }
        return concept.getLocalName();
    }

    public boolean contains(String type) {
        return concepts.containsKey(type);
    }

    public Node iri(String type) {
        if (!contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return NodeFactory.createURI(NS + type);
    }

    /** The top concept above {@code type} (itself when it has no broader one). */
    public String top(String type) {
        String current = type;
        while (concepts.containsKey(current) && !concepts.get(current).broader().isEmpty()) {
            current = concepts.get(current).broader();
        }
        return current;
    }

    public String englishLabel(String type) {
        return concepts.containsKey(type) ? concepts.get(type).english() : type;
    }

    public String arabicLabel(String type) {
        return concepts.containsKey(type) ? concepts.get(type).arabic() : type;
    }
}
