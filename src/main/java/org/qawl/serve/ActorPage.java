package org.qawl.serve;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.qawl.vocab.Qawl;

/** An actor: its names (rdfs:label, skos:altLabel), what it is, and every statement it made. */
final class ActorPage {
    static final int MAX_STATEMENTS = 500;

    private static final String STATEMENTS = """
            SELECT ?statement ?content ?verb ?date ?report ?title WHERE {
              ?statement qawl:speaker ?this ; qawl:content ?content ; qawl:inReport ?report .
              OPTIONAL { ?statement qawl:start ?start }
              OPTIONAL { ?statement qawl:verb ?verb }
              OPTIONAL { ?statement qawl:date ?statementDate }
              OPTIONAL { ?report qawl:date ?reportDate }
              OPTIONAL { ?report qawl:title ?title }
              BIND (COALESCE(?statementDate, ?reportDate) AS ?date)
            } ORDER BY ?date ?report ?start LIMIT %d
            """.formatted(MAX_STATEMENTS + 1);

    private ActorPage() {}

    static Html render(ResourceData data, Node actor, KbPaths paths) {
        String name = data.label(actor);
        Html page = new Html(name, "ar", paths);
        page.raw("<header><h1>").text(name).raw("</h1><p class=\"iri\">").iri(actor.getURI()).raw("</p></header>\n");

        page.raw("<section><h2>الأسماء <span class=\"en\">names</span></h2><ul class=\"names\">\n");
        for (Node label : data.all(actor, RDFS.label.asNode())) {
            page.raw("<li>").node(label).raw("</li>\n");
        }
        for (Node alt : data.all(actor, SKOS.altLabel.asNode())) {
            page.raw("<li class=\"alt\">").node(alt).raw("</li>\n");
        }
        page.raw("</ul>\n<dl>\n");
        for (Node type : data.all(actor, RDF.type.asNode())) {
            ResourcePages.fact(page, "النوع · type", type);
        }
        for (Node role : data.all(actor, Qawl.role)) {
            ResourcePages.fact(page, "الصفة · role", role);
        }
        data.first(actor, Qawl.country).ifPresent(c -> ResourcePages.fact(page, "البلد · country", c));
        for (Node group : data.all(actor, Qawl.memberOf)) {
            ResourcePages.fact(page, "عضو في · member of", group);
        }
        page.raw("</dl></section>\n");

        List<Binding> rows = data.select(STATEMENTS, actor);
        page.raw("<section><h2>التصريحات <span class=\"en\">statements</span> (")
                .text(rows.size() > MAX_STATEMENTS ? "أول " + MAX_STATEMENTS : Integer.toString(rows.size()))
                .raw(")</h2>\n");
        if (rows.isEmpty()) {
            page.raw("<p>لا تصريحات منسوبة إلى هذا الفاعل. <span class=\"en\">No statements.</span></p>\n");
        } else {
            page.raw("<table class=\"statements\"><thead><tr><th>المضمون · content</th><th>الفعل · verb</th>"
                    + "<th>التاريخ · date</th><th>التقرير · report</th></tr></thead><tbody>\n");
            for (Binding row : rows.subList(0, Math.min(rows.size(), MAX_STATEMENTS))) {
                Node statement = ResourceData.get(row, "statement").orElseThrow();
                Node report = ResourceData.get(row, "report").orElseThrow();
                page.raw("<tr><td>").link(statement.getURI(), ResourceData.text(row, "content"))
                        .raw("</td><td>").text(ResourceData.text(row, "verb"))
                        .raw("</td><td dir=\"ltr\">").text(ResourceData.text(row, "date"))
                        .raw("</td><td>").link(report.getURI(), ResourceData.get(row, "title")
                                .map(Node::getLiteralLexicalForm).orElse(data.label(report)))
                        .raw("</td></tr>\n");
            }
            page.raw("</tbody></table>\n");
        }
        return page.raw("</section>\n");
    }
}
