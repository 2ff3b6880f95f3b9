package org.qawl.text;

/** Something a recognizer found in a report's text, located by its span. No RDF here. */
public interface Mention {
    Span span();
}
