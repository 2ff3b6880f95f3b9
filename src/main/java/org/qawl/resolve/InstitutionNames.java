package org.qawl.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.jena.graph.Node;
import org.qawl.text.LexiconFile;
import org.qawl.text.Token;
import org.qawl.vocab.Qawl;

/**
 * Names of institutions and places the gazetteer does not list, read from their head noun and
 * the words that complete it (lexicon {@code /qawl/lexicon/institution-heads.tsv}):
 * «وزارة الحج»، «الهيئة العامة للاستثمار»، «مركز الملك سلمان للإغاثة والأعمال الإنسانية»،
 * «نادي القادسية»؛ «مديرية كريتر»، «مدينة الفيصل». An institution head with the article needs a
 * ل-phrase («اللجنة الوطنية للحج»): «اللجنة» or «الهيئة» alone or with an adjective is an
 * anaphor. Immutable and thread-safe.
 */
final class InstitutionNames {
    private static final String LEXICON = "/qawl/lexicon/institution-heads.tsv";
    private static final int MAX_WORDS = 8;
    /** Titles after which a name without the article continues an institution's name. */
    private static final Set<String> ROYAL = Set.of("الملك", "الامير", "الشيخ", "الامام", "السلطان");
    private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "ال", "ابو", "عبد");

    /** A head noun and what its names are. */
    record Head(String word, Node type, boolean place, boolean definiteComplement, boolean needsNamedComplement) {}

    private final Map<String, Head> heads = new HashMap<>();

    InstitutionNames() {
        LexiconFile.sections(LEXICON).forEach((section, lines) -> {
            for (String line : lines) {
                String[] cols = line.split("\t");
                String option = cols.length > 2 ? cols[2].strip() : "";
                heads.put(cols[0].strip(), new Head(cols[0].strip(), type(cols[1].strip()),
                        section.equals("places"), option.equals("definite"), option.equals("named")));
            }
        });
    }

    private static Node type(String name) {
        return switch (name) {
            case "GovernmentBody" -> Qawl.GovernmentBody;
            case "Organization" -> Qawl.Organization;
            case "MediaOutlet" -> Qawl.MediaOutlet;
            case "ArmedForce" -> Qawl.ArmedForce;
            case "City" -> Qawl.City;
            case "Region" -> Qawl.Region;
            default -> throw new IllegalStateException(LEXICON + ": unknown type " + name);
        };
    }

    /**
     * The name without the proclitic on its head («بصحيفة الوئام» → «صحيفة الوئام»), so that it
     * gives the same actor wherever it is written; the key unchanged if its first word is no head.
     */
    String withoutProclitic(String key) {
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        for (String reading : WordRuns.readings(first)) {
            if (heads.containsKey(NameNormalizer.withoutArticle(reading))) {
                return reading + (space < 0 ? "" : key.substring(space));
            }
        }
        return key;
    }

    /** The class a name gets from its first word, if that word is a head («وزارة ...» → GovernmentBody). */
    Optional<Node> typeOf(String key) {
        String first = key.split(" ")[0];
        for (String reading : WordRuns.readings(first)) {
            Head head = heads.get(NameNormalizer.withoutArticle(reading));
            if (head != null) {
                return Optional.of(head.type());
            }
        }
        return Optional.empty();
    }

    /**
     * The number of words of the institution or place name starting at {@code i}, or 0.
     * {@code ends} says where a name cannot go on (a verb, a function word, a title).
     */
    int at(String text, List<Token> tokens, int i, IntPredicate ends) {
        String first = tokens.get(i).normalized();
        Head head = null;
        boolean definite = false;
        for (String reading : WordRuns.readings(first)) {
            boolean article = reading.startsWith("ال");
            Head found = heads.get(article ? reading.substring(2) : reading);
            if (found != null) {
                head = found;
                definite = article;
                break;
            }
        }
        if (head == null) {
            return 0;
        }
        return head.place() ? place(text, tokens, i, head, definite, ends) : institution(text, tokens, i, head, definite, ends);
    }

    private int institution(String text, List<Token> tokens, int i, Head head, boolean definite, IntPredicate ends) {
        int k = i + 1;
        boolean lam = false;
        boolean named = false;
        boolean afterRoyal = false;
        while (k < tokens.size() && k - i < MAX_WORDS && !WordRuns.breakBefore(text, tokens, k) && !ends.test(k)) {
            String word = tokens.get(k).normalized();
            String bare = word.startsWith("و") && word.length() > 3 ? word.substring(1) : word;
            if (CONNECTORS.contains(word) && k + 1 < tokens.size()) {
                afterRoyal = true; // «بن»: a name goes on
            } else if (afterRoyal && !bare.startsWith("ال")) {
                named = true; // «الملك سلمان»
                afterRoyal = false;
            } else if (ROYAL.contains(bare)) {
                afterRoyal = true;
            } else if (bare.startsWith("لل") || (bare.startsWith("ل") && bare.length() > 3 && k > i + 1)) {
                lam = true;
                afterRoyal = false;
            } else if (bare.startsWith("ال") && bare.length() > 3) {
                afterRoyal = false;
            } else {
                break;
            }
            k++;
        }
        while (k > i + 1 && (CONNECTORS.contains(tokens.get(k - 1).normalized())
                || ROYAL.contains(tokens.get(k - 1).normalized()))) {
            k--; // a name cut off after «بن» or «الملك»
        }
        boolean complete = k > i + 1 && (!definite || lam) && (!head.needsNamedComplement() || lam || named);
        return complete ? k - i : 0;
    }

    private int place(String text, List<Token> tokens, int i, Head head, boolean definite, IntPredicate ends) {
        int k = i + 1;
        if (definite || k >= tokens.size() || WordRuns.breakBefore(text, tokens, k) || ends.test(k)) {
            return 0; // «المدينة الخضراء»: a definite head is a description
        }
        String word = tokens.get(k).normalized();
        for (String proclitic : List.of("بال", "لل", "وال", "فال", "كال")) {
            if (word.startsWith(proclitic)) {
                return 0; // «أكبر مدينة بالبلاد»: a preposition, no name
            }
        }
        boolean article = word.startsWith("ال");
        boolean adjective = word.endsWith("ه") || word.endsWith("يه") || word.endsWith("ي") && article;
        if (word.length() < 3 || adjective || (article && !head.definiteComplement())) {
            return 0;
        }
        return 2;
    }
}
