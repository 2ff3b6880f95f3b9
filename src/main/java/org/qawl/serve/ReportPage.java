package org.qawl.serve;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.qawl.vocab.Qawl;

/** A report: where it comes from, its statements, the actors it names, and its text. */
final class ReportPage {
    private static final String STATEMENTS = """
            SELECT ?statement ?speaker ?verb ?content ?mode WHERE {
              ?statement qawl:inReport ?this ; a qawl:Statement ; qawl:content ?content .
              OPTIONAL { ?statement qawl:speaker ?speaker }
              OPTIONAL { ?statement qawl:verb ?verb }
              OPTIONAL { ?statement qawl:mode ?mode }
              OPTIONAL { ?statement qawl:start ?start }
            } ORDER BY ?start ?statement
            """;
    private static final String ACTORS = """
            SELECT DISTINCT ?actor WHERE {
              GRAPH ?g { ?this a qawl:Report . ?actor a ?type }
              ?type rdfs:subClassOf* qawl:Actor .
            } ORDER BY ?actor
            """;

    private ReportPage() {}

    static Html render(ResourceData data, Node report, KbPaths paths) {
        String title = data.label(report);
        Html page = new Html(title, "ar", paths);
        page.raw("<header><h1>").text(title).raw("</h1><p class=\"iri\">").iri(report.getURI()).raw("</p></header>\n");
        page.raw("<section><dl>\n");
        ResourcePages.fact(page, "التاريخ · date", data.first(report, Qawl.date).orElse(null));
        ResourcePages.fact(page, "المصدر · source", data.first(report, Qawl.source).orElse(null));
        ResourcePages.fact(page, "الرابط · url", data.first(report, Qawl.url).orElse(null));
        ResourcePages.fact(page, "الملف · source file", data.first(report, Qawl.sourceFile).orElse(null));
        page.raw("</dl></section>\n");

        List<Binding> statements = data.select(STATEMENTS, report);
        page.raw("<section><h2>التصريحات <span class=\"en\">statements</span> (").text(Integer.toString(statements.size()))
                .raw(")</h2>\n<table class=\"statements\"><thead><tr><th>المتحدث · speaker</th><th>الفعل · verb</th>"
                        + "<th>المضمون · content</th><th>الصيغة · mode</th></tr></thead><tbody>\n");
        for (Binding row : statements) {
            page.raw("<tr><td>");
            ResourceData.get(row, "speaker").ifPresent(s -> page.link(s.getURI(), data.label(s)));
            page.raw("</td><td>").text(ResourceData.text(row, "verb")).raw("</td><td>")
                    .link(ResourceData.get(row, "statement").orElseThrow().getURI(), ResourceData.text(row, "content"))
                    .raw("</td><td dir=\"ltr\">").text(ResourceData.text(row, "mode")).raw("</td></tr>\n");
        }
        page.raw("</tbody></table></section>\n");

        page.raw("<section><h2>الفاعلون <span class=\"en\">actors</span></h2><ul class=\"actors\">\n");
        for (Binding row : data.select(ACTORS, report)) {
            Node actor = ResourceData.get(row, "actor").orElseThrow();
            page.raw("<li>").link(actor.getURI(), data.label(actor)).raw("</li>\n");
        }
        page.raw("</ul></section>\n");

        data.first(report, Qawl.text).ifPresent(text -> page.raw("<section><h2>النص <span class=\"en\">text</span></h2>\n"
                + "<div class=\"text\">").text(text.getLiteralLexicalForm()).raw("</div></section>\n"));
        return page;
    }
}
