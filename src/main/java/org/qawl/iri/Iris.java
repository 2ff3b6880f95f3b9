package org.qawl.iri;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the IRIs of published resources under one base (DESIGN.md §3). Deterministic: the same
 * input always gives the same IRIs.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/qawl/kb/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node report(String reportId) {
        return uri("report/" + segment(reportId));
    }

    public Node reportGraph(String reportId) {
        return uri("graph/" + segment(reportId));
    }

    /** The graph of resolved actors and the gazetteer, shared by all reports. */
    public Node actorsGraph() {
        return uri("graph/actors");
    }

    /** The ontology (qawl.ttl), kept in the store so queries can use its labels and classes. */
    public Node ontologyGraph() {
        return uri("graph/ontology");
    }

    public Node statement(String reportId, int codePointStart, int ordinal) {
        String suffix = ordinal == 0 ? "" : "-" + (ordinal + 1);
        return uri("statement/" + segment(reportId) + "/" + codePointStart + suffix);
    }

    /** A number a report gives («نحو 300 شخص»), by where its phrase starts. */
    public Node count(String reportId, int codePointStart) {
        return uri("count/" + segment(reportId) + "/" + codePointStart);
    }

    /** A length of time a report gives («في غضون يومين»), named by where it starts. */
    public Node duration(String reportId, int codePointStart) {
        return uri("duration/" + segment(reportId) + "/" + codePointStart);
    }

    /**
     * The words of a report that give one value of one property of one of its events («وحدات من
     * القوات المسلحة لروسيا» → a contributor of the deployment told of at {@code eventStart}).
     */
    public Node evidence(String reportId, int eventStart, int codePointStart, int codePointEnd, Node property) {
        return uri("evidence/" + segment(reportId) + "/" + eventStart + "/" + codePointStart + "-" + codePointEnd
                + "/" + property.getLocalName());
    }

    /** A place in a report where an actor is named. */
    public Node mention(String reportId, int codePointStart, int codePointEnd) {
        return uri("mention/" + segment(reportId) + "/" + codePointStart + "-" + codePointEnd);
    }

    public Node actor(String key) {
        return uri("actor/" + segment(key));
    }

    /** An event as merged across reports; {@code key} is readable and unique in the store. */
    public Node event(String key) {
        return uri("event/" + segment(key));
    }

    /** An event as one report tells it, named by where the report first mentions it. */
    public Node reportEvent(String reportId, int codePointStart) {
        return uri("event/" + segment(reportId) + "/" + codePointStart);
    }

    /** Events merged across reports, rewritten after every build. */
    public Node eventsGraph() {
        return uri("graph/events");
    }

    public boolean isReportGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(base + "graph/")
                && !graph.equals(actorsGraph()) && !graph.equals(ontologyGraph()) && !graph.equals(eventsGraph());
    }

    /** The report id of a report graph IRI (the inverse of {@link #reportGraph}). */
    public String reportIdOf(Node graph) {
        String segment = graph.getURI().substring((base + "graph/").length());
        return java.net.URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /**
     * Keeps letters and digits of any script (IRIs allow them, RFC 3987) and the unreserved
     * marks; percent-encodes the rest, so a key never changes an IRI's structure.
     */
    static String segment(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
                out.appendCodePoint(c);
            } else {
                out.append(URLEncoder.encode(Character.toString(c), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
        });
        return out.toString();
    }
}
