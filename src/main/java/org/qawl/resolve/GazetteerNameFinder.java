package org.qawl.resolve;

import static org.qawl.resolve.WordRuns.breakBefore;
import static org.qawl.resolve.WordRuns.readings;
import static org.qawl.resolve.WordRuns.span;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.qawl.text.ActorMention;
import org.qawl.text.ActorMention.Kind;
import org.qawl.text.LexiconFile;
import org.qawl.text.Token;
import org.qawl.vocab.Qawl;

/**
 * Where the gazetteer's names stand in a text, for {@link ActorMentionRecognizer}: the longest
 * name or owned body at a word (proclitics allowed), nisba adjectives, names quoted on their own,
 * everyday words that are names only in context (lexicon {@value #AMBIGUOUS}), and capitals
 * named for their state (lexicon {@value #PLACE_CUES}). Immutable and thread-safe; lookups are
 * pre-filtered by first words.
 */
final class GazetteerNameFinder {
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_BODY_OWNER_WORDS = 6;
    private static final String PLACE_CUES = "/qawl/lexicon/place-cues.txt";
    private static final String AMBIGUOUS = "/qawl/lexicon/ambiguous-names.tsv";

    private final Gazetteer gazetteer;
    private final Set<String> nisbaWords;
    /** For each first word of a name, the most words a name starting with it has. */
    private final Map<String, Integer> longestName;
    private final WordRuns.Phrases bodyHeads;
    private final Set<String> placeCues = Set.copyOf(LexiconFile.lines(PLACE_CUES));
    private final Map<String, AmbiguousName> ambiguous = ambiguousNames();

    GazetteerNameFinder(Gazetteer gazetteer, List<List<String>> heads) {
        this.gazetteer = gazetteer;
        Map<String, Integer> longest = new HashMap<>();
        Set<String> nisba = new HashSet<>();
        gazetteer.asGraph().find().forEachRemaining((Triple t) -> {
            Node o = t.getObject();
            if (!o.isLiteral() || !"ar".equals(o.getLiteralLanguage())) {
                return;
            }
            String key = NameNormalizer.key(o.getLiteralLexicalForm());
            if (key.isEmpty()) {
                return;
            }
            if (t.getPredicate().equals(Gazetteer.NISBA)) {
                nisba.add(NameNormalizer.withoutArticle(key));
            } else if (t.getPredicate().equals(RDFS.label.asNode()) || t.getPredicate().equals(SKOS.altLabel.asNode())) {
                String[] words = key.split(" ");
                longest.merge(words[0], words.length, Math::max);
            }
        });
        this.nisbaWords = Set.copyOf(nisba);
        this.longestName = Map.copyOf(longest);
        this.bodyHeads = new WordRuns.Phrases(heads);
    }

    /** The number of words of the longest body head at {@code i} («وزارة الخارجية»), or 0. */
    int bodyHeadAt(String text, List<Token> tokens, int i) {
        return bodyHeads.at(text, tokens, i);
    }

    /**
     * Whether the name at {@code i} is a capital named for its state: not after a word that
     * makes it a place («في موسكو»، «العاصمة نور سلطان») and not written with locative ب.
     */
    boolean isStateCapital(String text, List<Token> tokens, int i, int words) {
        String phrase = text.substring(tokens.get(i).span().start(), tokens.get(i + words - 1).span().end());
        boolean capital = gazetteer.lookup(phrase).filter(e -> e.type().equals(Qawl.City))
                .flatMap(gazetteer::stateOfCapital).isPresent();
        if (!capital) {
            return false;
        }
        String word = tokens.get(i).normalized();
        boolean locative = word.startsWith("ب") && gazetteer.lookup(phrase.substring(1)).isPresent();
        boolean afterPlaceWord = i > 0 && readings(tokens.get(i - 1).normalized()).stream().anyMatch(placeCues::contains);
        return !locative && !afterPlaceWord && !isDateline(text, tokens, i, words);
    }

    /** «الرياض - واس»، «لندن: ...»: a place at the start of a line, before a colon or a dash. */
    private static boolean isDateline(String text, List<Token> tokens, int i, int words) {
        int start = tokens.get(i).span().start();
        int end = tokens.get(i + words - 1).span().end();
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\u00A0')) {
            before--;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\u00A0')) {
            after++;
        }
        boolean lineStart = before < 0 || text.charAt(before) == '\n';
        boolean marked = after < text.length() && ":-–—".indexOf(text.charAt(after)) >= 0;
        return lineStart || marked;
    }

    /**
     * The owner named inside a body phrase: «الروسية» in «وزارة الدفاع الروسية» (a nisba), «حلف
     * شمال الأطلسي» in «قوات حلف شمال الأطلسي», «منظمة معاهدة الأمن الجماعي» after «التابعة ل».
     */
    List<ActorMention> ownerWithin(String text, List<Token> tokens, int i, int words) {
        int head = bodyHeads.at(text, tokens, i);
        if (head == 0 || head >= words) {
            return List.of();
        }
        int from = i + head;
        String first = tokens.get(from).normalized();
        if (Set.of("التابعه", "التابع", "التابعين", "في", "فى").contains(first) && from + 1 < i + words) {
            from++;
        }
        if (from + 1 == i + words && isNisba(tokens.get(from))) {
            return List.of(new ActorMention(tokens.get(from).span(), Kind.NISBA));
        }
        int owner = nameAt(text, tokens, from);
        return from + owner == i + words && owner > 0
                ? List.of(new ActorMention(span(tokens, from, from + owner), Kind.NAME)) : List.of();
    }

    /** Whether the name at {@code j} is a collective group («المواطنين»): no title's scope. */
    boolean isGroup(String text, List<Token> tokens, int j, int words) {
        String phrase = text.substring(tokens.get(j).span().start(), tokens.get(j + words - 1).span().end());
        return gazetteer.lookup(phrase).filter(e -> e.type().equals(Qawl.Group)).isPresent();
    }

    /** The number of words of the longest gazetteer name or owned body starting at {@code i}, or 0. */
    int nameAt(String text, List<Token> tokens, int i) {
        int longest = 0;
        for (String reading : readings(tokens.get(i).normalized())) {
            longest = Math.max(longest, longestName.getOrDefault(reading, 0));
        }
        int head = bodyHeads.at(text, tokens, i);
        boolean body = head > 0;
        if (longest == 0 && !body) {
            return 0;
        }
        // a body is its head and an owner of a few words («قوات حفظ السلام التابعة لمنظمة ...»)
        int most = Math.max(Math.min(longest, MAX_NAME_WORDS), body ? head + MAX_BODY_OWNER_WORDS : 0);
        for (int n = Math.min(most, tokens.size() - i); n >= 1; n--) {
            if (n > 1 && breakBefore(text, tokens, i + n - 1)) {
                continue;
            }
            String phrase = text.substring(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
            if (n == 1 && !ambiguousNameCounts(text, tokens, i)) {
                continue;
            }
            if ((n <= longest && gazetteer.lookup(phrase).isPresent())
                    || (n > head && body && gazetteer.lookupBody(phrase).isPresent())) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The number of words (up to three) standing alone in quotation marks at {@code i} that are
     * a gazetteer name kept only as a hidden label («الميادين», "الوطن"), or 0.
     */
    int quotedName(String text, List<Token> tokens, int i) {
        int before = tokens.get(i).span().start() - 1;
        if (before < 0 || "«\"“".indexOf(text.charAt(before)) < 0) {
            return 0; // most words: no opening quote right before them
        }
        for (int n = 1; n <= 3 && i + n <= tokens.size(); n++) {
            if (WordRuns.quotedAlone(text, tokens, i, i + n)) {
                String phrase = text.substring(tokens.get(i).span().start() - 1, tokens.get(i + n - 1).span().end() + 1);
                return gazetteer.lookupQuoted(phrase).isPresent() ? n : 0;
            }
        }
        return 0;
    }

    /**
     * Whether a one-word name that is also an everyday word counts here, by the word before it
     * (lexicon {@value #AMBIGUOUS}): «في مالي» is Mali, «دعم مالي» "financial support".
     */
    private boolean ambiguousNameCounts(String text, List<Token> tokens, int i) {
        for (String reading : readings(tokens.get(i).normalized())) {
            AmbiguousName rule = ambiguous.get(reading);
            if (rule == null) {
                continue;
            }
            boolean proclitic = !reading.equals(tokens.get(i).normalized());
            boolean listed = i > 0 && !breakBefore(text, tokens, i)
                    && readings(tokens.get(i - 1).normalized()).stream().anyMatch(rule.words()::contains);
            return rule.only() ? listed || proclitic : !listed;
        }
        return true;
    }

    private record AmbiguousName(boolean only, Set<String> words) {}

    private static Map<String, AmbiguousName> ambiguousNames() {
        Map<String, AmbiguousName> out = new HashMap<>();
        for (String line : LexiconFile.lines(AMBIGUOUS)) {
            String[] cols = line.split("\t");
            out.put(cols[0].strip(), new AmbiguousName(cols[1].strip().equals("only"),
                    Set.copyOf(java.util.Arrays.asList(cols[2].strip().split("\\s+")))));
        }
        return Map.copyOf(out);
    }

    boolean isNisba(Token token) {
        for (String reading : readings(token.normalized())) {
            if (nisbaWords.contains(NameNormalizer.withoutArticle(reading))) {
                return gazetteer.lookupNisba(token.normalized()).isPresent();
            }
        }
        return false;
    }
}
