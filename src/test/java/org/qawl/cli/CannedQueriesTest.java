package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class CannedQueriesTest {
    @Test
    void theNamesListedAreExactlyTheQueriesOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)))
                    .containsExactlyInAnyOrderElementsOf(CannedQueries.NAMES);
        }
    }

    @Test
    void everyCannedQueryLoadsByNameAndParses() {
        for (String name : CannedQueries.NAMES) {
            assertThat(QueryFactory.create(CannedQueries.load(name)).isUnknownType()).as(name).isFalse();
        }
    }

    @Test
    void sparqlTextIsTakenAsTheQueryItself() {
        String text = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1";
        assertThat(CannedQueries.load(text)).isEqualTo(text);
    }

    @Test
    void anUnknownNameListsTheCannedQueries() {
        assertThatThrownBy(() -> CannedQueries.load("no-such-query"))
                .hasMessageContaining("no-such-query").hasMessageContaining("conflicting-figures");
    }
}
