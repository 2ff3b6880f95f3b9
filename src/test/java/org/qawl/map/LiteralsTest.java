package org.qawl.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralsTest {
    @Test
    void dateTimesKeepTheirSecondsEvenWhenZero() {
        assertThat(Literals.date("2015-07-21 02:52:00").getLiteralLexicalForm()).isEqualTo("2015-07-21T02:52:00");
        assertThat(Literals.date("2015-07-21 02:52:00").getLiteralDatatypeURI()).endsWith("#dateTime");
        assertThat(Literals.date("2022-01-10").getLiteralDatatypeURI()).endsWith("#date");
        assertThat(Literals.date("yesterday").getLiteralLexicalForm()).isEqualTo("yesterday");
    }
}
