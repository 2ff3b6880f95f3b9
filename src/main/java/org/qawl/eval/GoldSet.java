package org.qawl.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold folder: statements.jsonl and actors.jsonl in the shared gold format. */
public record GoldSet(List<GoldStatement> statements, List<GoldActor> actors, List<GoldEvent> events,
        List<GoldDeployment> deployments) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static GoldSet read(Path folder) {
        List<GoldStatement> statements = new ArrayList<>();
        for (JsonNode row : rows(folder.resolve("statements.jsonl"))) {
            statements.add(new GoldStatement(text(row, "id"), text(row, "report"),
                    text(row, "speaker"), text(row, "speaker_text"), text(row, "verb"),
                    text(row, "content"), text(row, "mode"), row.path("content_start").asInt(),
                    row.path("content_end").asInt(), row.path("headline").asBoolean(false),
                    row.path("borderline").asBoolean(false)));
        }
        List<GoldActor> actors = new ArrayList<>();
        Path actorFile = folder.resolve("actors.jsonl");
        if (Files.exists(actorFile)) {
            for (JsonNode row : rows(actorFile)) {
                List<String> forms = new ArrayList<>();
                forms.add(text(row, "name_ar"));
                for (String field : List.of("variants_ar", "nisba_ar", "anaphora_ar", "titled_forms_ar")) {
                    row.path(field).forEach(form -> forms.add(form.asText()));
                }
                List<String> reports = new ArrayList<>();
                row.path("reports").forEach(r -> reports.add(r.asText()));
                actors.add(new GoldActor(text(row, "id"), text(row, "type"), text(row, "name_en"),
                        forms.stream().filter(f -> !f.isBlank()).distinct().toList(), reports,
                        row.path("specific").asBoolean(true)));
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        Path eventFile = folder.resolve("events.jsonl");
        if (Files.exists(eventFile)) {
            for (JsonNode row : rows(eventFile)) {
                List<GoldEvent.Mention> mentions = new ArrayList<>();
                row.path("mentions").forEach(m -> mentions.add(new GoldEvent.Mention(text(m, "report"), text(m, "text"))));
                List<GoldEvent.Count> counts = new ArrayList<>();
                for (JsonNode c : row.path("counts")) {
                    if (c.path("value").isNumber()) { // figures with no number («عشرات») are not gold counts
                        counts.add(new GoldEvent.Count(c.path("value").decimalValue(), text(c, "qualifier"),
                                text(c, "source"), text(c, "report"), text(c, "what")));
                    }
                }
                events.add(new GoldEvent(text(row, "id"), text(row, "type"), List.copyOf(mentions), List.copyOf(counts)));
            }
        }
        List<GoldDeployment> deployments = new ArrayList<>();
        Path deploymentFile = folder.resolve("deployments.jsonl");
        if (Files.exists(deploymentFile)) {
            for (JsonNode row : rows(deploymentFile)) {
                deployments.add(deployment(row));
            }
        }
        return new GoldSet(List.copyOf(statements), List.copyOf(actors), List.copyOf(events), List.copyOf(deployments));
    }

    private static GoldDeployment deployment(JsonNode row) {
        List<String> contributors = new ArrayList<>();
        row.path("contributors").forEach(c -> contributors.add(c.asText()));
        List<String> requested = new ArrayList<>();
        requested.add(text(row, "requested_by"));
        row.path("requested_by_alternatives").forEach(r -> requested.add(r.asText()));
        List<String> mentions = new ArrayList<>();
        row.path("mentions").forEach(m -> mentions.add(text(m, "text")));
        JsonNode withdrawal = row.path("withdrawal");
        return new GoldDeployment(text(row, "id"), text(row, "force"), text(row, "by"), List.copyOf(contributors),
                text(row, "destination"), List.copyOf(requested), text(row, "decided"), text(row, "start"),
                number(row, "troops"), number(row, "equipment"), text(row, "legal_basis_ar"), List.copyOf(mentions),
                text(withdrawal, "announced_by"), number(withdrawal, "start_within_days"),
                number(withdrawal, "max_days"));
    }

    private static java.util.Optional<Long> number(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || !value.isNumber() ? java.util.Optional.empty() : java.util.Optional.of(value.asLong());
    }

    private static List<JsonNode> rows(Path file) {
        List<JsonNode> rows = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (!line.isBlank()) {
                    try {
                        rows.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new IllegalArgumentException(file + ":" + number + ": malformed JSON", e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read gold", e);
        }
        return rows;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
