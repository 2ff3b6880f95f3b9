package org.qawl.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qawl.text.ActorMention;
import org.qawl.text.Token;

/**
 * Later mentions of the persons a report names after a title: «توكاييف» (or «جومارت توكاييف»,
 * «توكايف») after «الرئيس الكازاخستاني قاسم جومارت توكاييف». A word matches a surname when it
 * has the surname's consonant skeleton ({@link NameNormalizer#skeleton}) and the same first and
 * last letters, so spelling variants meet but «تكفي» is not «توكاييف». A father's name after
 * «بن» is no surname («سلمان» in «محمد بن سلمان» may be another person), and surnames under four
 * letters are too short to trust.
 */
final class Surnames {
    private static final Set<String> PATRONYMIC = Set.of("بن", "ابن", "بنت");

    private final Map<String, List<String>> bySkeleton = new HashMap<>();
    private final Set<String> nameSkeletons = new HashSet<>();
    /** The first and last letters of every surname. */
    private final Set<String> ends = new HashSet<>();

    Surnames(List<List<String>> personNames) {
        for (List<String> name : personNames) {
            String last = name.get(name.size() - 1);
            boolean patronymic = name.size() >= 2 && PATRONYMIC.contains(name.get(name.size() - 2));
            if (last.length() < 4 || patronymic) {
                continue;
            }
            bySkeleton.computeIfAbsent(NameNormalizer.skeleton(last), k -> new ArrayList<>()).add(last);
            ends.add("" + last.charAt(0) + last.charAt(last.length() - 1));
            name.forEach(word -> nameSkeletons.add(NameNormalizer.skeleton(word)));
        }
    }

    /** NAME mentions of known surnames at words no other mention covers. */
    List<ActorMention> find(String text, List<Token> tokens, List<ActorMention> mentions, Set<String> stops) {
        if (bySkeleton.isEmpty()) {
            return List.of();
        }
        boolean[] covered = new boolean[tokens.size()];
        for (ActorMention mention : mentions) {
            for (int k = Token.firstEndingAfter(tokens, mention.span().start());
                    k < tokens.size() && tokens.get(k).span().start() < mention.span().end(); k++) {
                covered[k] = true;
            }
        }
        List<ActorMention> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (covered[k] || !isSurname(tokens.get(k).normalized(), stops)) {
                continue;
            }
            int start = k;
            while (start > 0 && !covered[start - 1] && !WordRuns.breakBefore(text, tokens, start)
                    && nameSkeletons.contains(NameNormalizer.skeleton(tokens.get(start - 1).normalized()))) {
                start--; // «جومارت توكاييف»
            }
            found.add(new ActorMention(WordRuns.span(tokens, start, k + 1), ActorMention.Kind.NAME));
        }
        return found;
    }

    private boolean isSurname(String word, Set<String> stops) {
        for (String reading : WordRuns.readings(word)) {
            if (reading.length() < 4 || !ends.contains("" + reading.charAt(0) + reading.charAt(reading.length() - 1))) {
                continue; // cheap test first: this runs on every word of the report
            }
            List<String> surnames = bySkeleton.get(NameNormalizer.skeleton(reading));
            if (surnames == null || stops.contains(reading) || reading.length() < 4) {
                continue;
            }
            for (String surname : surnames) {
                if (reading.charAt(0) == surname.charAt(0)
                        && reading.charAt(reading.length() - 1) == surname.charAt(surname.length() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
