package org.qawl.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.owasp.encoder.Encode;
import org.qawl.export.Prefixes;

/**
 * A server-rendered page, built as a string. Every value that comes from data goes through
 * {@link #text} (element content) or an attribute helper, both OWASP Java Encoder: nothing
 * from a report reaches the page unescaped. Pages have no scripts and work without JavaScript;
 * the server sends a Content-Security-Policy that forbids scripts anyway.
 */
final class Html {
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final StringBuilder out = new StringBuilder(8192);
    private final KbPaths paths;

    /** A page in {@code lang} ("ar": right to left). */
    Html(String title, String lang, KbPaths paths) {
        this.paths = paths;
        String dir = lang.equals("ar") ? "rtl" : "ltr";
        out.append("<!doctype html>\n<html lang=\"").append(Encode.forHtmlAttribute(lang))
                .append("\" dir=\"").append(dir).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Encode.forHtml(title)).append(" · qawl</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/ld.css\">\n</head>\n<body>\n")
                .append("<nav dir=\"ltr\"><a href=\"/\">qawl</a> · <a href=\"/.well-known/void\">dataset</a></nav>\n");
    }

    /** Markup written by this code (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Data as element content. */
    Html text(String value) {
        out.append(Encode.forHtml(value));
        return this;
    }

    /** An element whose content is data: {@code <tag>value</tag>}. */
    Html element(String tag, String value) {
        return raw("<" + tag + ">").text(value).raw("</" + tag + ">");
    }

    /** A link with a data label to a local path or an http(s) IRI; plain text for anything else. */
    Html link(String iri, String label) {
        Optional<String> href = href(iri);
        if (href.isEmpty()) {
            return raw("<bdi>").text(label).raw("</bdi>");
        }
        return raw("<a href=\"").raw(Encode.forHtmlAttribute(href.get())).raw("\">").text(label).raw("</a>");
    }

    /** An IRI shown compactly (kb:, qawl:, ...) and linked. */
    Html iri(String iri) {
        String shown = Prefixes.abbreviate(iri, paths.base()).orElse(iri);
        return raw("<bdi dir=\"ltr\">").link(iri, shown).raw("</bdi>");
    }

    /** Any RDF term: an IRI as a link, a literal as its text with its language (and direction). */
    Html node(Node node) {
        if (node.isURI()) {
            return iri(node.getURI());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return raw("<span lang=\"").raw(Encode.forHtmlAttribute(lang)).raw("\" dir=\"auto\">")
                        .text(node.getLiteralLexicalForm()).raw("</span>");
            }
            return raw("<bdi>").text(node.getLiteralLexicalForm()).raw("</bdi>");
        }
        return text(node.toString());
    }

    /** The local path of a published IRI, or the IRI itself when it is an http(s) one. */
    Optional<String> href(String iri) {
        Optional<String> local = paths.path(iri);
        if (local.isPresent()) {
            return local;
        }
        String lower = iri.toLowerCase();
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri) : Optional.empty();
    }

    String finish() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
