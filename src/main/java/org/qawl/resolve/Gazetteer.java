package org.qawl.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/**
 * The gazetteer: countries, places, organizations, named bodies and media outlets from
 * {@code data/gazetteer} (on the classpath under {@value #RESOURCE_DIR}), looked up by any
 * spelling of their names ({@link NameNormalizer}).
 *
 * <ul>
 *   <li>{@link #lookup(String)}: rdfs:label and skos:altLabel, any language; then the
 *       consonant skeleton as a fallback for transliterated names.
 *   <li>{@link #lookup(String, Node)}: the same for one type, with skos:hiddenLabel too (bare
 *       names that are also everyday words, such as الجزيرة for the TV channel).
 *   <li>{@link #lookupNisba(String)}: qawl:nisba adjectives ({@code الروسية} → Russia).
 *   <li>{@link #lookupBody(String)}: a country's body built from a head noun
 *       ({@code وزارة الخارجية الروسية} → russia_foreign_ministry), see {@link GazetteerBodies}.
 * </ul>
 *
 * A name that two entries share is never silently resolved: {@code lookup} returns empty
 * (unless the text's own diacritics pick one, {@code عمّان} vs {@code عُمان}) and
 * {@link #candidates} lists them. Immutable after loading and safe to share between threads.
 */
public final class Gazetteer {
    /** Classpath folder the build copies {@code data/gazetteer} into. */
    public static final String RESOURCE_DIR = "/qawl/gazetteer/";
    /** qawl:nisba, the nisba adjective of an actor (a term this gazetteer adds). */
    public static final Node NISBA = Qawl.nisba;
    /** The classes a gazetteer entry may have, exactly one each. */
    public static final Set<Node> TYPES = Set.of(Qawl.Country, Qawl.City, Qawl.Region,
            Qawl.Organization, Qawl.GovernmentBody, Qawl.ArmedForce, Qawl.MediaOutlet,
            Qawl.Person, Qawl.Group);

    private final Iris iris;
    private final List<Triple> triples;
    private final Map<String, GazetteerEntry> byKey;
    private final Map<Node, GazetteerEntry> byIri;
    private final Map<String, List<String>> arabicNames = new LinkedHashMap<>();
    private final Map<String, List<GazetteerEntry>> names = new LinkedHashMap<>();
    private final Map<String, List<GazetteerEntry>> hidden = new LinkedHashMap<>();
    private final Map<String, List<GazetteerEntry>> nisbas = new LinkedHashMap<>();
    private final Map<String, List<GazetteerEntry>> skeletons = new LinkedHashMap<>();
    private final List<GazetteerLexicon.Title> titles;
    private final GazetteerBodies bodies;
    /** Capital city IRI to its country's entry (qawl:capital). */
    private final Map<Node, GazetteerEntry> capitals = new java.util.HashMap<>();

    private Gazetteer(Iris iris, GazetteerLoader loaded) {
        this.iris = iris;
        Graph graph = GazetteerGraph.rebase(loaded.graph, iris);
        this.triples = List.copyOf(graph.find().toList());
        this.byKey = GazetteerGraph.entries(graph, iris);
        Map<Node, GazetteerEntry> iriIndex = new LinkedHashMap<>();
        byKey.values().forEach(e -> iriIndex.put(e.iri(), e));
        this.byIri = Map.copyOf(iriIndex);
        for (GazetteerEntry entry : byKey.values()) {
            index(graph, entry);
        }
        this.titles = loaded.titles.stream().sorted(Comparator.comparingInt(
                (GazetteerLexicon.Title t) -> -NameNormalizer.key(t.arabic()).length())).toList();
        graph.find(Node.ANY, Qawl.capital, Node.ANY).forEach(t ->
                byIri(t.getSubject()).ifPresent(country -> capitals.put(t.getObject(), country)));
        this.bodies = new GazetteerBodies(this, loaded.bodyHeads, loaded.organizationBodyHeads);
    }

    /** Loads the files listed in {@code index.txt}, with actor IRIs under the default base. */
    public static Gazetteer load() {
        return load(Iris.defaults());
    }

    /** Loads the files listed in {@code index.txt}, with actor IRIs under {@code iris}. */
    public static Gazetteer load(Iris iris) {
        return load(iris, GazetteerLoader.indexedNames());
    }

    /** Loads the named files ({@code countries.ttl}, {@code titles.tsv} ...) only. */
    public static Gazetteer load(Iris iris, List<String> resourceNames) {
        GazetteerLoader loader = new GazetteerLoader();
        resourceNames.forEach(loader::load);
        return new Gazetteer(iris, loader);
    }

    /** The one entry a name as written refers to, if exactly one. */
    public Optional<GazetteerEntry> lookup(String nameAsWritten) {
        return find(nameAsWritten, names, e -> true);
    }

    /** Like {@link #lookup(String)} among entries of one type, hidden labels included. */
    public Optional<GazetteerEntry> lookup(String nameAsWritten, Node type) {
        Optional<GazetteerEntry> found = find(nameAsWritten, names, e -> e.type().equals(type));
        return found.isPresent() ? found
                : find(nameAsWritten, hidden, e -> e.type().equals(type));
    }

    /**
     * The entry of a name written in quotation marks of its own («الميادين»، "الوطن"): a name, or
     * else a hidden label (an outlet named by an everyday word), whose quotes mark it as a name.
     */
    public Optional<GazetteerEntry> lookupQuoted(String nameAsWritten) {
        // exact keys only: a quoted word is a name as written, no skeleton guess («النصرة» is not
        // «الناصرية»)
        for (String key : NameNormalizer.keyVariants(nameAsWritten)) {
            for (Map<String, List<GazetteerEntry>> index : List.of(names, hidden)) {
                List<GazetteerEntry> found = index.get(key);
                if (found != null) {
                    return pick(nameAsWritten, found);
                }
            }
        }
        return Optional.empty();
    }

    /** Every entry that a name as written could refer to (more than one when ambiguous). */
    public List<GazetteerEntry> candidates(String nameAsWritten) {
        for (String key : NameNormalizer.keyVariants(nameAsWritten)) {
            List<GazetteerEntry> found = names.get(key);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** The entry a nisba adjective points at ({@code الروسي}, {@code الأمريكية}). */
    public Optional<GazetteerEntry> lookupNisba(String adjectiveAsWritten) {
        for (String key : NameNormalizer.keyVariants(adjectiveAsWritten)) {
            for (String form : NameNormalizer.nisbaKeys(key)) {
                List<GazetteerEntry> found = nisbas.get(form);
                if (found != null) {
                    return pick(adjectiveAsWritten, found).map(GazetteerEntry::asNisba);
                }
            }
        }
        return Optional.empty();
    }

    /** A country's government body or armed force named by a head noun and the country. */
    public Optional<GazetteerEntry> lookupBody(String phraseAsWritten) {
        return bodies.lookup(phraseAsWritten);
    }

    /**
     * The keys of the body heads that a country or an organization completes («الحكومة»،
     * «وزارة الدفاع»، «الأمانة العامة»).
     */
    public List<String> bodyHeadKeys() {
        return bodies.headKeys();
    }

    /** The heads a phrase is exactly, proclitics aside: a body named without its owner. */
    List<GazetteerBodies.Head> bareHead(String phraseAsWritten) {
        return bodies.bareHead(phraseAsWritten);
    }

    /** An owner's body for a head («الأمانة العامة» of the CSTO → csto_secretariat). */
    GazetteerEntry bodyOf(GazetteerBodies.Head head, GazetteerEntry owner) {
        return bodies.body(head, owner);
    }

    /** The country a city is the capital of (qawl:capital), if it is one. */
    public Optional<GazetteerEntry> stateOfCapital(GazetteerEntry city) {
        return Optional.ofNullable(capitals.get(city.iri()));
    }

    /** An owner's body for a head only if the gazetteer lists it (a key or a named organ). */
    Optional<GazetteerEntry> listedBodyOf(GazetteerBodies.Head head, GazetteerEntry owner) {
        return bodies.listed(head, owner);
    }

    /** A country's body by the English name of its head («foreign ministry»), if the head is known. */
    public Optional<GazetteerEntry> countryBody(String englishHead, GazetteerEntry country) {
        return bodies.countryBody(englishHead, country);
    }

    /** Every Arabic label and altLabel of an entry, as written in the gazetteer. */
    List<String> arabicNames(GazetteerEntry entry) {
        return arabicNames.getOrDefault(entry.key(), List.of());
    }

    public Optional<GazetteerEntry> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<GazetteerEntry> byIri(Node iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public Collection<GazetteerEntry> entries() {
        return byKey.values();
    }

    /** Person titles and roles from {@code titles.tsv}, longest first. */
    public List<GazetteerLexicon.Title> titles() {
        return titles;
    }

    /** Normalized names shared by more than one entry, with the entries. */
    public Map<String, List<GazetteerEntry>> ambiguities() {
        Map<String, List<GazetteerEntry>> out = new TreeMap<>();
        names.forEach((key, found) -> {
            if (found.size() > 1) {
                out.put(key, found);
            }
        });
        return out;
    }

    /** How many entries of each type, by the type's local name. */
    public Map<String, Integer> sizeByType() {
        Map<String, Integer> out = new TreeMap<>();
        byKey.values().forEach(e -> out.merge(e.type().getLocalName(), 1, Integer::sum));
        return out;
    }

    /** The gazetteer triples, a new graph on each call, for the store's actors graph. */
    public Graph asGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEach(graph::add);
        return graph;
    }

    /** Sends the gazetteer triples to a sink (no start/finish: the caller owns the stream). */
    public void writeTo(StreamRDF out) {
        triples.forEach(out::triple);
    }

    Iris iris() {
        return iris;
    }

    private Optional<GazetteerEntry> find(String written, Map<String, List<GazetteerEntry>> index,
            Predicate<GazetteerEntry> accept) {
        List<String> keys = NameNormalizer.keyVariants(written);
        for (String key : keys) {
            List<GazetteerEntry> found = filter(index.get(key), accept);
            if (!found.isEmpty()) {
                return pick(written, found);
            }
        }
        if (index != names) {
            return Optional.empty();
        }
        for (String key : keys) {
            if (key.startsWith("ال") || key.contains(" ال")) {
                continue; // words with the article are Arabic, not transliterations: «الجبل» is not «الجبيل»,
                          // «الرئيس الأمريكي» not «الرئاسة الأمريكية»
            }
            String skeleton = NameNormalizer.skeleton(key);
            List<GazetteerEntry> found = filter(skeletons.get(skeleton), accept);
            if (NameNormalizer.isDistinctive(skeleton) && found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private static List<GazetteerEntry> filter(List<GazetteerEntry> found,
            Predicate<GazetteerEntry> accept) {
        return found == null ? List.of() : found.stream().filter(accept).toList();
    }

    /** One entry, or the one whose Arabic names agree with the diacritics as written. */
    private Optional<GazetteerEntry> pick(String written, List<GazetteerEntry> found) {
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        List<GazetteerEntry> agreeing = found.stream().filter(e -> arabicNames.get(e.key())
                .stream().anyMatch(name -> NameNormalizer.diacriticsAgree(written, name)))
                .toList();
        return agreeing.size() == 1 ? Optional.of(agreeing.get(0)) : Optional.empty();
    }

    private void index(Graph graph, GazetteerEntry entry) {
        Node s = entry.iri();
        List<String> arabic = new ArrayList<>();
        for (Node p : List.of(RDFS.Nodes.label, SKOS.altLabel.asNode())) {
            for (Node label : GazetteerGraph.literals(graph, s, p)) {
                add(names, NameNormalizer.key(label.getLiteralLexicalForm()), entry);
                if ("ar".equals(label.getLiteralLanguage())) {
                    arabic.add(label.getLiteralLexicalForm());
                    add(skeletons, NameNormalizer.skeleton(label.getLiteralLexicalForm()), entry);
                }
            }
        }
        arabicNames.put(entry.key(), List.copyOf(arabic));
        for (Node label : GazetteerGraph.literals(graph, s, SKOS.hiddenLabel.asNode())) {
            add(hidden, NameNormalizer.key(label.getLiteralLexicalForm()), entry);
        }
        for (Node adjective : GazetteerGraph.literals(graph, s, NISBA)) {
            add(nisbas, NameNormalizer.key(adjective.getLiteralLexicalForm()), entry);
        }
    }

    private static void add(Map<String, List<GazetteerEntry>> index, String key,
            GazetteerEntry entry) {
        if (key.isEmpty()) {
            return;
        }
        index.merge(key, List.of(entry), (old, one) -> old.contains(entry) ? old
                : List.copyOf(new LinkedHashSet<>(concat(old, one))));
    }

    private static List<GazetteerEntry> concat(List<GazetteerEntry> a, List<GazetteerEntry> b) {
        List<GazetteerEntry> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
