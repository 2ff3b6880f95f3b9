package org.qawl.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.qawl.export.RdfExport;

/**
 * Dereferenceable IRIs: {@code GET /kb/{path}} describes {@code {base}{path}}. The answer is
 * the resource itself, 200 with content negotiation (no 303 hop: the page and the data describe
 * the IRI, which names the thing; one round trip, and {@code curl} needs no {@code -L}):
 * HTML for browsers, Turtle (the default), JSON-LD, N-Triples or RDF/XML by the Accept header,
 * or {@code ?format=}. {@code Vary: Accept} and a {@code Link} header name the alternatives.
 * The data is every triple with the IRI as subject, from the union of all graphs. A resource
 * the store has no triple about is 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private final DatasetGraph dataset;
    private final KbPaths paths;
    private final ResourcePages pages;

    LinkedDataServlet(DatasetGraph dataset, KbPaths paths) {
        this.dataset = dataset;
        this.paths = paths;
        this.pages = new ResourcePages(paths);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rawPath = request.getRequestURI();
        Optional<String> iri = paths.iri(rawPath);
        if (iri.isEmpty()) {
            response.sendRedirect("/.well-known/void");
            return;
        }
        Optional<Negotiation> chosen;
        try {
            chosen = Negotiation.choose(request);
        } catch (IllegalArgumentException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (chosen.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "available: text/html, text/turtle, "
                    + "application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        Negotiation format = chosen.get();
        Node subject = NodeFactory.createURI(iri.get());
        byte[] body = Txn.calculateRead(dataset, () -> {
            ResourceData data = new ResourceData(dataset);
            List<Triple> description = data.describe(subject);
            if (description.isEmpty()) {
                return null;
            }
            if (format == Negotiation.HTML) {
                return pages.render(data, subject, description, rawPath).getBytes(StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfExport.writeTriples(description.iterator(), format.format, paths.base(), out);
            return out.toByteArray();
        });
        headers(response, rawPath);
        if (body == null) {
            notFound(response, format, iri.get());
            return;
        }
        send(response, HttpServletResponse.SC_OK, format, body);
    }

    static void send(HttpServletResponse response, int status, Negotiation format, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(format.contentType());
        if (format == Negotiation.HTML) {
            response.setHeader("Content-Security-Policy", Html.CSP);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Vary, caching and the Link header listing every representation. */
    static void headers(HttpServletResponse response, String rawPath) {
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        StringBuilder link = new StringBuilder();
        for (Negotiation format : Negotiation.values()) {
            link.append(link.length() == 0 ? "" : ", ").append('<').append(rawPath).append("?format=")
                    .append(format.parameterName()).append(">; rel=\"alternate\"; type=\"").append(format.mediaType).append('"');
        }
        response.setHeader("Link", link.toString());
    }

    private void notFound(HttpServletResponse response, Negotiation format, String iri) throws IOException {
        if (format == Negotiation.HTML) {
            Html page = new Html("not found", "en", paths);
            page.raw("<h1>Not found</h1><p>The store has nothing about ").raw("<bdi dir=\"ltr\">").text(iri)
                    .raw("</bdi>.</p>");
            send(response, HttpServletResponse.SC_NOT_FOUND, format, page.finish().getBytes(StandardCharsets.UTF_8));
        } else {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "not found: " + iri);
        }
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
