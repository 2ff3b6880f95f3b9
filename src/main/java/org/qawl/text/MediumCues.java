package org.qawl.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The medium cues of {@code qawl/lexicon/media-cues.tsv}, matched on whole words. */
public final class MediumCues {
    static final String RESOURCE = "/qawl/lexicon/media-cues.tsv";

    private record Cue(List<String> words, String label) {}

    private final List<Cue> cues;
    private final java.util.Set<String> firstWords;

    private MediumCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.firstWords = java.util.Set.copyOf(cues.stream().map(c -> c.words().get(0)).toList());
    }

    public static MediumCues load() {
        List<Cue> cues = new ArrayList<>();
        for (String line : LexiconFile.lines(RESOURCE)) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected 2 columns: " + line);
            }
            cues.add(new Cue(List.of(ArabicText.normalize(columns[0]).split(" ")), columns[1]));
        }
        cues.sort(Comparator.comparingInt((Cue c) -> c.words().size()).reversed());
        return new MediumCues(cues);
    }

    /** The medium the words name, the longest cue first; a proclitic و/ب/ل/ف on a word is allowed. */
    Optional<String> find(List<Token> tokens) {
        boolean any = tokens.stream().map(Token::normalized)
                .anyMatch(w -> firstWords.contains(w) || (w.length() > 2 && firstWords.contains(w.substring(1))));
        if (!any) {
            return Optional.empty();
        }
        for (Cue cue : cues) {
            for (int i = 0; i + cue.words().size() <= tokens.size(); i++) {
                if (matches(tokens, i, cue.words())) {
                    return Optional.of(cue.label());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Token> tokens, int at, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            String token = tokens.get(at + j).normalized();
            String word = words.get(j);
            boolean same = token.equals(word) || (j == 0 && token.length() > word.length()
                    && "وبلف".indexOf(token.charAt(0)) >= 0 && token.substring(1).equals(word));
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
