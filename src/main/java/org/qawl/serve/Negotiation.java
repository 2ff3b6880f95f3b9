package org.qawl.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.qawl.export.ExportFormat;

/**
 * How a resource is represented: HTML for browsers, RDF for clients. The {@code format} query
 * parameter wins over the Accept header (Jena's {@link AcceptList} does the q-value matching);
 * with no preference ({@code *}/{@code *}, or no header) the answer is Turtle, so {@code curl}
 * gets data, while browsers, which ask for text/html first, get the page.
 */
enum Negotiation {
    TURTLE("text/turtle", ExportFormat.TURTLE, "turtle", "ttl"),
    HTML("text/html", null, "html"),
    JSONLD("application/ld+json", ExportFormat.JSONLD, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", ExportFormat.NTRIPLES, "ntriples", "nt"),
    RDFXML("application/rdf+xml", ExportFormat.RDFXML, "rdfxml", "rdf", "xml");

    /** Offered in this order: the first wins a tie (Turtle for {@code *}/{@code *}). */
    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(n -> n.mediaType).toArray(String[]::new));

    final String mediaType;
    final ExportFormat format;
    private final String[] names;

    Negotiation(String mediaType, ExportFormat format, String... names) {
        this.mediaType = mediaType;
        this.format = format;
        this.names = names;
    }

    /** The Content-Type header value. */
    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The representation the request asks for; empty when it accepts none of ours (406).
     *
     * @throws IllegalArgumentException for an unknown {@code format} parameter (400)
     */
    static Optional<Negotiation> choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return Optional.of(byName(format).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + format + "'; use html, turtle, jsonld, ntriples or rdfxml")));
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(n -> n.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    static Optional<Negotiation> byName(String name) {
        return Arrays.stream(values()).filter(n -> Arrays.asList(n.names).contains(name.toLowerCase()))
                .findFirst();
    }

    /** For the Link header and the alternates on pages. */
    String parameterName() {
        return names[0];
    }
}
