package org.qawl.serve;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.owasp.encoder.Encode;
import org.qawl.vocab.Qawl;

/**
 * The HTML page of a published resource: a statement, a report and an actor each have their
 * own page; anything else (an event, a graph, the dataset) gets its properties as a table.
 * Every page ends with all the resource's triples (in a details element: no script needed) and
 * links to its RDF representations.
 */
final class ResourcePages {
    private final KbPaths paths;

    ResourcePages(KbPaths paths) {
        this.paths = paths;
    }

    String render(ResourceData data, Node subject, List<Triple> description, String requestPath) {
        Html page;
        if (data.isA(subject, Qawl.Statement)) {
            page = StatementPage.render(data, subject, paths);
        } else if (data.isA(subject, Qawl.Report)) {
            page = ReportPage.render(data, subject, paths);
        } else if (data.isA(subject, Qawl.Actor)) {
            page = ActorPage.render(data, subject, paths);
        } else {
            page = new Html(data.label(subject), "en", paths);
            page.raw("<header><h1>").text(data.label(subject)).raw("</h1><p class=\"iri\">").iri(subject.getURI())
                    .raw("</p></header>\n");
            triples(page, description, true);
            return alternates(page, requestPath).finish();
        }
        page.raw("<details><summary>All properties</summary>\n");
        triples(page, description, false);
        page.raw("</details>\n");
        return alternates(page, requestPath).finish();
    }

    /** A table of predicate and value, one row per triple. */
    static void triples(Html page, List<Triple> description, boolean open) {
        page.raw("<table class=\"triples\" dir=\"ltr\"><thead><tr><th>property</th><th>value</th></tr></thead><tbody>\n");
        description.stream()
                .sorted((a, b) -> a.getPredicate().getURI().compareTo(b.getPredicate().getURI()))
                .forEach(t -> page.raw("<tr><td>").iri(t.getPredicate().getURI()).raw("</td><td>")
                        .node(t.getObject()).raw("</td></tr>\n"));
        page.raw("</tbody></table>\n");
    }

    /** Links to the same resource in each RDF format. */
    static Html alternates(Html page, String requestPath) {
        page.raw("<footer dir=\"ltr\"><p>As data:");
        for (Negotiation format : Negotiation.values()) {
            if (format != Negotiation.HTML) {
                page.raw(" <a href=\"").raw(Encode.forHtmlAttribute(requestPath + "?format=" + format.parameterName()))
                        .raw("\">")
                        .text(format.mediaType).raw("</a>");
            }
        }
        return page.raw("</p></footer>\n");
    }

    /** A fact line: {@code <dt>name</dt><dd>value</dd>} when there is a value. */
    static void fact(Html page, String name, Node value) {
        if (value != null) {
            page.raw("<dt>").text(name).raw("</dt><dd>").node(value).raw("</dd>\n");
        }
    }
}
