package org.qawl.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.store.Tdb2Store;

/** {@code qawl serve} over HTTP: a read-only SPARQL endpoint, graph store reads, the query page. */
class ServeTest {
    static {
        QawlServer.quietLogging(); // before Jena creates its loggers, as `qawl serve` does
    }

    static final Node GRAPH = NodeFactory.createURI("https://w3id.org/qawl/kb/graph/t1");
    static final String REPORT = """
            @prefix qawl: <https://w3id.org/qawl/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix kb:   <https://w3id.org/qawl/kb/> .
            kb:report_t1 a qawl:Report ; qawl:text "قال الوزير إن المحادثات كانت مثمرة" .
            <https://w3id.org/qawl/kb/statement/t1/15> a qawl:Statement ;
                qawl:inReport kb:report_t1 ;
                qawl:speaker kb:actor_minister ;
                qawl:speakerText "الوزير" ;
                qawl:verb "قال" ;
                qawl:content "المحادثات كانت مثمرة" ;
                qawl:mode "indirect" ;
                qawl:start 14 ;
                qawl:end 34 .
            kb:actor_minister rdfs:label "الوزير"@ar .
            """;
    static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path temp;
    static Tdb2Store store;
    static QawlServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServer() {
        store = Tdb2Store.open(temp.resolve("store"));
        store.replaceGraph(GRAPH, out -> RDFParser.fromString(REPORT, Lang.TURTLE).parse(out));
        server = QawlServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    @Test
    void listensOnLoopbackOnAPickedPort() {
        assertThat(server.port()).isPositive();
        assertThat(server.isLoopback()).isTrue();
        assertThat(server.sparqlUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/qawl/sparql");
        assertThat(server.graphStoreUrl()).endsWith("/qawl/get");
    }

    @Test
    void selectSeesNamedGraphsThroughTheUnionDefaultGraph() throws Exception {
        HttpResponse<String> response = get("/qawl/sparql?query=" + encode(
                "SELECT ?content WHERE { ?s <https://w3id.org/qawl/ns#content> ?content }"), JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(JSON));
        JsonNode rows = new ObjectMapper().readTree(response.body()).get("results").get("bindings");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("content").get("value").asText()).isEqualTo("المحادثات كانت مثمرة");
    }

    @Test
    void theCannedWhoSaidWhatQueryAnswersAtQueryToo() throws Exception {
        HttpResponse<String> response = get("/qawl/query?query=" + encode(QueryPage.cannedQuery()), JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = new ObjectMapper().readTree(response.body()).get("results").get("bindings");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("speakerLabel").get("value").asText()).isEqualTo("الوزير");
        assertThat(rows.get(0).get("start").get("value").asInt()).isEqualTo(14);
    }

    @Test
    void updatesAreRefusedEverywhereAndTheStoreIsUnchanged() throws Exception {
        long before = quadCount();
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }";
        for (String path : new String[] {"/qawl/update", "/qawl/sparql", "/qawl/query", "/qawl"}) {
            assertThat(post(path, "application/sparql-update", update).statusCode())
                    .as("POST update to %s", path).isBetween(400, 499);
            assertThat(post(path, "application/x-www-form-urlencoded", "update=" + encode(update))
                    .statusCode()).as("POST update form to %s", path).isBetween(400, 499);
        }
        String turtle = "<urn:x:s> <urn:x:p> \"written\" .";
        String graphParam = "?graph=" + encode(GRAPH.getURI());
        for (String path : new String[] {"/qawl/get", "/qawl/data", "/qawl"}) {
            assertThat(post(path + graphParam, "text/turtle", turtle).statusCode())
                    .as("GSP POST to %s", path).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(uri(path + graphParam))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build()).statusCode())
                    .as("GSP PUT to %s", path).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(uri(path + graphParam)).DELETE().build()).statusCode())
                    .as("GSP DELETE to %s", path).isBetween(400, 499);
        }
        assertThat(quadCount()).isEqualTo(before).isPositive();
    }

    @Test
    void graphStoreReadsOneReportGraphAsTurtle() throws Exception {
        HttpResponse<String> response = get("/qawl/get?graph=" + encode(GRAPH.getURI()), "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/turtle"));
        assertThat(response.body()).contains("المحادثات كانت مثمرة", "indirect");
    }

    @Test
    void queryPageLoadsYasguiFromTheJarWithTheDefaultQuery() throws Exception {
        HttpResponse<String> page = get("/", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("data-endpoint=\"/qawl/sparql\"")
                .contains("SELECT ?report ?speaker ?speakerLabel")           // who-said-what.rq
                .contains("PREFIX qawl: &lt;https://w3id.org/qawl/ns#&gt;")  // escaped, not markup
                .contains("curl -G " + server.sparqlUrl())                  // usable without JS
                .doesNotContain("{{").doesNotContain("//cdn").doesNotContain("https://unpkg");
        assertThat(get("/query.html", "text/html").body()).isEqualTo(page.body());

        for (String asset : new String[] {"yasgui.min.js", "yasgui.min.css"}) {
            Matcher link = Pattern.compile("\"(/webjars/zazuko__yasgui/[^\"]+/" + Pattern.quote(asset) + ")\"")
                    .matcher(page.body());
            assertThat(link.find()).as(asset + " referenced").isTrue();
            HttpResponse<String> file = get(link.group(1), "*/*");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body().length()).isGreaterThan(10_000);
            assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith(asset.endsWith(".js") ? "text/javascript" : "text/css"));
        }
        assertThat(get("/assets/query.js", "*/*").body()).contains("new Yasgui(");
    }

    @Test
    void resultLinksOnThePageWorkWithoutJavaScript() throws Exception {
        String body = get("/", "text/html").body();
        Matcher link = Pattern.compile("href=\"(/qawl/sparql\\?query=[^\"]+output=text)\"").matcher(body);
        assertThat(link.find()).isTrue();

        HttpResponse<String> table = get(link.group(1).replace("&amp;", "&"), "text/html");
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.body()).contains("المحادثات كانت مثمرة");
    }

    @Test
    void noAdminEndpointsAndNoFilesOutsideTheWebJars() throws Exception {
        for (String path : new String[] {"/$/datasets", "/$/server", "/$/ping", "/$/stats",
                "/webjars/zazuko__yasgui/", "/webjars/zazuko__yasgui/4.5.0/package.json.bak",
                "/webjars/%2e%2e/qawl/queries/who-said-what.rq", "/assets/", "/assets/query"}) {
            assertThat(get(path, "*/*").statusCode()).as(path).isBetween(400, 499);
        }
    }

    @Test
    void aLongQueryIsStoppedByTheTimeout() throws Exception {
        QawlServer strict = QawlServer.create().store(store).port(0)
                .queryTimeout(Duration.ofMillis(300)).build().start();
        try {
            // 14 quads, joined with themselves 7 times: about 10^8 rows, minutes without a timeout
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
                    + "?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u }";
            long started = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(strict.sparqlUrl()
                    + "?query=" + encode(slow))).header("Accept", JSON).build());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        } finally {
            strict.stop();
        }
    }

    @Test
    void aPortInUseIsAServerStartException() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            QawlServer second = QawlServer.create().store(store).port(taken.getLocalPort()).build();
            assertThatThrownBy(second::start).isInstanceOf(ServerStartException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
    }

    private static long quadCount() {
        return store.read(dataset -> {
            long n = 0;
            for (var it = dataset.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Jetty may close a kept-alive connection after refusing a request without reading its body;
     * the client then fails the next request on that connection. One retry on a fresh connection
     * tells that apart from a real failure.
     */
    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException closedConnection) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
