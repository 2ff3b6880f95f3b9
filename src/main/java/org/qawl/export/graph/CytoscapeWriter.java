package org.qawl.export.graph;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Cytoscape JSON ({@code .cyjs}): what {@code cy.json()} reads in Cytoscape.js and what
 * Cytoscape desktop imports (File → Import → Network from File). Every element has a
 * {@code data} object with the columns of {@link Columns}; lists stay JSON arrays. Nodes also
 * carry {@code name} (Cytoscape desktop's default label column) and edges {@code interaction}.
 * Written with Jackson's streaming generator.
 */
final class CytoscapeWriter implements GraphWriter {

    @Override
    public void write(ProjectedGraph graph, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            write(graph, json);
        }
    }

    static void write(ProjectedGraph graph, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format_version", "1.0");
        json.writeStringField("generated_by", "qawl");
        json.writeStringField("target_cytoscapejs_version", "~3.33");
        json.writeObjectFieldStart("data");
        json.writeStringField("name", graph.name());
        json.writeStringField("view", graph.view().name().toLowerCase(java.util.Locale.ROOT));
        json.writeBooleanField("directed", graph.directed());
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        json.writeArrayFieldStart("nodes");
        for (GraphNode node : graph.nodes()) {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", node.id());
            json.writeStringField("name", node.label());
            for (Columns.Column<GraphNode> column : Columns.NODE) {
                field(json, column, column.value().apply(node));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        for (GraphEdge edge : graph.edges()) {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", edge.id());
            json.writeStringField("source", edge.source());
            json.writeStringField("target", edge.target());
            json.writeStringField("interaction", edge.kind());
            for (Columns.Column<GraphEdge> column : Columns.EDGE) {
                field(json, column, column.value().apply(edge));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, Columns.Column<?> column, Object value) throws IOException {
        if (value instanceof List<?> list) {
            json.writeArrayFieldStart(column.name());
            for (Object item : list) {
                json.writeString(String.valueOf(item));
            }
            json.writeEndArray();
        } else if (value instanceof Integer number) {
            json.writeNumberField(column.name(), number);
        } else {
            json.writeStringField(column.name(), value == null ? "" : value.toString());
        }
    }
}
