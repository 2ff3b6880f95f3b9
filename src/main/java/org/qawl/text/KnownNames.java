package org.qawl.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that can begin or continue a speaker phrase in one report: role and body nouns from the
 * lexicon and the gazetteer's names, plus every word of the speakers named so far («توكاييف» once seen stays a name).
 * One instance per report.
 */
final class KnownNames {
    private final AttributionWords words;
    private final NameLexicon lexicon;
    private final Set<String> seen = new HashSet<>();

    KnownNames(AttributionWords words, NameLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    void addPhrase(java.util.List<Token> tokens) {
        for (Token token : tokens) {
            if (!words.endsSpeaker(token.normalized()) && token.normalized().length() > 2) {
                seen.add(AttributionWords.withoutConjunction(token.normalized()));
            }
        }
    }

    /** A word of a speaker already named in this report. */
    boolean isSeen(Token token) {
        String word = token.normalized();
        return seen.contains(word) || seen.contains(AttributionWords.withoutConjunction(word));
    }

    boolean isNameLike(Token token) {
        String word = token.normalized();
        String bare = AttributionWords.withoutConjunction(word);
        return words.isSpeakerHead(word) || seen.contains(word) || seen.contains(bare)
                || isNisba(bare) || lexicon.isNameWord(word) || lexicon.isNameWord(bare)
                || (bare.startsWith("ال") && lexicon.isNameWord(bare.substring(2)));
    }

    /** «الروسي»، «الكازاخستانية»: adjectives of origin continue a speaker phrase. */
    static boolean isNisba(String word) {
        return word.startsWith("ال") && word.length() > 4
                && (word.endsWith("ي") || word.endsWith("يه") || word.endsWith("يين"));
    }
}
