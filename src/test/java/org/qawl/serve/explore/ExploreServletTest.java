package org.qawl.serve.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.export.graph.SampleStore;
import org.qawl.serve.QawlServer;
import org.qawl.store.Tdb2Store;

/** The explorer's page and JSON over HTTP (no browser needed). */
class ExploreServletTest {
    static {
        QawlServer.quietLogging();
    }

    static final String ACTOR = "https://w3id.org/qawl/kb/actor/";
    static final String DATA = """
            actor:tokayev a qawl:Person ; rdfs:label "توكاييف"@ar .
            actor:kazakhstan a qawl:Country ; rdfs:label "كازاخستان"@ar , "Kazakhstan"@en .
            actor:russia a qawl:Country ; rdfs:label "روسيا"@ar , "Russia"@en .
            report:r1 a qawl:Report ; qawl:title "تقرير أول"@ar ; qawl:date "2022-01-05"^^xsd:date .
            report:r2 a qawl:Report ; qawl:title "تقرير ثان"@ar .
            <https://w3id.org/qawl/kb/statement/r1/10> a qawl:Statement ; qawl:inReport report:r1 ;
                qawl:speaker actor:tokayev ; qawl:speakerText "توكاييف"@ar ; qawl:verb "وقال"@ar ;
                qawl:verbLemma "قال"@ar ; qawl:mode "indirect" ; qawl:start 10 ; qawl:end 40 ;
                qawl:content "إن كازاخستان ستتجاوز الأزمة"@ar .
            <https://w3id.org/qawl/kb/statement/r2/3> a qawl:Statement ; qawl:inReport report:r2 ;
                qawl:speaker actor:russia ; qawl:verbLemma "أكد"@ar ; qawl:start 3 ; qawl:end 20 ;
                qawl:content "أن كازاخستان طلبت المساعدة"@ar .
            """;

    @TempDir
    static Path temp;
    static Tdb2Store store;
    static QawlServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SampleStore.turtle(temp.resolve("store"), DATA);
        server = QawlServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void thePageLoadsCytoscapeFromTheWebJarInTheJar() throws Exception {
        HttpResponse<String> page = get("/explore");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(get("/explore/").body()).isEqualTo(page.body());
        assertThat(page.body()).doesNotContain("{{").doesNotContain("//cdn").doesNotContain("unpkg");

        Matcher script = Pattern.compile("src=\"(/webjars/cytoscape/[^\"]+/dist/cytoscape\\.min\\.js)\"").matcher(page.body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> cytoscape = get(script.group(1));
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.body().length()).isGreaterThan(100_000);
        assertThat(get("/explore/explore.js").body()).contains("cytoscape(");
        assertThat(get("/explore/explore.css").statusCode()).isEqualTo(200);
        assertThat(get("/explore/missing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void graphIsCytoscapeJsonOfTheChosenViewAndFilters() throws Exception {
        JsonNode all = json("/explore/graph");
        assertThat(all.at("/data/view").asText()).isEqualTo("speakers");
        assertThat(all.at("/elements/nodes")).hasSize(3);
        assertThat(all.at("/elements/edges")).hasSize(2);

        JsonNode r1 = json("/explore/graph?report=" + encode("https://w3id.org/qawl/kb/report/r1"));
        assertThat(r1.at("/elements/edges")).hasSize(1);
        JsonNode dated = json("/explore/graph?from=2022-01-01&to=2022-01-31&undated=false");
        assertThat(dated.at("/elements/edges")).hasSize(1);
        JsonNode countries = json("/explore/graph?type=Country");
        assertThat(countries.at("/elements/nodes")).hasSize(2);
        assertThat(json("/explore/graph?view=mentions").at("/data/directed").asBoolean()).isFalse();
        assertThat(get("/explore/graph?view=everything").statusCode()).isEqualTo(400);
    }

    @Test
    void statementsOfASpeakerComeWithTheirSpansAndLinks() throws Exception {
        JsonNode list = json("/explore/statements?speaker=" + encode(ACTOR + "tokayev"));
        assertThat(list).hasSize(1);
        JsonNode s = list.get(0);
        assertThat(s.get("content").asText()).isEqualTo("إن كازاخستان ستتجاوز الأزمة");
        assertThat(s.get("verb").asText()).isEqualTo("وقال");
        assertThat(s.get("lemma").asText()).isEqualTo("قال");
        assertThat(s.get("start").asInt()).isEqualTo(10);
        assertThat(s.get("end").asInt()).isEqualTo(40);
        assertThat(s.get("reportTitle").asText()).isEqualTo("تقرير أول");
        assertThat(s.get("date").asText()).isEqualTo("2022-01-05");
        assertThat(s.get("link").asText()).isEqualTo("/kb/statement/r1/10");
        assertThat(s.get("reportLink").asText()).isEqualTo("/kb/report/r1");
        assertThat(s.get("speakerLink").asText()).isEqualTo("/kb/actor/tokayev");

        JsonNode byIds = json("/explore/statements?statement=" + encode("https://w3id.org/qawl/kb/statement/r2/3")
                + "&statement=" + encode("https://w3id.org/qawl/kb/statement/r1/10"));
        assertThat(byIds).hasSize(2);
        assertThat(get("/explore/statements").statusCode()).isEqualTo(400);
        assertThat(get("/explore/statements?speaker=" + encode("<bad> }")).statusCode()).isEqualTo(400);
    }

    @Test
    void reportsListTitlesDatesAndCounts() throws Exception {
        JsonNode reports = json("/explore/reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.findValuesAsText("title")).containsExactlyInAnyOrder("تقرير أول", "تقرير ثان");
        assertThat(reports.findValuesAsText("statements")).containsOnly("1");
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return new ObjectMapper().readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
