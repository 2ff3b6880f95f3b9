package org.qawl.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads the gazetteer files from the classpath folder {@value Gazetteer#RESOURCE_DIR}: Turtle
 * files into one graph, the TSV lexicons into lists. A folder inside a jar cannot be
 * listed, so the file names come from {@code index.txt} or from the caller.
 */
final class GazetteerLoader {
    static final String INDEX = "index.txt";
    static final String BODY_HEADS = "government-bodies.tsv";
    static final String TITLES = "titles.tsv";
    static final String ORGANIZATION_BODY_HEADS = "organization-bodies.tsv";

    final Graph graph = GraphFactory.createDefaultGraph();
    List<GazetteerLexicon.BodyHead> bodyHeads = List.of();
    List<GazetteerLexicon.BodyHead> organizationBodyHeads = List.of();
    List<GazetteerLexicon.Title> titles = List.of();

    /** The file names listed in {@code index.txt}, in order. */
    static List<String> indexedNames() {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = open(INDEX)) {
            String line;
            while ((line = in.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX, e);
        }
        return names;
    }

    void load(String name) {
        if (name.endsWith(".ttl")) {
            try (InputStream in = stream(name)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        } else if (name.equals(BODY_HEADS)) {
            try (BufferedReader in = open(name)) {
                bodyHeads = GazetteerLexicon.bodyHeads(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        } else if (name.equals(ORGANIZATION_BODY_HEADS)) {
            try (BufferedReader in = open(name)) {
                organizationBodyHeads = GazetteerLexicon.bodyHeads(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        } else if (name.equals(TITLES)) {
            try (BufferedReader in = open(name)) {
                titles = GazetteerLexicon.titles(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        } else {
            throw new IllegalArgumentException("not a gazetteer file: " + name);
        }
    }

    static BufferedReader open(String name) {
        return new BufferedReader(new InputStreamReader(stream(name), StandardCharsets.UTF_8));
    }

    static InputStream stream(String name) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(Gazetteer.RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource not on the classpath: "
                    + Gazetteer.RESOURCE_DIR + name);
        }
        return in;
    }
}
