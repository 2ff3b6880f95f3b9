package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.iri.Iris;

/**
 * End to end on the sample reports: the parts actors play in the events, as the reports word
 * them. What the reports say (and the gold events.jsonl and deployments.jsonl record): the CSTO
 * sends its peacekeepers («منظمة معاهدة الأمن الجماعي ترسل قوات حفظ سلام إلى كازاخستان») at
 * the call of President Tokayev («بدعوة من رئيس البلاد، قاسم جومارت توكايف»، «نداء توكاييف
 * لتقديم المساعدة»), who addressed his appeal to the CSTO («بطلب المساعدة من منظمة معاهدة الأمن
 * الجماعي»); Foreign Minister Tleuberdi called Blinken («أجرى … مختار تلوبيردى، اتصالا مع
 * نظيره الأمريكى، أنتونى بلينكن»).
 */
class EventRolesEndToEndTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String PREFIXES = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX et: <https://w3id.org/qawl/event-type/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String TOKAYEV = IRIS.base() + "actor/person_قسم_جمرت_تكف";

    @TempDir
    static Path temp;
    static Path store;

    @BeforeAll
    static void buildTheSampleReports() {
        store = temp.resolve("store");
        CliRun build = CliRun.of("build", "--store", store.toString(), CliRun.projectDir().resolve("data/reports").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void theCstoSendsThePeacekeepersAtTokayevsRequest() throws IOException {
        List<JsonNode> rows = select("""
                SELECT ?part ?actor WHERE {
                  GRAPH <%s> { ?event qawl:eventType et:Deployment ; ?part ?actor .
                    VALUES ?part { qawl:agent qawl:target qawl:requester qawl:party } }
                }""".formatted(IRIS.eventsGraph().getURI()));

        assertThat(rows).extracting(row -> local(value(row, "part")) + " " + value(row, "actor")).containsExactlyInAnyOrder(
                "agent " + IRIS.actor("csto").getURI(), "requester " + TOKAYEV);
    }

    @Test
    void tokayevAndKazakhstanAskedTheCstoForHelp() throws IOException {
        List<JsonNode> rows = select("""
                SELECT ?part ?actor WHERE {
                  GRAPH <%s> { ?event qawl:eventType et:RequestForAssistance ; ?part ?actor .
                    VALUES ?part { qawl:agent qawl:requester } }
                }""".formatted(IRIS.eventsGraph().getURI()));

        assertThat(rows).extracting(row -> local(value(row, "part")) + " " + value(row, "actor")).containsExactlyInAnyOrder(
                "requester " + TOKAYEV, "requester " + IRIS.actor("kazakhstan").getURI());
        assertThat(select("""
                ASK { ?event qawl:eventType et:RequestForAssistance ; qawl:target <%s> }""".formatted(IRIS.actor("csto").getURI())))
                .singleElement().satisfies(row -> assertThat(row.asBoolean()).isTrue());
    }

    @Test
    void theForeignMinisterCalledHisAmericanCounterpart() throws IOException {
        List<JsonNode> rows = select("""
                SELECT ?part ?name WHERE {
                  ?event qawl:eventType et:PhoneCall ; qawl:reportedIn <%s> ; ?part ?actor .
                  VALUES ?part { qawl:agent qawl:party }
                  ?actor rdfs:label ?name FILTER(CONTAINS(STR(?name), "تلوبيردى") || CONTAINS(STR(?name), "بلينكن"))
                }""".formatted(IRIS.report("004_8278b886b146244e").getURI()));

        assertThat(rows).extracting(row -> local(value(row, "part")) + " " + value(row, "name")).contains(
                "agent مختار تلوبيردى", "party أنتونى بلينكن");
    }

    @Test
    void everyPartIsAlsoAPlainParticipant() throws IOException {
        List<JsonNode> alone = select("""
                SELECT ?event ?actor WHERE {
                  ?event qawl:agent|qawl:target|qawl:requester|qawl:party ?actor .
                  FILTER NOT EXISTS { ?event qawl:participant ?actor }
                }""");
        List<JsonNode> parts = select("""
                SELECT ?event ?actor WHERE { ?event qawl:agent|qawl:target|qawl:requester|qawl:party ?actor }""");

        assertThat(parts).hasSizeGreaterThanOrEqualTo(20);
        assertThat(alone).isEmpty();
    }

    @Test
    void theCannedQueryListsWhoDidWhatToWhomWithTheirSources() throws IOException {
        CliRun run = CliRun.of("query", "--store", store.toString(), "who-did-what-to-whom", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("results").get("bindings").forEach(rows::add);

        assertThat(rows).filteredOn(row -> value(row, "type").endsWith("/Deployment")).singleElement().satisfies(row -> {
            assertThat(value(row, "agents")).isEqualTo("منظمة معاهدة الأمن الجماعي");
            assertThat(value(row, "requesters")).contains("توكاي");
            assertThat(value(row, "sources").split(" ")).hasSize(5);
            assertThat(value(row, "date")).isEqualTo("2022-01-06");
        });
        assertThat(rows).filteredOn(row -> value(row, "type").endsWith("/PhoneCall")).hasSize(2)
                .allSatisfy(row -> assertThat(value(row, "parties")).isNotEmpty());
    }

    private static List<JsonNode> select(String query) throws IOException {
        Path file = Files.createTempFile(temp, "query", ".rq");
        Files.writeString(file, PREFIXES + query);
        CliRun run = CliRun.of("query", "--store", store.toString(), file.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<JsonNode> rows = new ArrayList<>();
        if (json.has("boolean")) {
            rows.add(json.get("boolean"));
        } else {
            json.get("results").get("bindings").forEach(rows::add);
        }
        return rows;
    }

    private static String value(JsonNode row, String variable) {
        return row.has(variable) ? row.get(variable).get("value").asText() : "";
    }

    private static String local(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }
}
