package org.qawl.build;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.qawl.store.ReportStore;

/**
 * The dataset description graph ({@link MetaGraphs#voidGraph()}): VoID statistics and a DCAT
 * dataset, written at the end of every build. Counts cover every graph except this one.
 * {@code dcterms:created} is the first build's time and stays; {@code dcterms:modified} and the
 * build activity's time move only when a build changed something (a report graph, or any
 * count), so building the same input twice leaves the whole store unchanged.
 *
 * <p>The SPARQL endpoint ({@code void:sparqlEndpoint}, {@code dcat:accessURL}) is not known at
 * build time: {@code qawl serve} adds it from the address it is reached at.
 *
 * <p>Licence: none is claimed for the report texts and the statements quoted from them (news
 * texts remain their publishers'); a report graph links its source url when the report gave one.
 * The ontology graph carries the licence the ontology states.
 */
public final class DatasetDescription {
    static final String TITLE_EN = "qawl: who said what in Arabic news";
    static final String TITLE_AR = "قول: من قال ماذا في الأخبار العربية";
    static final String DESCRIPTION = "Attributed statements (speaker, speech verb, content, mode and "
            + "the exact span of the source text) extracted from Arabic news reports, one named graph "
            + "per report, with the actors they resolve to and the qawl ontology.";
    static final String RIGHTS = "The qawl software and ontology are under the Apache License 2.0. "
            + "The report texts, and the statements quoted from them, remain the property of their "
            + "publishers; no licence is granted or claimed for them here. See each report graph's "
            + "dcterms:source.";

    private DatasetDescription() {}

    /** Rewrites the description if {@code changed} or if any count differs from the stored one. */
    static void update(ReportStore store, MetaGraphs meta, String version, boolean changed, Clock clock) {
        Node graph = meta.voidGraph();
        List<Quad> stored = store.read(dataset -> {
            List<Quad> quads = new ArrayList<>();
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
        DatasetStatistics statistics = store.read(dataset -> DatasetStatistics.of(dataset, meta));
        Instant now = clock.instant();
        Node created = storedTime(stored, meta.dataset(), DCTerms.created.asNode()).orElse(BuildLog.time(now));
        Optional<Node> modified = storedTime(stored, meta.dataset(), DCTerms.modified.asNode());
        if (!changed && modified.isPresent()) {
            List<Quad> same = describe(meta, statistics, version, created, modified.get());
            if (SameQuads.asStored(same).equals(SameQuads.asStored(stored))) {
                return; // nothing moved: keep the description, times included
            }
        }
        List<Quad> fresh = describe(meta, statistics, version, created, BuildLog.time(now));
        store.replaceGraph(graph, out -> fresh.forEach(out::quad));
    }

    static List<Quad> describe(MetaGraphs meta, DatasetStatistics statistics, String version,
            Node created, Node modified) {
        Node graph = meta.voidGraph();
        Node dataset = meta.dataset();
        Node build = meta.datasetBuild();
        Node software = meta.software(version);
        List<Quad> quads = new ArrayList<>();
        Emit emit = (s, p, o) -> quads.add(Quad.create(graph, s, p, o));

        emit.quad(graph, RDF.type.asNode(), VOID.DatasetDescription.asNode());
        emit.quad(graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                "Description of the qawl dataset", "en"));
        emit.quad(graph, FOAF.primaryTopic.asNode(), dataset);

        emit.quad(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        emit.quad(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        emit.quad(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE_EN, "en"));
        emit.quad(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE_AR, "ar"));
        emit.quad(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang(DESCRIPTION, "en"));
        emit.quad(dataset, DCTerms.rights.asNode(), NodeFactory.createLiteralLang(RIGHTS, "en"));
        emit.quad(dataset, DCTerms.language.asNode(),
                NodeFactory.createURI("http://id.loc.gov/vocabulary/iso639-1/ar"));
        emit.quad(dataset, DCTerms.created.asNode(), created);
        emit.quad(dataset, DCTerms.modified.asNode(), modified);
        emit.quad(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(meta.iris().base()));
        emit.quad(dataset, VOID.triples.asNode(), integer(statistics.triples()));
        emit.quad(dataset, VOID.entities.asNode(), integer(statistics.subjects()));
        emit.quad(dataset, VOID.distinctSubjects.asNode(), integer(statistics.subjects()));
        emit.quad(dataset, VOID.classes.asNode(), integer(statistics.classes().size()));
        emit.quad(dataset, VOID.properties.asNode(), integer(statistics.properties().size()));
        for (String namespace : vocabularies(statistics)) {
            emit.quad(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(namespace));
        }
        Keys classKeys = new Keys();
        statistics.classes().forEach((type, instances) -> {
            Node partition = meta.classPartition(classKeys.of(type));
            emit.quad(dataset, VOID.classPartition.asNode(), partition);
            emit.quad(partition, VOID._class.asNode(), NodeFactory.createURI(type));
            emit.quad(partition, VOID.entities.asNode(), integer(instances));
        });
        Keys propertyKeys = new Keys();
        statistics.properties().forEach((property, triples) -> {
            Node partition = meta.propertyPartition(propertyKeys.of(property));
            emit.quad(dataset, VOID.propertyPartition.asNode(), partition);
            emit.quad(partition, VOID.property.asNode(), NodeFactory.createURI(property));
            emit.quad(partition, VOID.triples.asNode(), integer(triples));
        });
        for (DatasetStatistics.GraphSize size : statistics.graphs()) {
            Node subset = size.name();
            emit.quad(dataset, VOID.subset.asNode(), subset);
            emit.quad(subset, RDF.type.asNode(), VOID.Dataset.asNode());
            emit.quad(subset, VOID.triples.asNode(), integer(size.triples()));
            if (meta.iris().isReportGraph(subset)) {
                String id = meta.iris().reportIdOf(subset);
                emit.quad(subset, FOAF.primaryTopic.asNode(), meta.iris().report(id));
                emit.quad(subset, RDFS.label.asNode(), NodeFactory.createLiteralString("report " + id
                        + size.outlet().map(outlet -> " (" + outlet + ")").orElse("")));
            }
            size.url().ifPresent(url -> emit.quad(subset, DCTerms.source.asNode(), url));
            size.license().ifPresent(license -> emit.quad(subset, DCTerms.license.asNode(), license));
        }

        emit.quad(dataset, SchemaDO.softwareVersion.asNode(), NodeFactory.createLiteralString(version));
        emit.quad(dataset, Prov.wasGeneratedBy, build);
        emit.quad(build, RDF.type.asNode(), Prov.Activity);
        emit.quad(build, RDFS.label.asNode(), NodeFactory.createLiteralString("the qawl build that last changed the dataset"));
        emit.quad(build, Prov.endedAtTime, modified);
        emit.quad(build, Prov.wasAssociatedWith, software);
        emit.quad(software, RDF.type.asNode(), Prov.SoftwareAgent);
        emit.quad(software, RDFS.label.asNode(), NodeFactory.createLiteralString("qawl " + version));
        emit.quad(software, SchemaDO.softwareVersion.asNode(), NodeFactory.createLiteralString(version));
        return quads;
    }

    /** The namespaces of the classes and properties used, as VoID's void:vocabulary wants them. */
    private static Set<String> vocabularies(DatasetStatistics statistics) {
        Set<String> namespaces = new TreeSet<>();
        for (String term : statistics.properties().keySet()) {
            namespaces.add(namespace(term));
        }
        for (String term : statistics.classes().keySet()) {
            namespaces.add(namespace(term));
        }
        return namespaces;
    }

    private static String namespace(String term) {
        int split = Math.max(term.lastIndexOf('#'), term.lastIndexOf('/'));
        return term.substring(0, split + 1);
    }

    private static Optional<Node> storedTime(List<Quad> stored, Node subject, Node predicate) {
        return stored.stream().filter(q -> q.getSubject().equals(subject) && q.getPredicate().equals(predicate))
                .map(Quad::getObject).findFirst();
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** Partition keys, unique within one description (a clash gets -2, -3, ...). */
    private static final class Keys {
        private final Map<String, String> byTerm = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String of(String term) {
            return byTerm.computeIfAbsent(term, t -> {
                String key = MetaGraphs.partitionKey(t);
                String unique = key;
                for (int n = 2; !used.add(unique); n++) {
                    unique = key + "-" + n;
                }
                return unique;
            });
        }
    }

    @FunctionalInterface
    private interface Emit {
        void quad(Node subject, Node predicate, Node object);
    }
}
