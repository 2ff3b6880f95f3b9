package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** UTF-16 indices to code-point offsets, so SPARQL's SUBSTR finds what a span says. */
class CodePointsTest {
    @Test
    void keepsOffsetsOfTextWithoutSupplementaryCharacters() {
        String text = "قال المتحدث: «الوضع مستقر».";
        CodePoints codePoints = new CodePoints(text);
        int start = text.indexOf("الوضع");

        assertThat(codePoints.offset(start)).isEqualTo(start);
        assertThat(codePoints.offset(text.length())).isEqualTo(text.length());
    }

    @Test
    void countsAnEmojiBeforeTheSpanAsOneCodePoint() {
        String text = "📢 عاجل: قال المتحدث «الوضع مستقر»";
        CodePoints codePoints = new CodePoints(text);
        int start = text.indexOf("الوضع مستقر");
        int end = start + "الوضع مستقر".length();

        assertThat(codePoints.offset(start)).isEqualTo(start - 1)
                .isEqualTo(text.codePointCount(0, start));
        assertThat(codePoints.offset(end)).isEqualTo(end - 1);
        assertThat(substr(text, codePoints.offset(start), codePoints.offset(end)))
                .isEqualTo("الوضع مستقر");
    }

    @Test
    void countsEachOfSeveralSupplementaryCharactersOnce() {
        String text = "🇸🇦 𝐀 أعلنت الوزارة";
        CodePoints codePoints = new CodePoints(text);
        int start = text.indexOf("أعلنت");

        // a flag is two regional-indicator code points, each a surrogate pair; 𝐀 is one more pair
        assertThat(codePoints.offset(start)).isEqualTo(start - 3);
        assertThat(substr(text, codePoints.offset(start), codePoints.offset(text.length())))
                .isEqualTo("أعلنت الوزارة");
    }

    @Test
    void leavesOffsetsBeforeAnEmojiUnchanged() {
        String text = "أعلنت الوزارة 🎉";
        CodePoints codePoints = new CodePoints(text);
        int end = text.indexOf(" 🎉");

        assertThat(codePoints.offset(end)).isEqualTo(end);
        assertThat(codePoints.offset(text.length())).isEqualTo(text.length() - 1);
    }

    /** What SPARQL's SUBSTR(?text, start + 1, end - start) returns, counting code points. */
    private static String substr(String text, int start, int end) {
        int[] codePoints = text.codePoints().toArray();
        return new String(codePoints, start, end - start);
    }
}
