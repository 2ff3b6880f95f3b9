package org.qawl.export.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads exported files back for the tests: XML Schema validation of GraphML (the official
 * GraphML 1.0 schema) and GEXF (the official GEXF 1.3 schema), both shipped under
 * src/test/resources so no network is needed; XPath; JSON; and a DOT reader that checks the
 * structure the writer promises.
 */
final class GraphFiles {
    private static final String XSD = "/org/qawl/export/graph/xsd/";
    static final Schema GRAPHML = schema("graphml-1.0/graphml.xsd");
    static final Schema GEXF = schema("gexf-1.3/gexf.xsd");

    private GraphFiles() {}

    static byte[] export(org.qawl.store.ReportStore store, GraphFormat format, GraphView view, GraphFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            GraphExport.write(store, format, view, filter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Validates against the schema; throws with the line and the reason when invalid. */
    static void validate(Schema schema, byte[] xml) throws IOException, SAXException {
        Validator validator = schema.newValidator();
        // everything the schemas need is local: refuse any fetch a schemaLocation hint might start
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static NodeList xpath(Document document, String expression) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.NODESET);
    }

    static String xpathText(Document document, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, document);
    }

    static JsonNode json(byte[] bytes) throws IOException {
        return new ObjectMapper().readTree(bytes);
    }

    /** A parsed DOT file: the statements the writer emits, one per line. */
    record Dot(boolean directed, String name, Map<String, Map<String, String>> nodes,
            List<Map<String, String>> edges) {}

    private static final Pattern HEADER = Pattern.compile("^(digraph|graph) (\"(?:[^\"\\\\]|\\\\.)*\") \\{$");
    private static final Pattern NODE = Pattern.compile("^  (n\\d+) \\[(.*)\\];$");
    private static final Pattern EDGE = Pattern.compile("^  (n\\d+) (->|--) (n\\d+) \\[(.*)\\];$");
    private static final Pattern DEFAULTS = Pattern.compile("^  (graph|node|edge) \\[(.*)\\];$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"(, |$)");

    /** Reads what {@link DotWriter} writes; fails on any line it does not expect. */
    static Dot dot(byte[] bytes) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(line -> line.startsWith("//"));
        Matcher header = HEADER.matcher(lines.get(0));
        assertThat(header.matches()).as("header: %s", lines.get(0)).isTrue();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
        boolean directed = header.group(1).equals("digraph");
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        List<Map<String, String>> edges = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher m;
            if ((m = EDGE.matcher(line)).matches()) {
                assertThat(m.group(2)).isEqualTo(directed ? "->" : "--");
                assertThat(nodes).as("edge ends are declared before: %s", line).containsKeys(m.group(1), m.group(3));
                Map<String, String> attributes = attributes(m.group(4));
                attributes.put("_source", m.group(1));
                attributes.put("_target", m.group(3));
                edges.add(attributes);
            } else if ((m = NODE.matcher(line)).matches()) {
                nodes.put(m.group(1), attributes(m.group(2)));
            } else {
                assertThat(DEFAULTS.matcher(line).matches()).as("unexpected DOT line: %s", line).isTrue();
            }
        }
        return new Dot(directed, unquote(header.group(2).substring(1, header.group(2).length() - 1)), nodes, edges);
    }

    private static Map<String, String> attributes(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(list);
        int at = 0;
        while (m.find() && m.start() == at) {
            out.put(m.group(1), unquote(m.group(2)));
            at = m.end();
        }
        assertThat(at).as("attribute list parses to its end: %s", list).isEqualTo(list.length());
        return out;
    }

    /** The inverse of {@link DotWriter#quote} (without the quotes). */
    static String unquote(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Schema schema(String name) {
        URL url = GraphFiles.class.getResource(XSD + name);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }
}
