package org.qawl.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.qawl.build.MetaGraphs;
import org.qawl.iri.Iris;
import org.qawl.resolve.NameNormalizer;
import org.qawl.store.ReportStore;

/**
 * Tells whether an actor of the store is a gold actor, by name: one of the predicted actor's
 * labels or variants equals one of the gold actor's Arabic forms after name normalization.
 * Variants count only from the gazetteer's graph, not from the words a report wrote, so an actor
 * is not "right" merely because the report named it with the gold's words.
 */
public final class ActorNames {
    private static final String NAMES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?actor ?name WHERE {
              { ?actor rdfs:label ?name } UNION { GRAPH <%s> { ?actor skos:altLabel ?name } } }""";

    private final Map<String, GoldActor> goldActors = new HashMap<>();
    private final Map<String, Set<String>> names;

    /** For tests and callers that already hold the names: normalized names by actor IRI. */
    public ActorNames(List<GoldActor> gold, Map<String, Set<String>> names) {
        gold.forEach(a -> goldActors.put(a.id(), a));
        this.names = names;
    }

    public static ActorNames read(List<GoldActor> gold, ReportStore store) {
        return new ActorNames(gold, store.read(ActorNames::names));
    }

    /** The predicted actor (an IRI) is the gold actor (an id): one of its names is one of the gold's forms. */
    public boolean isActor(String iri, String goldId) {
        GoldActor gold = goldActors.get(goldId);
        if (gold == null) {
            return false;
        }
        Set<String> predictedNames = names.getOrDefault(iri, Set.of());
        return gold.arabicForms().stream().map(NameNormalizer::key).anyMatch(predictedNames::contains);
    }

    private static Map<String, Set<String>> names(DatasetGraph dataset) {
        Map<String, Set<String>> names = new HashMap<>();
        String query = NAMES.formatted(actorsGraph(dataset));
        try (QueryExecution q = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
            ResultSet rows = q.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (row.get("actor").isURIResource()) {
                    names.computeIfAbsent(row.getResource("actor").getURI(), k -> new HashSet<>())
                            .add(NameNormalizer.key(row.getLiteral("name").getLexicalForm()));
                }
            }
        }
        return names;
    }

    /** The gazetteer's graph: its variants are names an actor really goes by, not words a report wrote. */
    private static String actorsGraph(DatasetGraph dataset) {
        return new Iris(MetaGraphs.storedBase(dataset).orElse(Iris.DEFAULT_BASE)).actorsGraph().getURI();
    }
}
