package org.qawl.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link Qawl} and {@code ontology/qawl.ttl} (and the JSON-LD context) from drifting
 * apart: every constant is a declared term and every declared term has a constant, each with
 * English and Arabic labels and comments. Reflection is used here only, in a test, so the
 * vocabulary class itself stays plain constants (STYLE.md).
 */
class QawlVocabularyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Node> TERM_TYPES =
            Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode());

    static Path projectDir;
    static Graph ontology;
    /** Constant name to its value, in name order so failures list terms predictably. */
    static Map<String, Node> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        projectDir = Path.of(System.getProperty("qawl.project.dir", "."));
        ontology = RDFDataMgr.loadGraph(projectDir.resolve("ontology/qawl.ttl").toString());
        constants = new TreeMap<>();
        for (Field field : Qawl.class.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && field.getType() == Node.class) {
                constants.put(field.getName(), (Node) field.get(null));
            }
        }
    }

    /** The ontology is loaded into every store: a blank node would differ on each build, so rebuilds would not give the same quads. */
    @Test
    void theOntologyHasNoBlankNodes() {
        assertThat(ontology.find().toList()).filteredOn(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .isEmpty();
    }

    @Test
    void everyConstantIsNamedLikeItsLocalName() {
        assertThat(constants).isNotEmpty();
        constants.forEach((name, node) ->
                assertThat(node.getURI()).as(name).isEqualTo(Qawl.NS + name));
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() {
        List<String> undeclared = new ArrayList<>();
        constants.forEach((name, node) -> {
            if (declaredTypes(node).isEmpty()) {
                undeclared.add(name);
            }
        });
        assertThat(undeclared).as("constants of Qawl with no owl:Class/ObjectProperty/"
                + "DatatypeProperty declaration in ontology/qawl.ttl").isEmpty();
    }

    @Test
    void everyTermOfTheNamespaceInTheOntologyHasAConstant() {
        // any position counts: a range or superclass in our namespace must be a real term too
        Set<String> missing = new TreeSet<>();
        ontology.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(n -> n.isURI() && n.getURI().startsWith(Qawl.NS))
                .map(n -> n.getURI().substring(Qawl.NS.length()))
                .filter(local -> !constants.containsKey(local))
                .forEach(missing::add));
        assertThat(missing).as("qawl terms in ontology/qawl.ttl with no constant in Qawl").isEmpty();
    }

    @Test
    void classesAreCapitalizedAndPropertiesAreNot() {
        constants.forEach((name, node) -> {
            Set<Node> types = declaredTypes(node);
            assertThat(types).as(name + " has exactly one kind").hasSizeLessThanOrEqualTo(1);
            boolean isClass = types.contains(OWL.Class.asNode());
            assertThat(Character.isUpperCase(name.charAt(0))).as(name + " is a class").isEqualTo(isClass);
        });
    }

    @Test
    void everyTermHasOneEnglishAndOneArabicLabelAndComment() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Node> entry : constants.entrySet()) {
            for (Node property : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                for (String language : List.of("en", "ar")) {
                    long count = ontology.find(entry.getValue(), property, Node.ANY)
                            .filterKeep(t -> t.getObject().isLiteral()
                                    && t.getObject().getLiteralLanguage().equals(language)
                                    && !t.getObject().getLiteralLexicalForm().isBlank())
                            .toList().size();
                    if (count != 1) {
                        problems.add(entry.getKey() + " has " + count + " "
                                + property.getLocalName() + "@" + language);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicTextsAreArabicAndEnglishTextsAreNot() {
        // catches a label pasted under the wrong language tag
        ontology.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && !o.getLiteralLanguage().isEmpty()) {
                boolean hasArabic = o.getLiteralLexicalForm().codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
                if (o.getLiteralLanguage().equals("ar")) {
                    assertThat(hasArabic).as(t.toString()).isTrue();
                } else if (o.getLiteralLanguage().equals("en") && t.getPredicate().equals(RDFS.label.asNode())) {
                    assertThat(hasArabic).as(t.toString()).isFalse();
                }
            }
        });
    }

    @Test
    void theOntologyHeaderGivesVersionAndLicence() {
        Node ontologyIri = NodeFactory.createURI("https://w3id.org/qawl/ns");
        assertThat(ontology.contains(ontologyIri, RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
        assertThat(ontology.contains(ontologyIri, OWL.versionInfo.asNode(),
                NodeFactory.createLiteralString("0.1.0"))).isTrue();
        assertThat(ontology.contains(ontologyIri, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0"))).isTrue();
    }

    @Test
    void theJsonLdContextUsesOnlyDeclaredTerms() throws IOException {
        Set<String> unknown = new TreeSet<>();
        jsonLdContext().properties().forEach(entry -> {
            JsonNode definition = entry.getValue();
            String iri = definition.isTextual() ? definition.asText()
                    : definition.path("@id").asText(definition.path("@reverse").asText());
            if (iri.startsWith("qawl:") && !constants.containsKey(iri.substring("qawl:".length()))) {
                unknown.add(entry.getKey() + " -> " + iri);
            }
        });
        assertThat(unknown).as("terms of context.jsonld that are not in Qawl").isEmpty();
    }

    @Test
    void theJsonLdContextTurnsPlainJsonIntoTypedTriples() throws IOException {
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", jsonLdContext());
        document.put("id", "https://w3id.org/qawl/kb/statement/r1/12")
                .put("type", "Statement")
                .put("report", "https://w3id.org/qawl/kb/report/r1")
                .put("speaker", "https://w3id.org/qawl/kb/actor/لافروف")
                .put("speakerText", "لافروف")
                .put("content", "الوضع مستقر")
                .put("mode", "direct")
                .put("start", 12)
                .put("end", 23)
                .put("confidence", "0.90");
        String json = JSON.writeValueAsString(document);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, Lang.JSONLD11).parse(graph);

        Node statement = NodeFactory.createURI("https://w3id.org/qawl/kb/statement/r1/12");
        assertThat(graph.contains(statement, RDF.type.asNode(), Qawl.Statement)).isTrue();
        assertThat(graph.contains(statement, Qawl.inReport,
                NodeFactory.createURI("https://w3id.org/qawl/kb/report/r1"))).isTrue();
        assertThat(graph.contains(statement, Qawl.speaker,
                NodeFactory.createURI("https://w3id.org/qawl/kb/actor/لافروف"))).isTrue();
        assertThat(graph.contains(statement, Qawl.content,
                NodeFactory.createLiteralLang("الوضع مستقر", "ar"))).isTrue();
        assertThat(graph.contains(statement, Qawl.mode, NodeFactory.createLiteralString("direct"))).isTrue();
        assertThat(graph.contains(statement, Qawl.start,
                NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger))).isTrue();
        assertThat(graph.contains(statement, Qawl.confidence,
                NodeFactory.createLiteralDT("0.90", XSDDatatype.XSDdecimal))).isTrue();
    }

    /** The term definitions of ontology/context.jsonld. */
    private static ObjectNode jsonLdContext() throws IOException {
        JsonNode file = JSON.readTree(projectDir.resolve("ontology/context.jsonld").toFile());
        return (ObjectNode) file.get("@context");
    }

    private static Set<Node> declaredTypes(Node term) {
        Set<Node> types = new TreeSet<>(Comparator.comparing(Node::getURI));
        ontology.find(term, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(TERM_TYPES::contains).forEach(types::add);
        return types;
    }
}
