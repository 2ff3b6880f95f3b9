package org.qawl.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads report files: {@code .txt} (title on line 1, body after), {@code .json} (one report
 * object) and {@code .jsonl} (one object a line) with fields id, title, text, date, source, url.
 * Every problem is a {@link BadInputException} naming the file (and line) and the reason.
 */
public final class ReportReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The reports of one file, and the lines of it that could not be read. */
    public record FileReports(List<Report> reports, List<BadInputException> skipped) {}

    private ReportReader() {}

    public static FileReports read(Path file) throws BadInputException {
        String location = file.toString();
        String content = decodeUtf8(file);
        if (content.isBlank()) {
            throw new BadInputException(location, "empty file");
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            return readJsonLines(location, content);
        }
        if (lower.endsWith(".json")) {
            return new FileReports(List.of(fromJson(location, content, null)), List.of());
        }
        if (lower.endsWith(".txt")) {
            String id = baseName(name);
            if (!ReportIds.isValid(id)) {
                throw new BadInputException(location, "file name \"" + id + "\" " + ReportIds.RULE);
            }
            return new FileReports(List.of(fromText(location, id, content)), List.of());
        }
        throw new BadInputException(location, "not a report file (expected .txt, .json or .jsonl)");
    }

    /**
     * Reads any report file, giving each report to {@code reports} as soon as it is read and
     * each unreadable line to {@code skipped}. {@code .jsonl} and {@code .jsonl.gz} are streamed
     * line by line, so a corpus file larger than memory can be built.
     */
    public static void forEach(Path file, Consumer<Report> reports,
            Consumer<BadInputException> skipped) throws BadInputException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".jsonl") && !lower.endsWith(".jsonl.gz")) {
            FileReports read = read(file);
            read.reports().forEach(reports);
            read.skipped().forEach(skipped);
            return;
        }
        String location = file.toString();
        int number = 0;
        int found = 0;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = lower.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    reports.accept(fromJson(location + ":" + number, line, location));
                    found++;
                } catch (BadInputException e) {
                    skipped.accept(e);
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(location + ":" + (number + 1), "not UTF-8 text");
        } catch (java.util.zip.ZipException e) {
            throw new BadInputException(location, "not a gzip file: " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(location, "cannot read: " + e.getMessage());
        }
        if (found == 0 && number == 0) {
            throw new BadInputException(location, "empty file");
        }
    }

    static Report fromText(String location, String id, String text) {
        int newline = text.indexOf('\n');
        String title = (newline < 0 ? text : text.substring(0, newline)).strip();
        return new Report(id, title, text, Optional.empty(), Optional.empty(), Optional.empty(),
                location);
    }

    private static FileReports readJsonLines(String location, String content)
            throws BadInputException {
        List<Report> reports = new ArrayList<>();
        List<BadInputException> skipped = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String lineLocation = location + ":" + (i + 1);
            try {
                reports.add(fromJson(lineLocation, lines[i], location));
            } catch (BadInputException e) {
                skipped.add(e);
            }
        }
        if (reports.isEmpty() && skipped.isEmpty()) {
            throw new BadInputException(location, "no reports in file");
        }
        return new FileReports(reports, skipped);
    }

    private static Report fromJson(String location, String json, String sourceFile)
            throws BadInputException {
        JsonNode node;
        try (JsonParser parser = JSON.createParser(json)) {
            node = JSON.readTree(parser);
            if (parser.nextToken() != null) { // readTree alone ignores what follows the value
                throw new BadInputException(location, "malformed JSON: more content after the "
                        + "first value" + at(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            // getMessage() adds a multi-line source excerpt; errors are one line
            throw new BadInputException(location, "malformed JSON: " + e.getOriginalMessage()
                    + at(e.getLocation()));
        } catch (IOException e) {
            throw new BadInputException(location, "malformed JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(location, "expected a JSON object with id, title and text");
        }
        String id = requiredString(location, node, "id");
        if (!ReportIds.isValid(id)) {
            throw new BadInputException(location, "id \"" + id + "\" " + ReportIds.RULE);
        }
        String title = optionalString(location, node, "title").orElse("");
        String body = requiredString(location, node, "text");
        // offsets refer to the title, a newline and the body (DESIGN.md §1)
        String text = title + "\n" + body;
        return new Report(id, title.strip(), text, optionalString(location, node, "date"),
                optionalString(location, node, "source"), optionalString(location, node, "url"),
                sourceFile == null ? location : sourceFile);
    }

    private static String at(JsonLocation where) {
        return where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static String requiredString(String location, JsonNode node, String field)
            throws BadInputException {
        return optionalString(location, node, field)
                .orElseThrow(() -> new BadInputException(location, "missing field \"" + field + "\""));
    }

    private static Optional<String> optionalString(String location, JsonNode node, String field)
            throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isBinary()) {
            throw new BadInputException(location, "field \"" + field + "\" is not a string");
        }
        String text = value.asText();
        return text.isBlank() && !field.equals("text") ? Optional.empty() : Optional.of(text);
    }

    private static String decodeUtf8(Path file) throws BadInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInputException(file.toString(), "not UTF-8 text");
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
