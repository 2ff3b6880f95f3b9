package org.qawl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding the inputs of a build into the report files to read. */
class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void expandsFolderRecursivelyInSortedOrder() throws Exception {
        Path b = touch("b.txt");
        Path a = touch("a.json");
        Path deepZ = touch("sub/z.txt");
        Path deepC = touch("sub/c.jsonl");
        Path deeper = touch("sub/inner/m.txt");

        List<Path> files = ReportFiles.expand(List.of(dir));

        assertThat(files).containsExactly(a, b, deepC, deeper, deepZ);
    }

    @Test
    void ignoresUnknownExtensionsAndHiddenFilesInsideFolders() throws Exception {
        Path report = touch("report.txt");
        Path upperCase = touch("REPORT2.TXT");
        touch("notes.md");
        touch("photo.jpg");
        touch("report.txt.bak");
        touch(".draft.txt");
        touch("sub/readme");

        List<Path> files = ReportFiles.expand(List.of(dir));

        assertThat(files).containsExactlyInAnyOrder(report, upperCase);
    }

    @Test
    void takesFileNamedDirectlyWhateverItsExtension() throws Exception {
        Path notes = touch("notes.md");

        assertThat(ReportFiles.expand(List.of(notes))).containsExactly(notes);
    }

    @Test
    void keepsTheOrderOfTheInputsAndSortsWithinEachFolder() throws Exception {
        Path second2 = touch("second/2.txt");
        Path second1 = touch("second/1.txt");
        Path first = touch("first/9.txt");
        Path single = touch("single.json");

        List<Path> files = ReportFiles.expand(List.of(dir.resolve("second"), single, dir.resolve("first")));

        assertThat(files).containsExactly(second1, second2, single, first);
    }

    @Test
    void expandsEmptyFolderToNothing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(ReportFiles.expand(List.of(empty))).isEmpty();
    }

    @Test
    void rejectsMissingPath() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> ReportFiles.expand(List.of(missing)))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file or folder");
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "عنوان\nنص الخبر.\n");
    }
}
