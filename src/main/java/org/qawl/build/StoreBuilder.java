package org.qawl.build;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.qawl.cli.Version;
import org.qawl.ingest.BadInputException;
import org.qawl.ingest.Report;
import org.qawl.ingest.ReportFiles;
import org.qawl.ingest.ReportReader;
import org.qawl.map.Extractor;
import org.qawl.store.ReportStore;
import org.qawl.vocab.Qawl;

/**
 * Builds reports into a store: read, extract (outside any transaction), then replace each
 * report's graph in one short write transaction. A bad file is skipped with its reason; the
 * rest still loads.
 *
 * <p>Each report graph also records its own provenance ({@link ReportProvenance}: qawl version,
 * source file; deterministic). A report whose graph would come out exactly as stored is left
 * alone. At the end the build log ({@link BuildLog}: when each report graph was generated) and
 * the dataset description ({@link DatasetDescription}: VoID and DCAT) are brought up to date, in
 * graphs of their own ({@link MetaGraphs}), so building the same input twice changes nothing.
 */
public final class StoreBuilder {
    private final Extractor extractor;
    private final ReportStore store;
    private final PrintWriter diagnostics;
    private final MetaGraphs meta;
    private final String version;
    private final Clock clock;

    public StoreBuilder(Extractor extractor, ReportStore store, PrintWriter diagnostics) {
        this(extractor, store, diagnostics, Clock.systemUTC());
    }

    /** With the clock that times the build log and the description (tests fix it). */
    public StoreBuilder(Extractor extractor, ReportStore store, PrintWriter diagnostics, Clock clock) {
        this.extractor = extractor;
        this.store = store;
        this.diagnostics = diagnostics;
        this.meta = new MetaGraphs(extractor.iris());
        this.version = Version.qawl();
        this.clock = clock;
    }

    public BuildSummary build(List<Path> inputs, Progress progress) {
        long started = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            try {
                files.addAll(ReportFiles.expand(List.of(input)));
            } catch (BadInputException e) {
                skip(skipped, e);
            }
        }
        // the gazetteer and the ontology are rewritten with every build, so they follow the jar
        store.replaceGraph(extractor.iris().actorsGraph(), extractor::writeSharedActors);
        store.replaceGraph(extractor.iris().ontologyGraph(), out -> {
            Ontology.write(out);
            org.qawl.event.EventTypes.write(out);
        });
        progress.start(files.stream().mapToLong(StoreBuilder::sizeOf).sum());
        Counts counts = new Counts();
        Set<String> builtIds = new HashSet<>();
        List<BuildLog.Run> runs = new ArrayList<>();
        for (Path file : files) {
            try {
                ReportReader.forEach(file, report -> {
                    if (!builtIds.add(report.id())) {
                        diagnostics.println("qawl: warning: " + report.sourceFile() + ": report id "
                                + report.id() + " seen before in this build; the later one is kept");
                    }
                    Instant reportStarted = clock.instant();
                    List<Quad> extracted = extract(report);
                    extracted.addAll(ReportProvenance.of(report, meta, version));
                    Node graph = extractor.iris().reportGraph(report.id());
                    if (!holds(graph, extracted)) {
                        store.replaceGraph(graph, out -> extracted.forEach(out::quad));
                        runs.add(new BuildLog.Run(report.id(), reportStarted, clock.instant()));
                    }
                    counts.add(extracted);
                }, e -> skip(skipped, e));
            } catch (BadInputException e) {
                skip(skipped, e);
            }
            progress.advance(sizeOf(file));
        }
        if (!runs.isEmpty() || !store.read(d -> d.containsGraph(extractor.iris().eventsGraph()))) {
            EventMerger.update(store, extractor.iris(), org.qawl.event.EventTypes.load());
        }
        BuildLog.update(store, meta, runs);
        DatasetDescription.update(store, meta, version, !runs.isEmpty(), clock);
        progress.finish();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new BuildSummary(files.size(), counts.reports, counts.statements, counts.quads,
                List.copyOf(skipped), millis);
    }

    /** Running totals of one build. */
    private static final class Counts {
        int reports;
        long statements;
        long quads;

        void add(List<Quad> extracted) {
            reports++;
            quads += extracted.size();
            statements += extracted.stream().filter(q -> q.getObject().equals(Qawl.Statement)).count();
        }
    }

    /** The store already holds exactly these quads in {@code graph} (and nothing else there). */
    private boolean holds(Node graph, List<Quad> quads) {
        return store.read(dataset -> {
            List<Quad> stored = new ArrayList<>();
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stored::add);
            return !stored.isEmpty() && SameQuads.asStored(stored).equals(SameQuads.asStored(quads));
        });
    }

    private List<Quad> extract(Report report) {
        List<Quad> quads = new ArrayList<>();
        extractor.extract(report, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return quads;
    }

    private void skip(List<String> skipped, BadInputException e) {
        skipped.add(e.getMessage());
        diagnostics.println("qawl: skipped " + e.getMessage());
        diagnostics.flush();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
