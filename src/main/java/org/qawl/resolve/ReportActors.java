package org.qawl.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.qawl.vocab.Qawl;

/**
 * Actor resolution inside one report: a person named in full («الرئيس الكازاخستاني قاسم جومارت
 * توكاييف») is remembered, so that later short mentions resolve to that person — the surname
 * alone («توكاييف»), or the title alone («الرئيس», «رئيس كازاخستان») when one person of the report
 * holds it. A body named by its head alone («الحكومة»، «الأمانة العامة») is the body of the
 * country the report names most, or of the organization it names most that has such a body.
 * One per report.
 */
final class ReportActors implements ActorResolver {
    /** Words that stand for the country a report is about («رئيس البلاد»). */
    static final Set<String> THE_COUNTRY = Set.copyOf(org.qawl.text.LexiconFile.lines("/qawl/lexicon/country-words.txt"));

    private final GazetteerResolver global;
    private final Roles roles;
    private final List<ResolvedActor> persons = new ArrayList<>();
    /** Every role each person was named with in this report («فخامة»، «رئيس جمهورية كازاخستان»), read once. */
    private final Map<Node, List<Roles.Role>> rolesOf = new HashMap<>();
    private final Map<Node, Integer> counts = new HashMap<>();
    private final Map<Node, GazetteerEntry> owners = new HashMap<>();

    ReportActors(GazetteerResolver global) {
        this.global = global;
        this.roles = global.roles();
    }

    @Override
    public void notice(String nameAsWritten, boolean nisba) {
        Gazetteer gazetteer = global.gazetteer();
        Optional<GazetteerEntry> entry = nisba ? gazetteer.lookupNisba(nameAsWritten) : gazetteer.lookup(nameAsWritten);
        entry.flatMap(e -> e.type().equals(Qawl.City) ? gazetteer.stateOfCapital(e) : Optional.of(e))
                .filter(e -> e.type().equals(Qawl.Country) || e.type().equals(Qawl.Organization))
                .ifPresent(e -> {
                    counts.merge(e.iri(), 1, Integer::sum);
                    owners.put(e.iri(), e);
                });
    }

    @Override
    public Optional<ResolvedActor> resolveNisba(String adjectiveAsWritten) {
        Optional<ResolvedActor> resolved = global.resolveNisba(adjectiveAsWritten);
        resolved.ifPresent(this::count);
        return resolved;
    }

    @Override
    public ResolvedActor resolveSpeaker(String nameAsWritten) {
        ResolvedActor resolved = resolve(nameAsWritten);
        if (resolved.type().equals(Qawl.City)) {
            ResolvedActor state = global.resolveSpeaker(nameAsWritten);
            count(state);
            return state;
        }
        return resolved;
    }

    @Override
    public Optional<ResolvedActor> resolveRole(String titleAsWritten) {
        ResolvedActor actor = resolve(titleAsWritten);
        return actor.isNamedPerson() ? Optional.of(actor) : Optional.empty();
    }

    @Override
    public ResolvedActor resolvePerson(String nameAsWritten) {
        ResolvedActor resolved = resolve(nameAsWritten);
        if (!resolved.type().equals(Qawl.Actor)) {
            return resolved; // a known actor, or a person of the report by surname
        }
        return named(global.person(nameAsWritten.strip(), ""));
    }

    @Override
    public Optional<ResolvedActor> resolveHead(String headAsWritten) {
        List<GazetteerBodies.Head> heads = global.gazetteer().bareHead(headAsWritten);
        Optional<ResolvedActor> body = bodyOfHead(heads);
        if (body.isPresent() || heads.isEmpty()) {
            return body;
        }
        GazetteerBodies.Head head = heads.get(0);
        if (head.owner() != GazetteerBodies.Owner.COUNTRY) {
            return Optional.empty();
        }
        if (head.head().type().equals(Qawl.Group)) {
            // «المواطنون» in a report on no country: the citizens in general
            String key = GazetteerBodies.slug(head.head().english());
            return Optional.of(new ResolvedActor(global.iris().actor(key), head.head().arabic(), Qawl.Group));
        }
        if (headAsWritten.strip().split("\\s+").length >= 2 && head.head().type().equals(Qawl.GovernmentBody)) {
            // «وزارة العمل» in a report that names no country: a ministry by its own name
            ResolvedActor named = global.resolve(headAsWritten);
            return Optional.of(new ResolvedActor(named.iri(), named.arabicLabel(), Qawl.GovernmentBody));
        }
        return Optional.empty();
    }

    @Override
    public ResolvedActor resolve(String nameAsWritten) {
        ResolvedActor resolved = global.resolve(nameAsWritten);
        count(resolved);
        if (!resolved.type().equals(Qawl.Person)) {
            Optional<ResolvedActor> body = bodyOfHead(global.gazetteer().bareHead(nameAsWritten));
            if (body.isPresent()) {
                return body.get();
            }
        }
        if (resolved.type().equals(Qawl.Actor)) {
            return knownSurname(nameAsWritten).or(() -> knownShortName(nameAsWritten)).orElse(resolved);
        }
        if (!resolved.type().equals(Qawl.Person)) {
            return resolved;
        }
        if (resolved.isNamedPerson()) {
            return named(resolved);
        }
        return holderOf(resolved).orElse(resolved);
    }

    /** A person named in full: an earlier fuller form of the name, or a new person of the report. */
    private ResolvedActor named(ResolvedActor resolved) {
        String surname = lastWordSkeleton(resolved.arabicLabel());
        int words = wordCount(resolved.arabicLabel());
        for (int i = persons.size() - 1; i >= 0; i--) {
            ResolvedActor earlier = persons.get(i);
            if (wordCount(earlier.arabicLabel()) > words && !surname.isEmpty()
                    && lastWordSkeleton(earlier.arabicLabel()).equals(surname)) {
                addRole(earlier, resolved.role()); // «جومارت توكاييف رئيس جمهورية كازاخستان»
                return earlier; // «توكاييف» after «قاسم جومارت توكاييف»
            }
        }
        ResolvedActor person = counterpartRole(resolved);
        persons.add(person);
        addRole(person, person.role());
        return person;
    }

    /**
     * «نظيره الأمريكي، أنتوني بلينكن» after «وزير الخارجية الكازاخستاني مختار تلوبيردي»: the
     * counterpart holds the previous person's title in its own country.
     */
    private ResolvedActor counterpartRole(ResolvedActor person) {
        Optional<Roles.Role> role = roles.read(person.role());
        if (role.isEmpty() || !role.get().isCounterpart() || persons.isEmpty()) {
            return person;
        }
        Optional<Roles.Role> previous = roles.read(persons.get(persons.size() - 1).role());
        if (previous.isEmpty() || previous.get().isCounterpart()) {
            return person;
        }
        String meant = (previous.get().title() + " " + role.get().rest()).strip();
        return person.withRole(meant, global.memberOfRole(meant));
    }

    private void addRole(ResolvedActor person, String role) {
        if (!role.isEmpty()) {
            roles.read(role).ifPresent(read -> rolesOf.computeIfAbsent(person.iri(), k -> new ArrayList<>()).add(read));
        }
    }

    /** The one person of this report whose role the title alone names (by any of its roles). */
    private Optional<ResolvedActor> holderOf(ResolvedActor title) {
        Optional<Roles.Role> wanted = roles.read(title.role());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Set<ResolvedActor> holders = new LinkedHashSet<>();
        for (ResolvedActor person : persons) {
            for (Roles.Role held : rolesOf.getOrDefault(person.iri(), List.of())) {
                if (sameRole(held, wanted.get())) {
                    holders.add(person);
                }
            }
        }
        Set<Node> distinct = new LinkedHashSet<>();
        holders.forEach(p -> distinct.add(p.iri()));
        return distinct.size() == 1 ? holders.stream().findFirst() : Optional.empty();
    }

    /**
     * Whether a title alone («الرئيس»، «رئيس كازاخستان»، «رئيس البلاد») names the holder of a
     * role: the same English role (a «head» of a country is its president) and, when the title
     * has a scope, the same one.
     */
    private boolean sameRole(Roles.Role held, Roles.Role title) {
        if (!englishOf(held).equals(englishOf(title)) || englishOf(held).isEmpty()) {
            return false;
        }
        Optional<Node> wantedScope = scopeOf(title);
        return title.rest().isEmpty() || wantedScope.isEmpty() || wantedScope.equals(scopeOf(held));
    }

    private String englishOf(Roles.Role role) {
        boolean country = scopeOf(role).flatMap(iri -> global.gazetteer().byIri(iri))
                .filter(e -> e.type().equals(Qawl.Country)).isPresent();
        return role.english().equals("head") && country ? "president" : role.english();
    }

    /** The country, body or organization a role names; «البلاد» is the report's country. */
    private Optional<Node> scopeOf(Roles.Role role) {
        if (THE_COUNTRY.contains(NameNormalizer.key(role.rest()))) {
            return homeCountry().map(GazetteerEntry::iri);
        }
        return role.scope().map(e -> e.type().equals(Qawl.City) || e.type().equals(Qawl.Region)
                ? e.country().orElse(e.iri()) : e.iri());
    }

    /**
     * A person of this report whose surname the name is («توكاييف»). When two share it («فيصل
     * العمراني» and his daughter «نور العمراني»), the one the report named first: news introduces
     * its main actor first and calls later relatives by their given names or roles.
     */
    private Optional<ResolvedActor> knownSurname(String name) {
        for (String reading : WordRuns.readings(NameNormalizer.key(name))) { // «لهادي» is «ل» + «هادي»
            String surname = lastWordSkeleton(reading);
            if (surname.length() < 3) {
                continue;
            }
            for (ResolvedActor person : persons) {
                // three consonants suffice inside one report («توكاييف» → تكف)
                if (lastWordSkeleton(person.arabicLabel()).equals(surname)) {
                    return Optional.of(person);
                }
            }
        }
        return Optional.empty();
    }

    /** A one-word name that is exactly the last word of a person of the report («ليلى»). */
    private Optional<ResolvedActor> knownShortName(String name) {
        String written = NameNormalizer.key(name);
        if (written.contains(" ")) {
            return Optional.empty();
        }
        for (String key : WordRuns.readings(written)) {
            for (ResolvedActor person : persons) {
                String[] words = NameNormalizer.key(person.arabicLabel()).split(" ");
                if (key.length() >= 3 && words[words.length - 1].equals(key)) {
                    return Optional.of(person);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The body a bare head names: of the organization this report names most among those that
     * have such a body in the gazetteer («الأمانة العامة» → csto_secretariat), else, for a
     * country's head that is no organization's, of the country the report names most.
     */
    private Optional<ResolvedActor> bodyOfHead(List<GazetteerBodies.Head> heads) {
        boolean organizational = false;
        for (GazetteerBodies.Head head : heads) {
            if (head.owner() != GazetteerBodies.Owner.ORGANIZATION) {
                continue;
            }
            organizational = true;
            Map<GazetteerEntry, Integer> candidates = new HashMap<>();
            owners.forEach((iri, owner) -> {
                if (owner.type().equals(Qawl.Organization) && global.gazetteer().listedBodyOf(head, owner).isPresent()) {
                    candidates.put(owner, counts.get(iri));
                }
            });
            Optional<GazetteerEntry> owner = mostNamed(candidates);
            if (owner.isPresent()) {
                return global.gazetteer().listedBodyOf(head, owner.get()).map(global::fromEntry);
            }
        }
        if (organizational) {
            return Optional.empty(); // «قوات حفظ السلام» are not the home country's
        }
        for (GazetteerBodies.Head head : heads) {
            Optional<GazetteerEntry> country = homeCountry();
            if (country.isPresent()) {
                return Optional.of(global.fromEntry(global.gazetteer().bodyOf(head, country.get())));
            }
        }
        return Optional.empty();
    }

    private void count(ResolvedActor actor) {
        if (actor.type().equals(Qawl.Country) || actor.type().equals(Qawl.Organization)) {
            global.gazetteer().byIri(actor.iri()).ifPresent(entry -> {
                counts.merge(actor.iri(), 1, Integer::sum);
                owners.put(actor.iri(), entry);
            });
        }
    }

    /** The country this report names most. */
    private Optional<GazetteerEntry> homeCountry() {
        Map<GazetteerEntry, Integer> countries = new HashMap<>();
        owners.forEach((iri, owner) -> {
            if (owner.type().equals(Qawl.Country)) {
                countries.put(owner, counts.get(iri));
            }
        });
        return countries.entrySet().stream().max(Map.Entry.<GazetteerEntry, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().key())).map(Map.Entry::getKey);
    }

    /** The candidate named strictly more often than any other, if one is. */
    private static Optional<GazetteerEntry> mostNamed(Map<GazetteerEntry, Integer> candidates) {
        int best = candidates.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<GazetteerEntry> top = candidates.entrySet().stream().filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey).toList();
        return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
    }

    private static int wordCount(String name) {
        return name.strip().split("[\\s\\-]+").length; // «قاسم-جومارت توكايف» has three
    }

    /**
     * The skeleton of a name's last word; none for a father's name after «بن» («محمد بن سلمان»:
     * «سلمان» alone may be another person).
     */
    private static String lastWordSkeleton(String name) {
        String[] words = name.strip().split("[\\s\\-]+");
        if (words.length >= 2 && Set.of("بن", "ابن", "بنت").contains(NameNormalizer.key(words[words.length - 2]))) {
            return "";
        }
        return NameNormalizer.skeleton(words[words.length - 1]);
    }
}
