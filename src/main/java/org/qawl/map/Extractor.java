package org.qawl.map;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.qawl.iri.Iris;
import org.qawl.ingest.Report;
import org.qawl.resolve.ActorResolver;
import org.qawl.resolve.ActorMentionRecognizer;
import org.qawl.resolve.Gazetteer;
import org.qawl.resolve.GazetteerNames;
import org.qawl.resolve.GazetteerResolver;
import org.qawl.event.EventTypes;
import org.qawl.text.CodePoints;
import org.qawl.text.EventRecognizer;
import org.qawl.text.Mentions;
import org.qawl.text.Pipeline;

/**
 * Report in, quads of its named graph out: the recognizer pipeline, then every mapper. No store
 * here, so the same code runs in a build, a benchmark or a distributed job.
 */
public final class Extractor {
    private final Pipeline pipeline;
    private final List<Mapper> mappers;
    private final Iris iris;
    private final ActorResolver resolver;
    private final Consumer<StreamRDF> sharedActors;

    public Extractor(Pipeline pipeline, List<Mapper> mappers, Iris iris, ActorResolver resolver,
            Consumer<StreamRDF> sharedActors) {
        this.pipeline = pipeline;
        this.mappers = List.copyOf(mappers);
        this.iris = iris;
        this.resolver = resolver;
        this.sharedActors = sharedActors;
    }

    /** The standard extractor: the gazetteer for names and actors, every mapper. */
    public static Extractor standard(Iris iris) {
        return standard(iris, Gazetteer.load(iris));
    }

    public static Extractor standard(Iris iris, Gazetteer gazetteer) {
        return new Extractor(Pipeline.standard(GazetteerNames.of(gazetteer))
                        .then(new ActorMentionRecognizer(gazetteer)).then(EventRecognizer.load()),
                // actors first: the report's persons and country are known when speakers are resolved;
                // counts after statements, whose IRIs they point at
                List.of(new ReportMapper(), new ActorMapper(), new StatementMapper(), new CountMapper(),
                        new DurationMapper(),
                        new EventMapper(EventTypes.load())), iris,
                new GazetteerResolver(gazetteer, iris), gazetteer::writeTo);
    }

    /** Writes the triples of the shared actors graph (the gazetteer) to {@code out}. */
    public void writeSharedActors(StreamRDF out) {
        sharedActors.accept(out);
    }

    public Iris iris() {
        return iris;
    }

    public Mentions analyse(Report report) {
        return pipeline.analyse(report);
    }

    /** Writes the report's quads (all in its named graph) to {@code out}. */
    public void extract(Report report, StreamRDF out) {
        Mentions mentions = pipeline.analyse(report);
        MappingContext context = new MappingContext(iris, iris.reportGraph(report.id()),
                new CodePoints(report.text()), resolver.forReport());
        for (Mapper mapper : mappers) {
            mapper.map(report, mentions, context, out);
        }
    }
}
