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

    ReportActors(GazetteerResolver global) {
        this.global = global;
    }

    @Override
    public java.util.Optional<ResolvedActor> resolveNisba(String adjectiveAsWritten) {
        return global.resolveNisba(adjectiveAsWritten);
    }

    @Override
    public ResolvedActor resolve(String nameAsWritten) {
        ResolvedActor resolved = global.resolve(nameAsWritten);
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
