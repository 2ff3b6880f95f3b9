package org.qawl.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the inputs of a build (files and folders, recursively) into report files, sorted. */
public final class ReportFiles {
    private static final List<String> EXTENSIONS = List.of(".txt", ".json", ".jsonl", ".jsonl.gz");

    private ReportFiles() {}

    public static boolean isReportFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    /**
     * Files named on the command line are taken whatever their extension (and rejected later
     * with a reason if unreadable); inside folders only report extensions are taken.
     */
    public static List<Path> expand(List<Path> inputs) throws BadInputException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ReportFiles::isReportFile).sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new BadInputException(input.toString(), "cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new BadInputException(input.toString(), "no such file or folder");
            }
        }
        return files;
    }
}
