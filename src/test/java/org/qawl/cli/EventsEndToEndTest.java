package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.iri.Iris;

/**
 * End to end: two outlets tell of the same protest in their own words, a third report of a phone
 * call; built with the CLI, the two protest accounts become one event across reports and the
 * call stays apart. Reports written for this test.
 */
class EventsEndToEndTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String PREFIXES = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX et: <https://w3id.org/qawl/event-type/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** A news-feed title with an emoji, so code-point and UTF-16 offsets differ in this report. */
    private static final Map<String, String> OUTLET_A = Map.of(
            "id", "alex-a", "source", "وكالة الشرق", "date", "2023-03-12",
            "title", "🔴 عاجل: احتجاجات في الإسكندرية على غلاء المعيشة",
            "text", "خرج آلاف المواطنين أمس في مظاهرات في مدينة الإسكندرية احتجاجا على تدهور الأوضاع "
                    + "المعيشية. وقال المتحدث باسم وزارة الداخلية إن الاحتجاجات في الإسكندرية ظلت سلمية حتى المساء.");
    private static final Map<String, String> OUTLET_B = Map.of(
            "id", "alex-b", "source", "صحيفة الساحل", "date", "2023-03-12",
            "title", "آلاف يتظاهرون في الإسكندرية",
            "text", "تظاهر الآلاف أمس في الإسكندرية للمطالبة بتحسين الأوضاع المعيشية، ورفع المشاركون في "
                    + "المظاهرات لافتات تطالب الحكومة بالتدخل.");
    private static final Map<String, String> CALL = Map.of(
            "id", "call", "source", "وكالة الشرق", "date", "2023-03-12",
            "title", "اتصال هاتفي بين وزيري خارجية مصر والأردن",
            "text", "أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي أمس، "
                    + "بحثا خلاله العلاقات الثنائية.");

    @TempDir
    static Path temp;
    static Path store;

    @BeforeAll
    static void buildThreeReports() throws IOException {
        Path reports = Files.createDirectories(temp.resolve("reports"));
        ObjectMapper json = new ObjectMapper();
        for (Map<String, String> report : List.of(OUTLET_A, OUTLET_B, CALL)) {
            json.writeValue(reports.resolve(report.get("id") + ".json").toFile(), report);
        }
        store = temp.resolve("store");
        CliRun build = CliRun.of("build", "--store", store.toString(), reports.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void twoAccountsOfTheProtestBecomeOneEventAndTheCallStaysApart() throws IOException {
        List<JsonNode> rows = select("""
                SELECT ?merged ?type (COUNT(DISTINCT ?account) AS ?accounts) (GROUP_CONCAT(DISTINCT ?report; separator=" ") AS ?reports)
                WHERE {
                  GRAPH <%s> { ?account qawl:mergedInto ?merged . ?merged qawl:eventType ?type }
                  ?account qawl:reportedIn ?report .
                } GROUP BY ?merged ?type ORDER BY ?type
                """.formatted(IRIS.eventsGraph().getURI()));

        assertThat(rows).hasSize(2);
        JsonNode call = rows.get(0);
        JsonNode protest = rows.get(1);
        assertThat(value(protest, "type")).endsWith("/Protest");
        assertThat(value(protest, "accounts")).isEqualTo("2");
        assertThat(value(protest, "reports").split(" ")).containsExactlyInAnyOrder(
                IRIS.report("alex-a").getURI(), IRIS.report("alex-b").getURI());
        assertThat(value(call, "type")).endsWith("/PhoneCall");
        assertThat(value(call, "accounts")).isEqualTo("1");
        assertThat(value(call, "reports")).isEqualTo(IRIS.report("call").getURI());
        assertThat(value(call, "merged")).isNotEqualTo(value(protest, "merged"));
    }

    @Test
    void theMergedProtestKeepsItsPlaceAndDay() throws IOException {
        List<JsonNode> rows = select("""
                SELECT ?place ?date WHERE {
                  GRAPH <%s> { ?merged qawl:eventType et:Protest ; qawl:place ?place ; qawl:date ?date }
                }""".formatted(IRIS.eventsGraph().getURI()));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(value(row, "place")).isEqualTo(IRIS.actor("alexandria").getURI());
            assertThat(value(row, "date")).isEqualTo("2023-03-11");
        });
    }

    @Test
    void everyEventMentionIsExactlyItsCodePointSpanOfTheReportText() throws IOException {
        // each report's account of an event (merged events across reports hold no spans)
        List<JsonNode> events = select("""
                SELECT ?e WHERE { ?e qawl:eventType ?type ; qawl:mergedInto ?merged .
                  FILTER NOT EXISTS { ?e qawl:eventMention ?m } }""");
        List<JsonNode> mentions = select("""
                SELECT ?label ?start ?end ?text WHERE {
                  ?e qawl:eventType ?type ; qawl:eventMention ?m .
                  ?m qawl:inReport ?r ; qawl:start ?start ; qawl:end ?end ; rdfs:label ?label .
                  ?r qawl:text ?text .
                  FILTER (STR(?label) = SUBSTR(STR(?text), ?start + 1, ?end - ?start))
                }""");
        List<JsonNode> all = select("""
                SELECT ?m WHERE { ?e qawl:eventType ?type ; qawl:eventMention ?m }""");

        assertThat(events).as("events without a mention").isEmpty();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        assertThat(mentions).as("mentions whose label is their span").hasSameSizeAs(all);
        assertThat(mentions).extracting(row -> value(row, "label"))
                .contains("احتجاجات", "مظاهرات", "الاحتجاجات", "تظاهر", "المظاهرات", "اتصالا هاتفيا");
        // «🔴 عاجل: احتجاجات»: the emoji is one code point (two UTF-16 units), so the word starts at 8, not 9
        assertThat(mentions).filteredOn(row -> value(row, "label").equals("احتجاجات"))
                .singleElement().satisfies(row -> assertThat(value(row, "start")).isEqualTo("8"));
    }

    @Test
    void aStatementThatNamesTheProtestIsAboutItsReportsEvent() throws IOException {
        List<JsonNode> rows = select("""
                SELECT ?content ?event ?eventReport ?statementReport WHERE {
                  ?s a qawl:Statement ; qawl:content ?content ; qawl:about ?event ; qawl:inReport ?statementReport .
                  ?event qawl:eventType et:Protest ; qawl:reportedIn ?eventReport .
                }""");

        // the spokesman's words, and the headline, which the report itself states
        assertThat(rows).extracting(row -> value(row, "content")).containsExactlyInAnyOrder(
                "الاحتجاجات في الإسكندرية ظلت سلمية حتى المساء", "احتجاجات في الإسكندرية على غلاء المعيشة");
        assertThat(rows).allSatisfy(row -> {
            assertThat(value(row, "statementReport")).isEqualTo(IRIS.report("alex-a").getURI());
            assertThat(value(row, "eventReport")).isEqualTo(IRIS.report("alex-a").getURI());
            // the report's own account, which is merged into the event across reports
            assertThat(value(row, "event")).startsWith(IRIS.base() + "event/alex-a/");
        });
    }

    private static List<JsonNode> select(String query) throws IOException {
        Path file = Files.createTempFile(temp, "query", ".rq");
        Files.writeString(file, PREFIXES + query);
        CliRun run = CliRun.of("query", "--store", store.toString(), file.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("results").get("bindings").forEach(rows::add);
        return rows;
    }

    private static String value(JsonNode row, String variable) {
        return row.get(variable).get("value").asText();
    }
}
