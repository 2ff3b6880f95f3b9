package org.qawl.map;

import org.apache.jena.riot.system.StreamRDF;
import org.qawl.ingest.Report;
import org.qawl.text.Mentions;

/**
 * Turns what the recognizers found in one report into quads, sent to a StreamRDF. Only mappers
 * know the vocabulary. Stateless: everything a mapper needs comes in its arguments.
 */
public interface Mapper {
    void map(Report report, Mentions mentions, MappingContext context, StreamRDF out);
}
