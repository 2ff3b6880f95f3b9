package org.qawl.serve.explore;

import org.qawl.iri.Iris;

/**
 * Where the explorer links a resource: a published IRI under the knowledge-base base
 * ({@code https://w3id.org/qawl/kb/actor/x}) to this server's linked-data page
 * ({@code /kb/actor/x}); any other IRI to itself.
 */
record Links(String base) {
    static Links defaults() {
        return new Links(Iris.DEFAULT_BASE);
    }

    String page(String iri) {
        return iri.startsWith(base) ? "/kb/" + iri.substring(base.length()) : iri;
    }
}
