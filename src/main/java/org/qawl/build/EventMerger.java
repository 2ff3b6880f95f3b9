package org.qawl.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.event.EventFacts;
import org.qawl.event.EventTypes;
import org.qawl.event.SameEvent;
import org.qawl.iri.Iris;
import org.qawl.store.ReportStore;
import org.qawl.vocab.Qawl;

/**
 * Merges the events each report tells of into events across reports (the graph
 * {@code graph/events}): accounts of the same type whose places and times agree and, for
 * meetings and calls, whose parties one names are all among the other's, become one event linked from each account by
 * qawl:mergedInto. Accounts of one report are never merged with each other (the report mapper
 * already kept them apart). Values are gathered, never overwritten: a merged event lists every
 * place, participant (with the part most of its accounts give it: qawl:agent, qawl:target, ...) and count
 * its accounts give. Rebuilt whole after every build, so it always
 * reflects the store; deterministic for the same store.
 */
public final class EventMerger {
    private static final String ACCOUNTS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?g ?e ?type ?report ?place ?date ?end WHERE {
              GRAPH ?g { ?e qawl:eventType ?type ; qawl:reportedIn ?report .
                OPTIONAL { ?e qawl:place ?place } OPTIONAL { ?e qawl:date ?date } OPTIONAL { ?e qawl:endDate ?end } }
            } ORDER BY ?report ?e""";
    private static final String PARTICIPANTS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?g ?e ?p ?ptype WHERE {
              GRAPH ?g { ?e qawl:eventType ?type ; qawl:participant ?p . OPTIONAL { ?p rdf:type ?ptype } }
            }""";
    private static final String PARTS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            SELECT ?g ?e ?part ?p WHERE {
              VALUES ?part { qawl:agent qawl:target qawl:requester qawl:party }
              GRAPH ?g { ?e qawl:eventType ?type ; ?part ?p }
            } ORDER BY ?e ?part ?p""";
    private static final Set<Node> PRINCIPAL_TYPES = Set.of(Qawl.Person, Qawl.GovernmentBody, Qawl.Organization);

    /** One report's account of an event; {@code parts}: (part property, actor) pairs. */
    private record Account(Node iri, Node report, String type, EventFacts facts, Set<Node> participants,
            List<Node[]> parts) {}

    private static final class Merged {
        final List<Account> accounts = new ArrayList<>();
        EventFacts facts;

        Merged(Account first) {
            accounts.add(first);
            facts = first.facts();
        }

        boolean hasReport(Node report) {
            return accounts.stream().anyMatch(a -> a.report().equals(report));
        }

        void add(Account next) {
            accounts.add(next);
            EventFacts f = next.facts();
            Set<Node> principals = new LinkedHashSet<>(facts.principals());
            principals.addAll(f.principals());
            Optional<LocalDate> date = facts.date().isEmpty() ? f.date()
                    : f.date().filter(d -> d.isBefore(facts.date().get())).or(facts::date);
            facts = new EventFacts(facts.type(), facts.place().or(f::place), facts.placeStated() || f.placeStated(),
                    date, facts.endDate().or(f::endDate), Set.copyOf(principals));
        }
    }

    private EventMerger() {}

    /** Rewrites the events graph from the accounts in the report graphs. */
    public static void update(ReportStore store, Iris iris, EventTypes types) {
        List<Account> accounts = store.read(dataset -> accounts(dataset, iris, types));
        List<Merged> merged = merge(accounts);
        store.replaceGraph(iris.eventsGraph(), out -> write(merged, iris, types, out));
    }

    static List<Merged> merge(List<Account> accounts) {
        List<Merged> merged = new ArrayList<>();
        // only events of one type can merge: candidates are looked up by type, not scanned all
        Map<String, List<Merged>> byType = new HashMap<>();
        for (Account account : accounts) {
            Merged target = null;
            List<Merged> sameType = byType.computeIfAbsent(account.type(), k -> new ArrayList<>());
            for (Merged candidate : sameType) {
                if (!candidate.hasReport(account.report()) && SameEvent.compatible(candidate.facts, account.facts())) {
                    target = candidate;
                    break;
                }
            }
            if (target == null) {
                Merged created = new Merged(account);
                merged.add(created);
                sameType.add(created);
            } else {
                target.add(account);
            }
        }
        return merged;
    }

    private static List<Account> accounts(DatasetGraph dataset, Iris iris, EventTypes types) {
        Map<Node, Set<Node>> participants = new HashMap<>();
        Map<Node, Set<Node>> principals = new HashMap<>();
        try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(PARTICIPANTS).build()) {
            ResultSet rows = q.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (!iris.isReportGraph(row.getResource("g").asNode())) {
                    continue;
                }
                Node event = row.getResource("e").asNode();
                Node actor = row.get("p").asNode();
                participants.computeIfAbsent(event, k -> new LinkedHashSet<>()).add(actor);
                if (row.contains("ptype") && PRINCIPAL_TYPES.contains(row.getResource("ptype").asNode())) {
                    principals.computeIfAbsent(event, k -> new LinkedHashSet<>()).add(actor);
                }
            }
        }
        Map<Node, List<Node[]>> parts = new HashMap<>();
        try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(PARTS).build()) {
            ResultSet rows = q.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (iris.isReportGraph(row.getResource("g").asNode())) {
                    parts.computeIfAbsent(row.getResource("e").asNode(), k -> new ArrayList<>())
                            .add(new Node[] {row.getResource("part").asNode(), row.get("p").asNode()});
                }
            }
        }
        Map<Node, Account> accounts = new LinkedHashMap<>();
        try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(ACCOUNTS).build()) {
            ResultSet rows = q.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node event = row.getResource("e").asNode();
                String typeIri = row.getResource("type").getURI();
                if (!iris.isReportGraph(row.getResource("g").asNode()) || accounts.containsKey(event)
                        || !typeIri.startsWith(EventTypes.NS)) {
                    continue;
                }
                String type = typeIri.substring(EventTypes.NS.length());
                EventFacts facts = new EventFacts(type,
                        Optional.ofNullable(row.getResource("place")).map(r -> r.asNode()), row.contains("place"),
                        date(row, "date"), date(row, "end"), Set.copyOf(principals.getOrDefault(event, Set.of())));
                accounts.put(event, new Account(event, row.getResource("report").asNode(), type, facts,
                        participants.getOrDefault(event, Set.of()), parts.getOrDefault(event, List.of())));
            }
        }
        return new ArrayList<>(accounts.values());
    }

    private static Optional<LocalDate> date(QuerySolution row, String name) {
        if (!row.contains(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(row.getLiteral(name).getLexicalForm()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void write(List<Merged> merged, Iris iris, EventTypes types, StreamRDF out) {
        Node graph = iris.eventsGraph();
        Map<String, Integer> keys = new HashMap<>();
        for (Merged event : merged) {
            EventFacts facts = event.facts;
            String place = facts.place().map(p -> p.getURI().substring(p.getURI().lastIndexOf('/') + 1)).orElse("somewhere");
            String key = facts.type().toLowerCase(java.util.Locale.ROOT) + "-"
                    + facts.date().map(LocalDate::toString).orElse("undated") + "-" + place;
            int n = keys.merge(key, 1, Integer::sum);
            Node iri = iris.event(n == 1 ? key : key + "-" + n);
            Emit emit = (p, o) -> out.quad(Quad.create(graph, iri, p, o));
            emit.quad(RDF.type.asNode(), types.top(facts.type()).equals("Deployment") ? Qawl.Deployment : Qawl.Event);
            emit.quad(Qawl.eventType, types.iri(facts.type()));
            emit.quad(RDFS.label.asNode(), NodeFactory.createLiteralLang(types.arabicLabel(facts.type()), "ar"));
            emit.quad(RDFS.label.asNode(), NodeFactory.createLiteralLang(types.englishLabel(facts.type()), "en"));
            facts.date().ifPresent(d -> emit.quad(Qawl.date, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            facts.endDate().ifPresent(d -> emit.quad(Qawl.endDate, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            Set<Node> places = new LinkedHashSet<>();
            Set<Node> participants = new LinkedHashSet<>();
            // per actor, how many accounts give it each part
            Map<Node, Map<Node, Integer>> parts = new LinkedHashMap<>();
            Set<Node> reports = new LinkedHashSet<>();
            for (Account account : event.accounts) {
                account.facts().place().ifPresent(places::add);
                participants.addAll(account.participants());
                account.parts().forEach(part -> parts.computeIfAbsent(part[1], k -> new LinkedHashMap<>())
                        .merge(part[0], 1, Integer::sum));
                reports.add(account.report());
                out.quad(Quad.create(graph, account.iri(), Qawl.mergedInto, iri));
            }
            places.forEach(p -> emit.quad(Qawl.place, p));
            participants.forEach(p -> emit.quad(Qawl.participant, p));
            // an actor gets the part most accounts give it (both on a tie); every part stays on its account
            parts.forEach((actor, counts) -> {
                int most = counts.values().stream().max(Integer::compare).orElse(0);
                counts.forEach((part, count) -> {
                    if (count == most) {
                        emit.quad(part, actor);
                    }
                });
            });
            reports.forEach(r -> emit.quad(Qawl.reportedIn, r));
        }
    }

    @FunctionalInterface
    private interface Emit {
        void quad(Node predicate, Node object);
    }
}
