package org.qawl.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A JDK {@link XMLStreamWriter} in UTF-8 with line breaks and indentation between elements. */
final class Xml implements AutoCloseable {
    private final XMLStreamWriter xml;
    private int depth;

    Xml(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element on a new line; {@code attributes} are name, value pairs (null values skipped). */
    Xml open(String name, String... attributes) throws IOException {
        return start(name, false, attributes);
    }

    /** An element with no content. */
    Xml empty(String name, String... attributes) throws IOException {
        return start(name, true, attributes);
    }

    /** An element holding text only. */
    Xml text(String name, String text, String... attributes) throws IOException {
        start(name, false, attributes);
        try {
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        depth--;
        return this;
    }

    /** Ends the element opened last. */
    Xml end() throws IOException {
        depth--;
        newline();
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml namespace(String prefix, String uri) throws IOException {
        try {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml attribute(String name, String value) throws IOException {
        try {
            if (name.startsWith("xsi:")) {
                xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", name.substring(4), clean(value));
            } else {
                xml.writeAttribute(name, clean(value));
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml comment(String text) throws IOException {
        newline();
        try {
            xml.writeComment(" " + text.replace("--", "- -") + " ");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    private Xml start(String name, boolean empty, String... attributes) throws IOException {
        newline();
        try {
            if (empty) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
                depth++;
            }
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    attribute(attributes[i], attributes[i + 1]);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Drops the characters XML 1.0 cannot hold (controls other than tab, line feed, return). */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (bad && out == null) {
                out = new StringBuilder(text.substring(0, i));
            } else if (!bad && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private void newline() throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
