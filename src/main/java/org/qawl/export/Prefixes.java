package org.qawl.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.qawl.vocab.Qawl;

/**
 * The prefixes qawl declares wherever it writes RDF or shows IRIs: exports, served resources,
 * validation reports. One list, so every output abbreviates the same way.
 */
public final class Prefixes {
    private static final Map<String, String> FIXED = fixed();

    private Prefixes() {}

    private static Map<String, String> fixed() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("qawl", Qawl.NS);
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("schema", "https://schema.org/");
        prefixes.put("prov", "http://www.w3.org/ns/prov#");
        prefixes.put("oa", "http://www.w3.org/ns/oa#");
        prefixes.put("dcterms", "http://purl.org/dc/terms/");
        prefixes.put("void", "http://rdfs.org/ns/void#");
        prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
        return Map.copyOf(prefixes);
    }

    /** Prefix to namespace, in a fixed order, with {@code kb:} for the knowledge-base {@code base}. */
    public static Map<String, String> forBase(String base) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (String name : new String[] {"qawl", "rdf", "rdfs", "xsd", "owl", "skos", "schema", "prov",
                "oa", "dcterms", "void", "dcat", "foaf"}) {
            prefixes.put(name, FIXED.get(name));
        }
        prefixes.put("kb", base);
        return prefixes;
    }

    public static PrefixMap prefixMap(String base) {
        return PrefixMapFactory.create(forBase(base));
    }

    /** {@code prefix:local} when {@code iri} is in a known namespace and the rest is a plain name. */
    public static Optional<String> abbreviate(String iri, String base) {
        for (Map.Entry<String, String> entry : forBase(base).entrySet()) {
            String namespace = entry.getValue();
            if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
                String local = iri.substring(namespace.length());
                if (local.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                    return Optional.of(entry.getKey() + ":" + local);
                }
            }
        }
        return Optional.empty();
    }
}
