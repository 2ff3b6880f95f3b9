package org.qawl.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import no.hasmac.jsonld.JsonLd;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdOptions;
import no.hasmac.jsonld.document.JsonDocument;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * JSON-LD that reads as plain JSON: compacted with qawl's context ({@code ontology/context.jsonld},
 * inlined so no reader needs the network), one entry per named graph:
 * <pre>
 *   {"@context": {...}, "@graph": [ {"id": "…/graph/R", "@graph": [ {"id": "…", "type": "Statement", "content": "…"}, … ]}, … ]}
 * </pre>
 * Rio's JSON-LD writer compacts only with prefixes, so each graph goes through Rio (expanded
 * form) and is then compacted with the context by the same JSON-LD processor Rio uses. JSON-LD
 * is one document, but it is written piece by piece: memory holds one chunk of a graph at a time.
 */
final class JsonLdWriter {
    static final String CONTEXT_RESOURCE = "/qawl/ontology/context.jsonld";
    /** Triples compacted at a time: bounds memory whatever the size of a graph. */
    static final int CHUNK = 5000;

    private final JsonObject contextDocument = loadContext();
    private final JenaToRio convert = new JenaToRio();
    private final JsonGenerator json;
    private final int chunkSize;

    JsonLdWriter(OutputStream out) {
        this(out, CHUNK);
    }

    /** With another chunk size (tests). */
    JsonLdWriter(OutputStream out, int chunkSize) {
        this.chunkSize = chunkSize;
        this.json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8);
        json.writeStartObject();
        json.write("@context", contextDocument.get("@context"));
        json.writeStartArray("@graph");
    }

    /**
     * Writes one named graph's triples (grouped by subject, as the store returns them); returns
     * how many. A large graph is written as several entries with the same id, each of at most
     * about {@value #CHUNK} triples and never splitting a subject: JSON-LD readers merge them.
     */
    long graph(Node name, Iterator<Triple> triples) {
        long count = 0;
        Model chunk = new LinkedHashModel();
        Node subject = null;
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (chunk.size() >= chunkSize && !triple.getSubject().equals(subject)) {
                count += entry(name, chunk);
                chunk = new LinkedHashModel();
            }
            subject = triple.getSubject();
            chunk.add(convert.statement(triple));
        }
        if (count == 0 || !chunk.isEmpty()) {
            count += entry(name, chunk);
        }
        return count;
    }

    private long entry(Node name, Model model) {
        json.writeStartObject();
        json.write("id", name.getURI());
        json.writeStartArray("@graph");
        compact(model).forEach(json::write);
        json.writeEnd();
        json.writeEnd();
        return model.size();
    }

    /** Writes triples of the default graph (no graph name: a resource description); returns how many. */
    long nodes(Iterator<Triple> triples) {
        Model model = model(triples);
        compact(model).forEach(json::write);
        return model.size();
    }

    private Model model(Iterator<Triple> triples) {
        Model model = new LinkedHashModel();
        while (triples.hasNext()) {
            model.add(convert.statement(triples.next()));
        }
        return model;
    }

    void finish() {
        json.writeEnd();
        json.writeEnd();
        json.flush();
        json.close(); // the output itself stays open (close shield)
    }

    private JsonArray compact(Model model) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter writer = Rio.createWriter(RDFFormat.JSONLD, expanded);
        writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
        Rio.write(model, writer);
        try {
            JsonStructure input = Json.createReader(new ByteArrayInputStream(expanded.toByteArray())).read();
            JsonLdOptions options = new JsonLdOptions();
            options.setUriValidation(false); // IRIs with Arabic letters are valid IRIs
            JsonObject compacted = JsonLd.compact(JsonDocument.of(input), JsonDocument.of(contextDocument))
                    .options(options).get();
            if (compacted.containsKey("@graph")) {
                return compacted.getJsonArray("@graph");
            }
            if (compacted.size() <= 1) {
                return JsonValue.EMPTY_JSON_ARRAY; // an empty graph: only the context came back
            }
            var single = Json.createObjectBuilder(compacted);
            single.remove("@context");
            return Json.createArrayBuilder().add(single).build();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    private static JsonObject loadContext() {
        try (InputStream in = JsonLdWriter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CONTEXT_RESOURCE);
            }
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
