package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.iri.Iris;
import org.qawl.store.Tdb2Store;

/** {@code qawl validate}: a clean store exits 0 with one line; a broken statement is reported and exits 3. */
class ValidateCommandTest {
    @TempDir
    static Path temp;
    static Path clean;

    @BeforeAll
    static void buildSampleStore() {
        clean = temp.resolve("clean");
        CliRun build = CliRun.of("build", "--store", clean.toString(),
                CliRun.projectDir().resolve("data/reports").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void theSampleStoreConformsAndSaysSoInOneLine() {
        CliRun run = CliRun.of("validate", "--store", clean.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).singleElement().asString()
                .startsWith("qawl: 6 graph(s)").contains("all conform");
    }

    @Test
    void aBrokenStatementIsReportedWithGraphFocusPathMessageAndValue() {
        Path broken = temp.resolve("broken");
        CliRun.of("build", "--store", broken.toString(), CliRun.projectDir().resolve("data/reports").toString());
        Node graph = Iris.defaults().reportGraph("broken");
        // «قال الوزير "الوضع مستقر"»: the content is code points [12, 23); here it says something else,
        // and the mode is not one of direct, indirect, mixed
        String turtle = """
                PREFIX qawl: <https://w3id.org/qawl/ns#>
                PREFIX kb: <https://w3id.org/qawl/kb/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                kb:report\\/broken a qawl:Report ; qawl:title "قال الوزير"@ar ;
                    qawl:text "قال الوزير \\"الوضع مستقر\\""@ar ; qawl:language "ar" .
                kb:actor\\/الوزير a qawl:Person ; rdfs:label "الوزير"@ar .
                kb:statement\\/broken\\/12 a qawl:Statement ; qawl:inReport kb:report\\/broken ;
                    qawl:speaker kb:actor\\/الوزير ; qawl:speakerText "الوزير"@ar ;
                    qawl:content "الوضع متوتر"@ar ; qawl:start 12 ; qawl:end 23 ;
                    qawl:mode "quoted" ; qawl:rule "test" ; qawl:confidence 0.9 .
                """;
        try (Tdb2Store store = Tdb2Store.open(broken)) {
            store.replaceGraph(graph, out -> RDFParser.fromString(turtle, Lang.TURTLE).parse(out));
        }

        CliRun run = CliRun.of("validate", "--store", broken.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out())
                .contains("Violation in <https://w3id.org/qawl/kb/graph/broken>")
                .contains("focus:   <https://w3id.org/qawl/kb/statement/broken/12>")
                .contains("path:    qawl:content")
                .contains("message: qawl:content is not the report text between qawl:start and qawl:end "
                        + "(expected \"الوضع مستقر\")")
                .contains("value:   \"الوضع متوتر\"@ar")
                .contains("path:    qawl:mode")
                .contains("value:   \"quoted\"")
                .contains("qawl: 2 violation(s) in 1 of 7 graph(s)");
    }

    @Test
    void noStoreIsBadInput() {
        CliRun run = CliRun.of("validate", "--store", temp.resolve("nothing-here").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no store at");
    }
}
