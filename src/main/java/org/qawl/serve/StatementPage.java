package org.qawl.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.qawl.vocab.Qawl;

/**
 * A statement: who said it, with which verb, in which report, and the report text with the
 * content highlighted. qawl:start and qawl:end count Unicode code points, so the text is cut
 * by code points, not Java chars.
 */
final class StatementPage {
    private StatementPage() {}

    static Html render(ResourceData data, Node statement, KbPaths paths) {
        Optional<Node> speaker = data.first(statement, Qawl.speaker);
        Optional<Node> verb = data.first(statement, Qawl.verb);
        String heading = speaker.map(data::label).orElse("?") + verb.map(v -> " · " + v.getLiteralLexicalForm()).orElse("");
        Html page = new Html(heading, "ar", paths);
        page.raw("<header><h1>").text(heading).raw("</h1><p class=\"iri\">").iri(statement.getURI()).raw("</p></header>\n");

        page.raw("<section><blockquote class=\"content\">").text(data.first(statement, Qawl.content)
                .map(Node::getLiteralLexicalForm).orElse("")).raw("</blockquote>\n<dl>\n");
        speaker.ifPresent(s -> page.raw("<dt>المتحدث · speaker</dt><dd>").link(s.getURI(), data.label(s)).raw("</dd>\n"));
        ResourcePages.fact(page, "كما ورد · as written", data.first(statement, Qawl.speakerText).orElse(null));
        ResourcePages.fact(page, "الفعل · verb", verb.orElse(null));
        ResourcePages.fact(page, "الصيغة · mode", data.first(statement, Qawl.mode).orElse(null));
        ResourcePages.fact(page, "التاريخ · date", data.first(statement, Qawl.date).orElse(null));
        ResourcePages.fact(page, "القاعدة · rule", data.first(statement, Qawl.rule).orElse(null));
        ResourcePages.fact(page, "الثقة · confidence", data.first(statement, Qawl.confidence).orElse(null));
        Optional<Node> report = data.first(statement, Qawl.inReport);
        report.ifPresent(r -> page.raw("<dt>التقرير · report</dt><dd>").link(r.getURI(), data.label(r)).raw("</dd>\n"));
        page.raw("</dl></section>\n");

        Optional<String> text = report.flatMap(r -> data.first(r, Qawl.text)).map(Node::getLiteralLexicalForm);
        if (text.isPresent()) {
            page.raw("<section><h2>نص التقرير <span class=\"en\">report text</span></h2>\n<div class=\"text\">");
            highlight(page, text.get(), offset(data, statement, Qawl.start), offset(data, statement, Qawl.end));
            page.raw("</div></section>\n");
        }
        return page;
    }

    /** The text with [start, end) (code points) in a mark element; unmarked if the span is out of range. */
    static void highlight(Html page, String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) {
            page.text(text);
            return;
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        page.text(text.substring(0, from)).raw("<mark id=\"content\">").text(text.substring(from, to))
                .raw("</mark>").text(text.substring(to));
    }

    private static int offset(ResourceData data, Node statement, Node property) {
        return data.first(statement, property).filter(Node::isLiteral).map(n -> {
            try {
                return Integer.parseInt(n.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(-1);
    }
}
