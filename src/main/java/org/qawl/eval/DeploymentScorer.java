package org.qawl.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.qawl.resolve.NameNormalizer;
import org.qawl.store.ReportStore;

/**
 * Deployment field accuracy: the merged deployment with the most accounts is compared field by
 * field with the gold record. A field's predicted value is the one most accounts give (all stay
 * in the data); actors are compared by name ({@link ActorNames}), dates and numbers by value,
 * the legal basis by word overlap (Dice ≥ 0.5) with the gold Arabic, and the purpose only as
 * stated or not (the gold gives an English summary).
 */
public final class DeploymentScorer {
    public record Field(String name, String gold, String predicted, boolean correct) {}

    public record Result(List<Field> fields) {
        public double accuracy() {
            return fields.isEmpty() ? 0 : fields.stream().filter(Field::correct).count() / (double) fields.size();
        }
    }

    private static final String VALUES = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX time: <http://www.w3.org/2006/time#>
            SELECT ?event ?account ?p ?o WHERE {
              ?event a qawl:Deployment . ?account qawl:mergedInto ?event .
              { ?account ?p ?o FILTER(?p IN (qawl:force, qawl:deployedBy, qawl:contributor, qawl:destination,
                  qawl:requestedBy, qawl:purpose, qawl:mandate)) }
              UNION { ?event qawl:date ?o BIND(qawl:date AS ?p) }
              UNION { ?account qawl:troops/qawl:value ?o BIND(qawl:troops AS ?p) }
              UNION { ?account qawl:equipment/qawl:value ?o BIND(qawl:equipment AS ?p) }
              UNION { ?account qawl:withdrawal/qawl:announcedBy ?o BIND(qawl:announcedBy AS ?p) }
              UNION { ?account qawl:withdrawal/(qawl:startsWithin|qawl:happensWithin)/time:hasXSDDuration ?o
                      BIND(qawl:startsWithin AS ?p) }
              UNION { ?account qawl:withdrawal/qawl:lasts ?d . ?d time:hasXSDDuration ?o ;
                      qawl:qualifier ?q FILTER(?q IN ("at-most", "less-than")) BIND(qawl:lasts AS ?p) }
            }""";

    private final List<GoldActor> goldActors;

    public DeploymentScorer(List<GoldActor> actors) {
        this.goldActors = actors;
    }

    public Result score(GoldDeployment gold, ReportStore store) {
        Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
        ActorNames names = ActorNames.read(goldActors, store);
        store.read(dataset -> {
            Map<String, Map<String, Map<String, Integer>>> byEvent = new LinkedHashMap<>();
            Map<String, Set<String>> accounts = new HashMap<>();
            try (QueryExecution q = QueryExecution.create(VALUES, DatasetFactory.wrap(dataset))) {
                ResultSet rows = q.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String event = row.getResource("event").getURI();
                    accounts.computeIfAbsent(event, k -> new HashSet<>()).add(row.getResource("account").getURI());
                    String field = row.getResource("p").getLocalName();
                    byEvent.computeIfAbsent(event, k -> new LinkedHashMap<>())
                            .computeIfAbsent(field, k -> new LinkedHashMap<>()).merge(lexical(row.get("o")), 1, Integer::sum);
                }
            }
            accounts.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
                    .ifPresent(best -> values.putAll(byEvent.get(best.getKey())));
            return null;
        });
        List<Field> fields = new ArrayList<>();
        actorField(fields, "force", List.of(gold.force()), values, "force", names);
        actorField(fields, "by", List.of(gold.by()), values, "deployedBy", names);
        List<String> contributors = values.getOrDefault("contributor", Map.of()).keySet().stream().toList();
        boolean sameContributors = contributors.size() == gold.contributors().size()
                && gold.contributors().stream().allMatch(g -> contributors.stream().anyMatch(c -> names.isActor(c, g)));
        fields.add(new Field("contributors", String.join(",", gold.contributors()), shortNames(contributors), sameContributors));
        actorField(fields, "destination", List.of(gold.destination()), values, "destination", names);
        actorField(fields, "requested_by", gold.requestedBy(), values, "requestedBy", names);
        Optional<String> date = top(values, "date");
        fields.add(new Field("decided", gold.decided(), date.orElse("-"), date.equals(Optional.of(gold.decided()))));
        fields.add(new Field("start", gold.start(), date.orElse("-"), date.equals(Optional.of(gold.start()))));
        numberField(fields, "troops", gold.troops(), top(values, "troops"));
        numberField(fields, "equipment", gold.equipment(), top(values, "equipment"));
        Optional<String> purpose = top(values, "purpose");
        fields.add(new Field("purpose (stated)", "stated", purpose.orElse("-"), purpose.isPresent()));
        Optional<String> mandate = values.getOrDefault("mandate", Map.of()).keySet().stream()
                .max((a, b) -> Double.compare(dice(a, gold.legalBasisArabic()), dice(b, gold.legalBasisArabic())));
        fields.add(new Field("legal_basis", gold.legalBasisArabic(), mandate.orElse("-"),
                mandate.map(m -> dice(m, gold.legalBasisArabic()) >= 0.5).orElse(false)));
        actorField(fields, "withdrawal.announced_by", List.of(gold.withdrawalAnnouncedBy()), values, "announcedBy", names);
        numberField(fields, "withdrawal.start_within_days", gold.withdrawalStartWithinDays(), inDays(values, "startsWithin"));
        numberField(fields, "withdrawal.max_days", gold.withdrawalMaxDays(), inDays(values, "lasts"));
        return new Result(List.copyOf(fields));
    }

    private void actorField(List<Field> fields, String name, List<String> gold, Map<String, Map<String, Integer>> values,
            String field, ActorNames names) {
        Optional<String> predicted = top(values, field);
        boolean correct = predicted.map(p -> gold.stream().anyMatch(g -> names.isActor(p, g))).orElse(false);
        fields.add(new Field(name, String.join("|", gold), predicted.map(DeploymentScorer::shortName).orElse("-"), correct));
    }

    private static void numberField(List<Field> fields, String name, Optional<Long> gold, Optional<String> predicted) {
        boolean correct = gold.isPresent() && predicted.map(p -> {
            try {
                return new java.math.BigDecimal(p).compareTo(java.math.BigDecimal.valueOf(gold.get())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }).orElse(false);
        fields.add(new Field(name, gold.map(String::valueOf).orElse("-"), predicted.orElse("-"), correct));
    }

    /** The most given length of time of {@code field} in days («P2D» → 2, «PT48H» → 2); lengths in months or years stay as written. */
    private static Optional<String> inDays(Map<String, Map<String, Integer>> values, String field) {
        return top(values, field).map(length -> DurationDays.of(length).map(java.math.BigDecimal::toPlainString).orElse(length));
    }

    private static Optional<String> top(Map<String, Map<String, Integer>> values, String field) {
        return values.getOrDefault(field, Map.of()).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    private static String lexical(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static String shortName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String shortNames(List<String> iris) {
        return String.join(",", iris.stream().map(DeploymentScorer::shortName).toList());
    }

    /** Dice coefficient of the two texts' word sets (normalized). */
    static double dice(String a, String b) {
        Set<String> x = new HashSet<>(List.of(NameNormalizer.key(a).split(" ")));
        Set<String> y = new HashSet<>(List.of(NameNormalizer.key(b).split(" ")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return x.isEmpty() && y.isEmpty() ? 1 : 2.0 * both.size() / (x.size() + y.size());
    }
}
