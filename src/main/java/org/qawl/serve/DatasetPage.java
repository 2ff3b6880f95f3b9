package org.qawl.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.qawl.build.MetaGraphs;

/** The dataset description as a page: what it is, its counts, classes, properties and graphs. */
final class DatasetPage {
    static final int MAX_GRAPHS = 200;

    private DatasetPage() {}

    static String render(List<Triple> triples, MetaGraphs meta, KbPaths paths, String endpoint) {
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEach(graph::add);
        Node dataset = meta.dataset();
        String title = literal(graph, dataset, DCTerms.title.asNode(), "en").orElse("qawl dataset");
        Html page = new Html(title, "en", paths);
        page.raw("<header><h1>").text(title).raw("</h1>");
        literal(graph, dataset, DCTerms.title.asNode(), "ar").ifPresent(ar ->
                page.raw("<p lang=\"ar\" dir=\"rtl\">").text(ar).raw("</p>"));
        page.raw("<p class=\"iri\">").iri(dataset.getURI()).raw("</p></header>\n<section>");
        literal(graph, dataset, DCTerms.description.asNode(), "en").ifPresent(d -> page.element("p", d));
        page.raw("<dl>\n<dt>SPARQL endpoint</dt><dd>").link(endpoint, endpoint).raw("</dd>\n");
        for (Node property : new Node[] {VOID.triples.asNode(), VOID.entities.asNode(), VOID.classes.asNode(),
                VOID.properties.asNode(), DCTerms.created.asNode(), DCTerms.modified.asNode(), VOID.uriSpace.asNode()}) {
            object(graph, dataset, property).ifPresent(value -> page.raw("<dt>").iri(property.getURI())
                    .raw("</dt><dd>").node(value).raw("</dd>\n"));
        }
        literal(graph, dataset, DCTerms.rights.asNode(), "en").ifPresent(r -> page.raw("<dt>rights</dt><dd>")
                .text(r).raw("</dd>\n"));
        page.raw("</dl></section>\n");

        partitions(page, graph, dataset, VOID.classPartition.asNode(), VOID._class.asNode(), VOID.entities.asNode(),
                "Classes", "instances");
        partitions(page, graph, dataset, VOID.propertyPartition.asNode(), VOID.property.asNode(), VOID.triples.asNode(),
                "Properties", "triples");

        List<Node> subsets = graph.find(dataset, VOID.subset.asNode(), Node.ANY).mapWith(Triple::getObject).toList()
                .stream().sorted(Comparator.comparing(Node::getURI)).toList();
        page.raw("<section><h2>Named graphs (").text(Integer.toString(subsets.size()))
                .raw(")</h2>\n<table><thead><tr><th>graph</th><th>triples</th><th>about</th><th>source</th>"
                        + "<th>licence</th></tr></thead><tbody>\n");
        for (Node subset : subsets.subList(0, Math.min(subsets.size(), MAX_GRAPHS))) {
            page.raw("<tr><td>").iri(subset.getURI()).raw("</td><td>");
            object(graph, subset, VOID.triples.asNode()).ifPresent(page::node);
            page.raw("</td><td>");
            object(graph, subset, RDFS.label.asNode()).ifPresent(page::node);
            page.raw("</td><td>");
            object(graph, subset, DCTerms.source.asNode()).ifPresent(page::node);
            page.raw("</td><td>");
            object(graph, subset, DCTerms.license.asNode()).ifPresent(page::node);
            page.raw("</td></tr>\n");
        }
        page.raw("</tbody></table>");
        if (subsets.size() > MAX_GRAPHS) {
            page.raw("<p>").text("The first " + MAX_GRAPHS + " graphs; the RDF representations list all of them.")
                    .raw("</p>");
        }
        page.raw("</section>\n");
        return ResourcePages.alternates(page, VoidServlet.PATH).finish();
    }

    private static void partitions(Html page, Graph graph, Node dataset, Node link, Node term, Node count,
            String heading, String counted) {
        page.raw("<section><h2>").text(heading).raw("</h2>\n<table><thead><tr><th>").text(heading.toLowerCase())
                .raw("</th><th>").text(counted).raw("</th></tr></thead><tbody>\n");
        graph.find(dataset, link, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .flatMap(p -> object(graph, p, term).map(t -> new Node[] {t, object(graph, p, count).orElse(null)}).stream())
                .sorted(Comparator.comparing(pair -> pair[0].getURI()))
                .forEach(pair -> {
                    page.raw("<tr><td>").iri(pair[0].getURI()).raw("</td><td>");
                    if (pair[1] != null) {
                        page.node(pair[1]);
                    }
                    page.raw("</td></tr>\n");
                });
        page.raw("</tbody></table></section>\n");
    }

    private static Optional<Node> object(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static Optional<String> literal(Graph graph, Node subject, Node predicate, String lang) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(n -> n.isLiteral() && lang.equals(n.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst();
    }
}
