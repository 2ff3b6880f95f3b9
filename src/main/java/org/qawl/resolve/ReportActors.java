package org.qawl.resolve;

import java.util.ArrayList;
import java.util.List;
import org.qawl.vocab.Qawl;

/**
 * Actor resolution inside one report: a person named in full («الرئيس الكازاخستاني قاسم جومارت
 * توكاييف») is remembered, so that later short mentions resolve to that person — the surname
 * alone («توكاييف»), or the title alone («الرئيس», «الرئيس الكازاخستاني»). One per report.
 */
final class ReportActors implements ActorResolver {
    private final GazetteerResolver global;
    private final List<ResolvedActor> persons = new ArrayList<>();
    private final java.util.Map<org.apache.jena.graph.Node, Integer> countryCounts = new java.util.HashMap<>();
    private final java.util.Map<org.apache.jena.graph.Node, ResolvedActor> countries = new java.util.HashMap<>();

    ReportActors(GazetteerResolver global) {
        this.global = global;
    }

    @Override
    public java.util.Optional<ResolvedActor> resolveNisba(String adjectiveAsWritten) {
        java.util.Optional<ResolvedActor> resolved = global.resolveNisba(adjectiveAsWritten);
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
    public ResolvedActor resolve(String nameAsWritten) {
        ResolvedActor resolved = global.resolve(nameAsWritten);
        count(resolved);
        if (resolved.type().equals(Qawl.Actor) || resolved.type().equals(Qawl.GovernmentBody)
                || resolved.type().equals(Qawl.ArmedForce)) {
            java.util.Optional<ResolvedActor> known = knownPersonOrBody(nameAsWritten, resolved);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (!resolved.type().equals(Qawl.Person)) {
            return resolved;
        }
        boolean named = resolved.iri().getURI().contains("/actor/person_");
        if (named) {
            String surname = lastWordSkeleton(resolved.arabicLabel());
            for (int i = persons.size() - 1; i >= 0; i--) {
                ResolvedActor earlier = persons.get(i);
                boolean longer = earlier.arabicLabel().split(" ").length > resolved.arabicLabel().split(" ").length;
                if (longer && lastWordSkeleton(earlier.arabicLabel()).equals(surname)) {
                    return earlier; // «توكاييف» after «قاسم جومارت توكاييف»
                }
            }
            persons.add(resolved);
            return resolved;
        }
        // a title alone: the latest person named in this report with the same title
        for (int i = persons.size() - 1; i >= 0; i--) {
            ResolvedActor earlier = persons.get(i);
            if (!resolved.role().isEmpty() && sameRole(earlier.role(), resolved.role())) {
                return earlier;
            }
        }
        return resolved;
    }

    /**
     * An untitled name that is the surname of a person named in this report («توكاييف»), or a
     * bare body («الحكومة»، «وزارة الداخلية») of the country this report is most about.
     */
    private java.util.Optional<ResolvedActor> knownPersonOrBody(String name, ResolvedActor resolved) {
        if (resolved.type().equals(Qawl.Actor)) {
            String surname = lastWordSkeleton(name);
            for (int i = persons.size() - 1; i >= 0; i--) {
                // three consonants suffice inside one report («توكاييف» → تكف)
                if (lastWordSkeleton(persons.get(i).arabicLabel()).equals(surname) && surname.length() >= 3) {
                    return java.util.Optional.of(persons.get(i));
                }
            }
        }
        if (name.strip().split("\\s+").length <= 3 && !resolved.iri().getURI().contains("/actor/person_")) {
            return homeCountry().flatMap(country -> global.bodyOf(name, country));
        }
        return java.util.Optional.empty();
    }

    private void count(ResolvedActor actor) {
        if (actor.type().equals(Qawl.Country)) {
            countryCounts.merge(actor.iri(), 1, Integer::sum);
            countries.put(actor.iri(), actor);
        }
    }

    private java.util.Optional<ResolvedActor> homeCountry() {
        return countryCounts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> countries.get(e.getKey()));
    }

    /**
     * Whether a title alone («الرئيس»، «الرئيس الكازاخستاني») names the holder of an earlier,
     * fuller role («الرئيس الكازاخستاني»، «رئيس جمهورية كازاخستان»): same head word, and every
     * word of the short one in the full one (articles and proclitics aside).
     */
    static boolean sameRole(String earlierRole, String mention) {
        List<String> full = roleWords(earlierRole);
        List<String> shortForm = roleWords(mention);
        return !full.isEmpty() && !shortForm.isEmpty() && full.get(0).equals(shortForm.get(0))
                && full.containsAll(shortForm);
    }

    private static List<String> roleWords(String role) {
        List<String> words = new ArrayList<>();
        for (String word : NameNormalizer.key(role).split(" ")) {
            if (!word.isEmpty() && !word.equals("فخامه") && !word.equals("باسم")) {
                words.add(NameNormalizer.withoutArticle(word));
            }
        }
        return words;
    }

    private static String lastWordSkeleton(String name) {
        String[] words = name.strip().split("[\\s\\-]+");
        return NameNormalizer.skeleton(words[words.length - 1]);
    }
}
