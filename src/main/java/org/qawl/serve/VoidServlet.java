package org.qawl.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.qawl.build.MetaGraphs;
import org.qawl.export.RdfExport;
import org.qawl.iri.Iris;

/**
 * {@code /.well-known/void} (RFC 5785, VoID §7.2): the dataset description the build wrote
 * ({@link org.qawl.build.DatasetDescription}), plus what only the server knows: its SPARQL
 * endpoint as {@code void:sparqlEndpoint}, a DCAT distribution with {@code dcat:accessURL}, and a
 * {@code dcat:DataService} with {@code dcat:endpointURL}, all at the address the request came to.
 * Turtle, JSON-LD, N-Triples, RDF/XML or HTML by content negotiation, like the /kb/ resources.
 */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final DatasetGraph dataset;
    private final KbPaths paths;
    private final String sparqlPath;

    VoidServlet(DatasetGraph dataset, KbPaths paths, String sparqlPath) {
        this.dataset = dataset;
        this.paths = paths;
        this.sparqlPath = sparqlPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Negotiation> chosen;
        try {
            chosen = Negotiation.choose(request);
        } catch (IllegalArgumentException e) {
            LinkedDataServlet.plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (chosen.isEmpty()) {
            LinkedDataServlet.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "available: text/html, "
                    + "text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        StringBuffer url = request.getRequestURL();
        String endpoint = url.substring(0, url.length() - request.getRequestURI().length()) + sparqlPath;
        Negotiation format = chosen.get();
        byte[] body = Txn.calculateRead(dataset, () -> {
            MetaGraphs meta = new MetaGraphs(new Iris(paths.base()));
            List<Triple> triples = new ArrayList<>();
            dataset.find(meta.voidGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
            if (triples.isEmpty()) {
                return null;
            }
            triples.addAll(endpoint(meta, NodeFactory.createURI(endpoint)));
            if (format == Negotiation.HTML) {
                return DatasetPage.render(triples, meta, paths, endpoint).getBytes(StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfExport.writeTriples(triples.iterator(), format.format, paths.base(), out);
            return out.toByteArray();
        });
        LinkedDataServlet.headers(response, PATH);
        if (body == null) {
            LinkedDataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "this store has no dataset "
                    + "description yet: build it with this version of qawl ('qawl build')");
            return;
        }
        LinkedDataServlet.send(response, HttpServletResponse.SC_OK, format, body);
    }

    /** The triples that name where the dataset is served. */
    static List<Triple> endpoint(MetaGraphs meta, Node sparql) {
        Node dataset = meta.dataset();
        Node distribution = meta.sparqlDistribution();
        Node service = meta.sparqlService();
        return List.of(
                Triple.create(dataset, VOID.sparqlEndpoint.asNode(), sparql),
                Triple.create(dataset, DCAT.distribution.asNode(), distribution),
                Triple.create(distribution, RDF.type.asNode(), DCAT.Distribution.asNode()),
                Triple.create(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL endpoint", "en")),
                Triple.create(distribution, DCAT.accessURL.asNode(), sparql),
                Triple.create(distribution, DCAT.accessService.asNode(), service),
                Triple.create(service, RDF.type.asNode(), DCAT.DataService.asNode()),
                Triple.create(service, DCAT.endpointURL.asNode(), sparql),
                Triple.create(service, DCTerms.conformsTo.asNode(),
                        NodeFactory.createURI("https://www.w3.org/TR/sparql11-protocol/")),
                Triple.create(service, DCAT.servesDataset.asNode(), dataset));
    }
}
