package org.qawl.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request paths under /kb/ back to the published IRIs, and IRIs to the paths that serve them. */
class KbPathsTest {
    private final KbPaths paths = new KbPaths("https://w3id.org/qawl/kb/");

    @Test
    void arabicLettersSentPercentEncodedAreDecodedInEitherCase() {
        assertThat(paths.iri("/kb/actor/%D8%AA%D9%88%D9%83%D8%A7%D9%8A%D9%8A%D9%81"))
                .hasValue("https://w3id.org/qawl/kb/actor/توكاييف");
        assertThat(paths.iri("/kb/actor/%d8%aa%d9%88%d9%83%d8%a7%d9%8a%d9%8a%d9%81"))
                .hasValue("https://w3id.org/qawl/kb/actor/توكاييف");
        assertThat(paths.iri("/kb/actor/توكاييف")).hasValue("https://w3id.org/qawl/kb/actor/توكاييف");
    }

    @Test
    void escapesTheIrisKeepStayEncodedInUpperCase() {
        // Iris.segment writes a space as %20 and a slash inside a key as %2F
        assertThat(paths.iri("/kb/actor/a%20b")).hasValue("https://w3id.org/qawl/kb/actor/a%20b");
        assertThat(paths.iri("/kb/report/x%2fy")).hasValue("https://w3id.org/qawl/kb/report/x%2Fy");
        assertThat(paths.iri("/kb/statement/r1/%31%32")).hasValue("https://w3id.org/qawl/kb/statement/r1/12");
        assertThat(paths.iri("/kb/actor/%FF%FE")).hasValue("https://w3id.org/qawl/kb/actor/%FF%FE");
        assertThat(paths.iri("/kb/actor/100%")).hasValue("https://w3id.org/qawl/kb/actor/100%");
    }

    @Test
    void onlyPathsUnderKbNameResources() {
        assertThat(paths.iri("/kb/")).isEmpty();
        assertThat(paths.iri("/kb")).isEmpty();
        assertThat(paths.iri("/qawl/sparql")).isEmpty();
    }

    @Test
    void irisUnderTheBaseLinkToTheirLocalPath() {
        assertThat(paths.path("https://w3id.org/qawl/kb/actor/توكاييف")).hasValue("/kb/actor/توكاييف");
        assertThat(paths.path("https://w3id.org/qawl/kb/statement/r1/12-2")).hasValue("/kb/statement/r1/12-2");
        assertThat(paths.path("https://w3id.org/qawl/kb/actor/a\"<b>")).hasValue("/kb/actor/a%22%3Cb%3E");
        assertThat(paths.path("https://example.org/actor/x")).isEmpty();
    }
}
