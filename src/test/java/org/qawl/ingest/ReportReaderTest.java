package org.qawl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.ingest.ReportReader.FileReports;

/** Reading .txt, .json and .jsonl report files, and the reasons a file is refused. */
class ReportReaderTest {
    @TempDir
    Path dir;

    private static final String HEADLINE = "وزير الزراعة يفتتح معرض التمور السنوي";
    private static final String BODY = "افتتح وزير الزراعة صباح اليوم معرض التمور السنوي في العاصمة.\n"
            + "وقال الوزير إن المعرض يضم أكثر من مئتي جناح.\n";

    // ---- .txt ----

    @Test
    void readsTextFileWithIdFromFileNameTitleFromFirstLineAndWholeFileAsText() throws Exception {
        String content = "  " + HEADLINE + "  \n" + BODY;
        Path file = write("tamr-2024.txt", content);

        FileReports read = ReportReader.read(file);

        assertThat(read.skipped()).isEmpty();
        assertThat(read.reports()).singleElement().satisfies(report -> {
            assertThat(report.id()).isEqualTo("tamr-2024");
            assertThat(report.title()).isEqualTo(HEADLINE);
            assertThat(report.text()).isEqualTo(content);
            assertThat(report.date()).isEmpty();
            assertThat(report.source()).isEmpty();
            assertThat(report.url()).isEmpty();
            assertThat(report.sourceFile()).isEqualTo(file.toString());
        });
    }

    @Test
    void dropsByteOrderMarkFromTextFile() throws Exception {
        String content = HEADLINE + "\n" + BODY;
        Path file = writeBytes("with-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                content.getBytes(StandardCharsets.UTF_8)));

        Report report = ReportReader.read(file).reports().get(0);

        assertThat(report.text()).isEqualTo(content);
        assertThat(report.title()).isEqualTo(HEADLINE);
        assertThat(report.text().indexOf(HEADLINE)).isZero();
    }

    @Test
    void keepsCarriageReturnsInTextButNotInTitle() throws Exception {
        String content = HEADLINE + "\r\n" + "افتتح الوزير المعرض.\r\n";
        Path file = write("crlf.txt", content);

        Report report = ReportReader.read(file).reports().get(0);

        assertThat(report.title()).isEqualTo(HEADLINE);
        assertThat(report.text()).isEqualTo(content);
    }

    @Test
    void takesTextFileOfOneLineAsTitleAndText() throws Exception {
        Path file = write("headline-only.txt", HEADLINE);

        Report report = ReportReader.read(file).reports().get(0);

        assertThat(report.title()).isEqualTo(HEADLINE);
        assertThat(report.text()).isEqualTo(HEADLINE);
    }

    @Test
    void keepsOnlyLastExtensionOutOfTextFileId() throws Exception {
        Path file = write("nile.v2.txt", HEADLINE + "\n" + BODY);

        assertThat(ReportReader.read(file).reports().get(0).id()).isEqualTo("nile.v2");
    }

    @Test
    void acceptsArabicLettersAndDigitsInTextFileId() throws Exception {
        Path file = write("خبر_٢٠٢٤-03.txt", HEADLINE + "\n" + BODY);

        assertThat(ReportReader.read(file).reports().get(0).id()).isEqualTo("خبر_٢٠٢٤-03");
    }

    @Test
    void rejectsTextFileWhoseNameIsNotAValidId() throws Exception {
        Path file = write("two words.txt", HEADLINE + "\n" + BODY);

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("file name \"two words\"")
                .hasMessageContaining(ReportIds.RULE);
    }

    // ---- .json ----

    @Test
    void readsJsonReportWithTitleNewlineAndBodyAsText() throws Exception {
        String json = """
                {"id": "nile-7", "title": "%s", "text": "%s",
                 "date": "2024-03-05", "source": "وكالة أنباء النيل", "url": "https://example.org/nile-7"}
                """.formatted(HEADLINE, jsonEscape(BODY));
        Path file = write("nile-7.json", json);

        FileReports read = ReportReader.read(file);

        assertThat(read.skipped()).isEmpty();
        assertThat(read.reports()).singleElement().satisfies(report -> {
            assertThat(report.id()).isEqualTo("nile-7");
            assertThat(report.title()).isEqualTo(HEADLINE);
            assertThat(report.text()).isEqualTo(HEADLINE + "\n" + BODY);
            assertThat(report.date()).contains("2024-03-05");
            assertThat(report.source()).contains("وكالة أنباء النيل");
            assertThat(report.url()).contains("https://example.org/nile-7");
            assertThat(report.sourceFile()).isEqualTo(file.toString());
        });
    }

    @Test
    void takesIdFromJsonNotFromFileName() throws Exception {
        Path file = write("download (3).json",
                "{\"id\": \"gulf-12\", \"title\": \"عنوان\", \"text\": \"نص الخبر.\"}");

        assertThat(ReportReader.read(file).reports().get(0).id()).isEqualTo("gulf-12");
    }

    @Test
    void leavesMissingOptionalJsonFieldsEmpty() throws Exception {
        Path file = write("bare.json", "{\"id\": \"bare\", \"text\": \"أعلنت الوزارة نتائج الامتحانات.\"}");

        Report report = ReportReader.read(file).reports().get(0);

        assertThat(report.title()).isEmpty();
        assertThat(report.text()).isEqualTo("\nأعلنت الوزارة نتائج الامتحانات.");
        assertThat(report.date()).isEqualTo(Optional.empty());
        assertThat(report.source()).isEmpty();
        assertThat(report.url()).isEmpty();
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        Path file = write("broken.json", "{\"id\": \"broken\", \"title\": \"عنوان\", \"text\": ");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": malformed JSON");
    }

    @Test
    void rejectsJsonWithTrailingContentAfterTheObject() throws Exception {
        Path file = write("two-objects.json",
                "{\"id\": \"first\", \"text\": \"نص أول.\"}\n{\"id\": \"second\", \"text\": \"نص ثان.\"}\n");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": malformed JSON: more content after the first value at line 2, column 1");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() throws Exception {
        Path file = write("array.json", "[{\"id\": \"a\", \"text\": \"نص.\"}]");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("expected a JSON object");
    }

    @Test
    void rejectsJsonWithoutText() throws Exception {
        Path file = write("no-text.json", "{\"id\": \"no-text\", \"title\": \"" + HEADLINE + "\"}");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": missing field \"text\"");
    }

    @Test
    void rejectsJsonWithoutId() throws Exception {
        Path file = write("no-id.json", "{\"title\": \"عنوان\", \"text\": \"نص.\"}");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": missing field \"id\"");
    }

    @Test
    void rejectsJsonIdWithSlash() throws Exception {
        Path file = write("slash.json", "{\"id\": \"2024/03/nile\", \"text\": \"نص.\"}");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": id \"2024/03/nile\" " + ReportIds.RULE);
    }

    @Test
    void rejectsJsonIdWithSpace() throws Exception {
        Path file = write("space.json", "{\"id\": \"nile 7\", \"text\": \"نص.\"}");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": id \"nile 7\" " + ReportIds.RULE);
    }

    @Test
    void rejectsJsonFieldThatIsNotAString() throws Exception {
        Path file = write("nested.json", "{\"id\": \"nested\", \"text\": {\"ar\": \"نص.\"}}");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": field \"text\" is not a string");
    }

    // ---- .jsonl ----

    @Test
    void readsEveryLineOfJsonLinesIgnoringBlankLines() throws Exception {
        String content = "{\"id\": \"r1\", \"title\": \"الأول\", \"text\": \"قال المتحدث إن الوضع هادئ.\"}\n"
                + "\n"
                + "   \n"
                + "{\"id\": \"r2\", \"title\": \"الثاني\", \"text\": \"أكدت الوزارة وصول المساعدات.\"}\n"
                + "\n";
        Path file = write("batch.jsonl", content);

        FileReports read = ReportReader.read(file);

        assertThat(read.skipped()).isEmpty();
        assertThat(read.reports()).extracting(Report::id).containsExactly("r1", "r2");
        assertThat(read.reports()).extracting(Report::text)
                .containsExactly("الأول\nقال المتحدث إن الوضع هادئ.", "الثاني\nأكدت الوزارة وصول المساعدات.");
        assertThat(read.reports()).extracting(Report::sourceFile)
                .containsOnly(file.toString());
    }

    @Test
    void skipsMalformedJsonLineNamingFileAndLineWhileOtherLinesLoad() throws Exception {
        String content = "{\"id\": \"r1\", \"title\": \"الأول\", \"text\": \"نص أول.\"}\n"
                + "\n"
                + "{\"id\": \"r2\", \"title\": \"مقطوع\", \"text\": \n"
                + "{\"id\": \"r3\", \"title\": \"الثالث\", \"text\": \"نص ثالث.\"}\n";
        Path file = write("mixed.jsonl", content);

        FileReports read = ReportReader.read(file);

        assertThat(read.reports()).extracting(Report::id).containsExactly("r1", "r3");
        assertThat(read.skipped()).singleElement().satisfies(bad -> {
            assertThat(bad.location()).isEqualTo(file + ":3");
            assertThat(bad).hasMessageStartingWith(file + ":3: malformed JSON");
        });
    }

    @Test
    void readsJsonLinesWithWindowsLineEndings() throws Exception {
        String content = "{\"id\": \"r1\", \"title\": \"الأول\", \"text\": \"نص أول.\"}\r\n"
                + "\r\n"
                + "{\"id\": \"r2\", \"title\": \"الثاني\", \"text\": \"نص ثان.\"}\r\n";
        Path file = write("crlf.jsonl", content);

        FileReports read = ReportReader.read(file);

        assertThat(read.skipped()).isEmpty();
        assertThat(read.reports()).extracting(Report::text).containsExactly("الأول\nنص أول.", "الثاني\nنص ثان.");
    }

    @Test
    void reportsMalformedJsonOnOneLine() throws Exception {
        Path file = write("garbage.json", "{\"id\": \"g\", \"text\": نص}");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": malformed JSON: ")
                .hasMessageContaining("at line 1, column")
                .hasMessageNotContaining("\n");
    }

    @Test
    void skipsJsonLineWithInvalidIdNamingItsLine() throws Exception {
        String content = "{\"id\": \"a/b\", \"text\": \"نص.\"}\n"
                + "{\"id\": \"ok\", \"text\": \"نص.\"}\n";
        Path file = write("ids.jsonl", content);

        FileReports read = ReportReader.read(file);

        assertThat(read.reports()).extracting(Report::id).containsExactly("ok");
        assertThat(read.skipped()).singleElement()
                .satisfies(bad -> assertThat(bad).hasMessage(file + ":1: id \"a/b\" " + ReportIds.RULE));
    }

    // ---- any file ----

    @Test
    void rejectsFileThatIsNotUtf8() throws Exception {
        Path file = writeBytes("latin1.txt", "Café de la Paix\nle président a dit".getBytes(
                StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": not UTF-8 text");
    }

    @Test
    void rejectsInvalidUtf8BytesInsideArabicText() throws Exception {
        byte[] arabic = "قال الوزير".getBytes(StandardCharsets.UTF_8);
        Path file = writeBytes("cut.json", concat(arabic, new byte[] {(byte) 0xD9}));

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": not UTF-8 text");
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        Path file = write("empty.txt", "");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": empty file")
                .satisfies(e -> assertThat(((BadInputException) e).location()).isEqualTo(file.toString()));
    }

    @Test
    void rejectsFileOfOnlyBlankLines() throws Exception {
        Path file = write("blank.jsonl", "\n  \n\t\n");

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": empty file");
    }

    @Test
    void rejectsFileWithUnknownExtension() throws Exception {
        Path file = write("notes.md", HEADLINE + "\n" + BODY);

        assertThatThrownBy(() -> ReportReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": not a report file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
