package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/** The gazetteer files themselves: they parse, each entry is well formed, names are unique. */
class GazetteerDataTest {
    private static final String ACTOR = Iris.DEFAULT_BASE + "actor/";
    private static final Pattern DOCUMENTED =
            Pattern.compile("^# AMBIGUOUS (.+?): ([a-z0-9_]+(?: [a-z0-9_]+)+)");

    static List<String> files;
    static Graph graph;
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        files = GazetteerLoader.indexedNames();
        graph = GraphFactory.createDefaultGraph();
        for (String name : ttlFiles()) {
            try (InputStream in = GazetteerLoader.stream(name)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            } catch (IOException e) {
                throw new AssertionError(name, e);
            }
        }
        gazetteer = Gazetteer.load();
    }

    private static List<String> ttlFiles() {
        return files.stream().filter(f -> f.endsWith(".ttl")).toList();
    }

    @Test
    void everyTurtleFileParsesOnItsOwnAndStartsWithAHeaderComment() throws IOException {
        for (String name : files) {
            String text = new String(GazetteerLoader.stream(name).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(text).as(name).startsWith("# " + name + ":");
            if (name.endsWith(".ttl")) {
                Graph one = GraphFactory.createDefaultGraph();
                RDFParser.fromString(text, Lang.TURTLE).parse(one);
                assertThat(one.size()).as(name).isPositive();
            }
        }
    }

    @Test
    void theIndexListsEveryFileInTheDataFolder() throws IOException {
        Path folder = Path.of(System.getProperty("qawl.project.dir", "."), "data/gazetteer");
        try (Stream<Path> listing = Files.list(folder)) {
            Set<String> present = new TreeSet<>(listing.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(GazetteerLoader.INDEX)).toList());
            assertThat(new TreeSet<>(files)).isEqualTo(present);
        }
    }

    @Test
    void everyEntryHasOneTypeOneArabicAndOneEnglishLabelAndASlugKey() {
        Set<Node> subjects = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        graph.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ACTOR)) {
                subjects.add(t.getSubject());
            }
        });
        assertThat(subjects).hasSize(gazetteer.entries().size());
        for (Node s : subjects) {
            String key = s.getURI().substring(ACTOR.length());
            assertThat(key).matches("[a-z0-9_]+");
            List<Node> types = graph.find(s, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Gazetteer.TYPES::contains).toList();
            assertThat(types).as(key).hasSize(1);
            for (String lang : List.of("ar", "en")) {
                assertThat(GazetteerGraph.literals(graph, s, RDFS.Nodes.label).stream()
                        .filter(l -> lang.equals(l.getLiteralLanguage())).count())
                        .as(key + " rdfs:label @" + lang).isEqualTo(1);
            }
        }
    }

    @Test
    void countriesWikidataLinksAndLanguagesAreWellFormed() {
        graph.find(Node.ANY, Qawl.country, Node.ANY).forEach(t -> assertThat(
                gazetteer.byIri(t.getObject()).map(GazetteerEntry::type))
                .as(t.getSubject() + " qawl:country").contains(Qawl.Country));
        graph.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEach(t ->
                assertThat(t.getObject().getURI()).matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"));
        Map<String, Node> byQid = new HashMap<>();
        graph.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEach(t -> assertThat(
                byQid.put(t.getObject().getURI(), t.getSubject())).as(t.getObject().getURI()).isNull());
        for (Node p : List.of(SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode(), Gazetteer.NISBA)) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                assertThat(t.getObject().isLiteral()).isTrue();
                assertThat(t.getObject().getLiteralLanguage()).isIn("ar", "en");
            });
        }
        graph.find(Node.ANY, Gazetteer.NISBA, Node.ANY).forEach(t ->
                assertThat(t.getObject().getLiteralLanguage()).isEqualTo("ar"));
    }

    @Test
    void membershipsAndCapitalsLinkEntriesOfTheRightTypes() {
        graph.find(Node.ANY, Qawl.memberOf, Node.ANY).forEach(t -> {
            GazetteerEntry member = gazetteer.byIri(t.getSubject()).orElseThrow();
            GazetteerEntry group = gazetteer.byIri(t.getObject()).orElseThrow(
                    () -> new AssertionError(t.getObject() + " (qawl:memberOf of " + member.key() + ") is no entry"));
            assertThat(group.type()).as(member.key() + " qawl:memberOf " + group.key()).isEqualTo(Qawl.Organization);
        });
        long capitals = graph.find(Node.ANY, Qawl.capital, Node.ANY).toList().size();
        assertThat(capitals).isGreaterThan(100);
        graph.find(Node.ANY, Qawl.capital, Node.ANY).forEach(t -> {
            GazetteerEntry country = gazetteer.byIri(t.getSubject()).orElseThrow();
            GazetteerEntry city = gazetteer.byIri(t.getObject()).orElseThrow();
            assertThat(country.type()).as(country.key()).isEqualTo(Qawl.Country);
            assertThat(city.type()).as(city.key()).isEqualTo(Qawl.City);
            assertThat(city.country()).as(city.key() + " is in the country it is the capital of").contains(country.iri());
            assertThat(gazetteer.stateOfCapital(city).map(GazetteerEntry::key)).contains(country.key());
        });
    }

    @Test
    void everyIsoCountryOfTheJdkIsAnEntry() {
        Set<String> codes = new TreeSet<>();
        graph.find(Node.ANY, SKOS.notation.asNode(), Node.ANY)
                .forEach(t -> codes.add(t.getObject().getLiteralLexicalForm()));
        assertThat(codes).containsAll(Set.of(Locale.getISOCountries()));
    }

    @Test
    void noTwoEntriesShareANameUnlessAHeaderDocumentsIt() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String name : ttlFiles()) {
            String text = new String(GazetteerLoader.stream(name).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                Matcher m = DOCUMENTED.matcher(line);
                if (m.find()) {
                    documented.put(NameNormalizer.key(m.group(1)),
                            new TreeSet<>(List.of(m.group(2).split(" "))));
                }
            }
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        gazetteer.ambiguities().forEach((key, entries) -> actual.put(key,
                new TreeSet<>(entries.stream().map(GazetteerEntry::key).toList())));
        assertThat(actual).as("shared names; document each in a file header as "
                + "'# AMBIGUOUS <name>: key1 key2'").isEqualTo(documented);
    }

    @Test
    void everyNameAndNisbaFindsItsOwnEntryUnlessItIsShared() {
        Set<String> shared = gazetteer.ambiguities().keySet();
        for (Node p : List.of(RDFS.Nodes.label, SKOS.altLabel.asNode(), Gazetteer.NISBA)) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                String name = t.getObject().getLiteralLexicalForm();
                String expected = t.getSubject().getURI();
                if (p.equals(Gazetteer.NISBA)) {
                    assertThat(gazetteer.lookupNisba(name).map(e -> e.iri().getURI()))
                            .as("nisba " + name).contains(expected);
                } else if (!shared.contains(NameNormalizer.key(name))) {
                    assertThat(gazetteer.lookup(name).map(e -> e.iri().getURI()))
                            .as(name).contains(expected);
                }
            });
        }
    }

    @Test
    void noTwoEntriesShareANisbaOrAHiddenNameOfTheSameType() {
        for (Node p : List.of(Gazetteer.NISBA, SKOS.hiddenLabel.asNode())) {
            Map<String, Set<String>> owners = new TreeMap<>();
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> owners
                    .computeIfAbsent(NameNormalizer.key(t.getObject().getLiteralLexicalForm())
                            + " " + gazetteer.byIri(t.getSubject()).orElseThrow().type(),
                            k -> new TreeSet<>()).add(t.getSubject().getURI()));
            owners.forEach((form, who) -> assertThat(who).as(p + " " + form).hasSize(1));
        }
    }

    @Test
    void theGazetteerGraphConformsToTheActorShapes() throws IOException {
        Graph data = gazetteer.asGraph();
        try (InputStream ontology = Gazetteer.class.getResourceAsStream("/qawl/ontology/qawl.ttl");
                InputStream shapes = Gazetteer.class.getResourceAsStream("/qawl/ontology/shapes.ttl")) {
            assertThat(ontology).as("ontology on the classpath").isNotNull();
            assertThat(shapes).as("shapes on the classpath").isNotNull();
            RDFParser.source(ontology).lang(Lang.TURTLE).parse(data);
            Graph shapesGraph = GraphFactory.createDefaultGraph();
            RDFParser.source(shapes).lang(Lang.TURTLE).parse(shapesGraph);
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
            assertThat(report.getEntries()).as("SHACL report").isEmpty();
        }
    }

    @Test
    void lookupsGiveTheSameAnswersFromManyThreads() {
        List<String> names = new ArrayList<>();
        gazetteer.entries().forEach(e -> names.add(e.arabicLabel()));
        Map<String, String> sequential = new HashMap<>();
        names.forEach(n -> sequential.put(n, String.valueOf(gazetteer.lookup(n))));
        Map<String, String> parallel = new ConcurrentHashMap<>();
        IntStream.range(0, 4).parallel().forEach(round -> names.parallelStream()
                .forEach(n -> parallel.put(n, String.valueOf(gazetteer.lookup(n)))));
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void anotherBaseMovesEveryActorIri() {
        Gazetteer moved = Gazetteer.load(new Iris("http://example.org/kb/"));
        assertThat(moved.lookup("روسيا").orElseThrow().iri().getURI())
                .isEqualTo("http://example.org/kb/actor/russia");
        assertThat(moved.asGraph().find().toList()).allSatisfy(t -> {
            assertThat(t.getSubject().getURI()).doesNotStartWith(ACTOR);
            assertThat(t.getObject().isURI() ? t.getObject().getURI() : "").doesNotStartWith(ACTOR);
        });
        assertThat(moved.asGraph().size()).isEqualTo(gazetteer.asGraph().size());
    }

    @Test
    void sizeByType() {
        Map<String, Integer> sizes = gazetteer.sizeByType();
        System.out.println("gazetteer entries by type: " + sizes + ", total "
                + gazetteer.entries().size() + ", triples " + gazetteer.asGraph().size()
                + ", titles " + gazetteer.titles().size());
        assertThat(sizes.keySet()).contains("Country", "City", "Region", "Organization",
                "GovernmentBody", "ArmedForce", "MediaOutlet", "Group");
        assertThat(sizes.get("Country")).isGreaterThanOrEqualTo(Locale.getISOCountries().length);
    }
}
