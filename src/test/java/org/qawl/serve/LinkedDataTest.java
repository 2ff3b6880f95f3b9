package org.qawl.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.owasp.encoder.Encode;
import org.qawl.export.SampleStore;
import org.qawl.store.Tdb2Store;

/**
 * Dereferenceable IRIs: GET /kb/... answers with HTML for browsers and Turtle, JSON-LD,
 * N-Triples or RDF/XML for clients; the actor, statement and report pages show what the issue
 * asks for; nothing from a report reaches a page unescaped.
 */
class LinkedDataTest {
    static {
        QawlServer.quietLogging();
    }

    static final String KB = "https://w3id.org/qawl/kb/";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String SCRIPT = "<script>alert(1)</script>";
    /** A report whose title and quoted statement carry markup and quotes. */
    static final String XSS_REPORT = "الوزير يحذر " + SCRIPT + " \"اقتباس\" 'مفرد' & <b>عريض</b>\n"
            + "قال وزير الخارجية: \"" + SCRIPT + " الوضع 'مستقر' تماما\".\n";
    static final String PREFIXES = "PREFIX qawl: <https://w3id.org/qawl/ns#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @TempDir
    static Path temp;
    static Tdb2Store store;
    static QawlServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path xss = Files.writeString(temp.resolve("xss.txt"), XSS_REPORT);
        store = SampleStore.build(temp.resolve("store"), xss);
        server = QawlServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    @Test
    void anActorPageListsItsNamesAndStatementsWithLinks() throws Exception {
        Binding row = first("SELECT ?actor ?alt (COUNT(DISTINCT ?s) AS ?n) { ?s qawl:speaker ?actor . "
                + "?actor skos:altLabel ?alt } GROUP BY ?actor ?alt ORDER BY DESC(?n) LIMIT 1");
        Node actor = row.get("actor");

        HttpResponse<String> page = get(path(actor), BROWSER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).matches("text/html; ?charset=utf-8");
        assertThat(page.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains(Encode.forHtml(row.get("alt").getLiteralLexicalForm()))
                .doesNotContain("<script");
        int statements = Integer.parseInt(row.get("n").getLiteralLexicalForm());
        assertThat(count(page.body(), "<tr><td><a href=\"/kb/statement/")).isEqualTo(Math.min(statements, 500));
        assertThat(page.body()).contains("<a href=\"/kb/report/");
    }

    @Test
    void aStatementPageHighlightsItsContentInTheReportText() throws Exception {
        Binding row = first("SELECT ?s ?content ?speaker ?report { ?s a qawl:Statement ; qawl:content ?content ; "
                + "qawl:speaker ?speaker ; qawl:inReport ?report } ORDER BY ?s LIMIT 1");

        String body = get(path(row.get("s")), BROWSER).body();

        Matcher mark = Pattern.compile("<mark id=\"content\">(.*?)</mark>", Pattern.DOTALL).matcher(body);
        assertThat(mark.find()).isTrue();
        assertThat(mark.group(1)).isEqualTo(Encode.forHtml(row.get("content").getLiteralLexicalForm()));
        assertThat(body).contains("href=\"" + path(row.get("speaker")) + "\"")
                .contains("href=\"" + path(row.get("report")) + "\"");
    }

    @Test
    void aReportPageListsItsStatementsAndActorsAndShowsTheText() throws Exception {
        Node report = NodeFactory.createURI(KB + "report/000_b8116d2267b8fc92");
        int statements = Integer.parseInt(first("SELECT (COUNT(?s) AS ?n) { ?s a qawl:Statement ; qawl:inReport <"
                + report.getURI() + "> }").get("n").getLiteralLexicalForm());

        String body = get(path(report), BROWSER).body();

        assertThat(statements).isPositive();
        assertThat(count(body, "<a href=\"/kb/statement/000_b8116d2267b8fc92/")).isEqualTo(statements);
        assertThat(body).contains("<ul class=\"actors\">").contains("<li><a href=\"/kb/actor/")
                .contains("كازاخستان تحدد معالم المرحلة");
    }

    @Test
    void clientsGetTheSameTriplesInEveryRdfFormat() throws Exception {
        Node report = NodeFactory.createURI(KB + "report/000_b8116d2267b8fc92");
        Set<Triple> stored = store.read(dataset -> new HashSet<>(dataset.getUnionGraph().find(report, Node.ANY, Node.ANY).toList()));
        for (Object[] format : new Object[][] {{"text/turtle", Lang.TURTLE}, {"application/ld+json", Lang.JSONLD},
                {"application/n-triples", Lang.NTRIPLES}, {"application/rdf+xml", Lang.RDFXML}}) {
            HttpResponse<String> response = get(path(report), (String) format[0]);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith((String) format[0]);
            assertThat(parse(response.body(), (Lang) format[1])).as((String) format[0]).isEqualTo(stored);
        }
        assertThat(get(path(report), "*/*").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        HttpResponse<String> overridden = get(path(report) + "?format=jsonld", BROWSER);
        assertThat(parse(overridden.body(), Lang.JSONLD)).isEqualTo(stored);
    }

    @Test
    void arabicPathsMayComeEncodedInEitherCase() throws Exception {
        Node actor = first("SELECT ?a { ?s qawl:speaker ?a FILTER(REGEX(STR(?a), \"/actor/\\\\p{IsArabic}\")) } LIMIT 1").get("a");
        String upper = path(actor);
        assertThat(upper).contains("%D8");
        assertThat(get(upper, "text/turtle").statusCode()).isEqualTo(200);
        assertThat(get(upper.toLowerCase().replace("/kb/actor/", "/kb/actor/"), "text/turtle").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownResourcesAre404AndBadRequestsSaySo() throws Exception {
        assertThat(get("/kb/actor/nobody-at-all", BROWSER).statusCode()).isEqualTo(404);
        assertThat(get("/kb/actor/nobody-at-all", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/kb/report/000_b8116d2267b8fc92?format=yaml", BROWSER).statusCode()).isEqualTo(400);
        assertThat(get("/kb/report/000_b8116d2267b8fc92", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void markupAndQuotesFromAReportAreEscapedOnEveryPage() throws Exception {
        Binding row = first("SELECT ?s ?speaker ?report { ?s qawl:content ?c ; qawl:speaker ?speaker ; qawl:inReport ?report "
                + "FILTER(CONTAINS(?c, \"<script>\")) } LIMIT 1");
        for (Node resource : List.of(row.get("report"), row.get("s"), row.get("speaker"))) {
            HttpResponse<String> page = get(path(resource), BROWSER);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(resource.getURI()).doesNotContain("<script").doesNotContain("<b>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'"));
        }
        String report = get(path(row.get("report")), BROWSER).body();
        assertThat(report).contains("&#34;اقتباس&#34; &#39;مفرد&#39; &amp; &lt;b&gt;عريض&lt;/b&gt;");
    }

    @Test
    void theDatasetDescriptionNamesTheEndpointItIsServedAt() throws Exception {
        HttpResponse<String> turtle = get("/.well-known/void", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(graph);
        Node dataset = NodeFactory.createURI(KB + "dataset");
        Node endpoint = NodeFactory.createURI(server.sparqlUrl());
        assertThat(graph.contains(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"), endpoint)).isTrue();
        assertThat(graph.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#accessURL"), endpoint)).isTrue();
        assertThat(graph.contains(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY)).isTrue();

        assertThat(parse(get("/.well-known/void", "application/ld+json").body(), Lang.JSONLD)).isEqualTo(new HashSet<>(graph.find().toList()));
        String html = get("/.well-known/void", BROWSER).body();
        assertThat(html).contains("SPARQL endpoint").contains(server.sparqlUrl()).contains("qawl:Statement");
        assertThat(get("/kb/dataset", "text/turtle").statusCode()).isEqualTo(200);
    }

    private static Set<Triple> parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return new HashSet<>(graph.find().toList());
    }

    /** The local path of an IRI, percent-encoded as a browser sends it. */
    static String path(Node iri) {
        String rest = iri.getURI().substring(KB.length());
        StringBuilder path = new StringBuilder("/kb");
        for (String segment : rest.split("/")) {
            path.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8)
                    .replace("+", "%20").replace("%25", "%"));
        }
        return path.toString();
    }

    private static Binding first(String query) {
        return store.read(dataset -> {
            var rows = QueryExec.dataset(dataset).query(PREFIXES + query).select();
            assertThat(rows.hasNext()).as(query).isTrue();
            return rows.next();
        });
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
