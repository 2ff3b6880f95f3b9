package org.qawl.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/** The qawl ontology as shipped in the jar ({@code /qawl/ontology/qawl.ttl}). */
final class Ontology {
    private static final String RESOURCE = "/qawl/ontology/qawl.ttl";

    private Ontology() {}

    static void write(StreamRDF out) {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
