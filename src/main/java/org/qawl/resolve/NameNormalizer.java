package org.qawl.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qawl.text.ArabicText;

/**
 * Lookup keys for names, for MATCHING only (labels are always published as written). Three
 * levels, each coarser than the one before:
 *
 * <ol>
 *   <li>{@link #key}: {@link ArabicText#normalize} (diacritics, tatweel, hamzated alefs, alef
 *       maqsura, ta marbuta), Arabic-Indic digits to ASCII, Latin lower-cased, hyphens and
 *       punctuation to one space ({@code قاسم-جومارت} = {@code قاسم جومارت}, {@code أ.ف.ب} =
 *       {@code أ ف ب}), a plus sign read as the word بلس ({@code أوبك+} = {@code أوبك بلس}).
 *   <li>{@link #keyVariants}: the key, then the key with the proclitics of its first word
 *       removed (و ف ب ل ك, {@code لل} → {@code ال}). A caller tries them in order and takes the
 *       first that is known, so names that begin with those letters ({@code بيروت},
 *       {@code فرنسا}, {@code لبنان}, {@code وام}) still match as written.
 *   <li>{@link #skeleton}: a secondary key for transliterated foreign names, whose long vowels
 *       and doubled letters vary from one newsroom to the next ({@code توكاييف}/{@code توكايف},
 *       {@code كوناشينكوف}/{@code كونتشينكوف}, {@code إيغور}/{@code إيجور}).
 * </ol>
 *
 * <p><b>Skeleton trade-off.</b> Inside each word, after its first letter, ا و ي are dropped,
 * a final ه (ta marbuta) is dropped, doubled letters collapse, تش → ش and دج → ج
 * (two spellings of "ch" and "j"), and ج/غ, ط/ت, ص/س are folded (the spellings of "g",
 * "t" and "s"). That merges real variants but also distinct names: {@code غينيا} (Guinea) and
 * {@code غيانا} (Guyana) share the skeleton {@code جن}, and {@code تونس} shares {@code تنس}
 * with the word "tennis". So a skeleton is only a fallback: use it when the exact keys found
 * nothing, only when it is {@link #isDistinctive distinctive} (at least
 * {@value #MIN_SKELETON_LETTERS} letters), and only when exactly one candidate has it.
 *
 * <p>Stateless and thread-safe; the same input always gives the same output.
 */
public final class NameNormalizer {
    /** The fewest letters a skeleton needs before it may be used to match. */
    public static final int MIN_SKELETON_LETTERS = 4;

    private static final String PROCLITIC_WA_FA = "وف";
    private static final String PROCLITIC_BI_LI_KA = "بلك";

    private NameNormalizer() {}

    /** The exact lookup key: normalized letters, ASCII digits, single spaces, no punctuation. */
    public static String key(CharSequence name) {
        String normalized = ArabicText.normalize(name);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean pendingSpace = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            char folded = foldDigit(c);
            if (c == '+') { // أوبك+ = أوبك بلس
                out.append(out.length() > 0 ? " بلس" : "بلس");
                pendingSpace = true;
            } else if (Character.isLetterOrDigit(folded)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(folded);
            } else {
                pendingSpace = true; // spaces, hyphens, dashes, quotes, dots, brackets
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The key as written first, then the key with proclitics taken off its first word, from the
     * least to the most stripped. After {@code لل} both readings are given, the article restored
     * first ({@code للأمم} → {@code الامم}) and then the bare word ({@code للبنان} →
     * {@code لبنان}). A stripped first word keeps at least three letters.
     */
    public static List<String> keyVariants(CharSequence name) {
        String key = key(name);
        List<String> out = new ArrayList<>(4);
        out.add(key);
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        String rest = space < 0 ? "" : key.substring(space);
        String word = first;
        if (word.length() > 3 && PROCLITIC_WA_FA.indexOf(word.charAt(0)) >= 0) {
            word = word.substring(1);
            addIfNew(out, word + rest);
        }
        if (word.length() > 3 && PROCLITIC_BI_LI_KA.indexOf(word.charAt(0)) >= 0) {
            String stripped = word.substring(1);
            if (word.startsWith("لل")) {
                addIfNew(out, "ا" + stripped + rest); // للأمم → الأمم
            }
            addIfNew(out, stripped + rest); // للبنان → لبنان
        }
        return List.copyOf(out);
    }

    /** The key without a leading article on its first word ({@code الروسية} → {@code روسية}). */
    public static String withoutArticle(String key) {
        return key.startsWith("ال") && key.length() > 4 ? key.substring(2) : key;
    }

    /**
     * The consonant skeleton of a name, for matching transliterated names whose vowels and
     * doubled letters vary. See the class comment for what it folds and why it is only a
     * fallback.
     */
    public static String skeleton(CharSequence name) {
        String key = key(name).replace("تش", "ش").replace("دج", "ج");
        StringBuilder out = new StringBuilder(key.length());
        int wordStart = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                out.append(' ');
                wordStart = i + 1;
                continue;
            }
            boolean first = i == wordStart;
            boolean last = i + 1 == key.length() || key.charAt(i + 1) == ' ';
            if (!first && (c == 'ا' || c == 'و' || c == 'ي' || (last && c == 'ه'))) {
                continue;
            }
            char folded = foldConsonant(c);
            if (!first && out.length() > 0 && out.charAt(out.length() - 1) == folded) {
                continue; // doubled letter, also across a dropped vowel (بابا → بب → ب)
            }
            out.append(folded);
        }
        return out.toString();
    }

    /**
     * The keys to try for a nisba adjective: as given, with regular plurals and duals folded to
     * the singular ({@code الروسيون}/{@code الروسيين} → {@code الروسي},
     * {@code الامريكيات}/{@code الامريكيتين} → {@code الامريكيه}), and each of those with the
     * article added or removed on every word ({@code الكوري الشمالي} ↔ {@code كوري شمالي}).
     */
    public static List<String> nisbaKeys(String key) {
        List<String> out = new ArrayList<>(4);
        for (String form : List.of(key, singular(key))) {
            addIfNew(out, form);
            addIfNew(out, toggleArticle(form));
        }
        return List.copyOf(out);
    }

    private static String singular(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.length() >= 5 && (word.endsWith("يون") || word.endsWith("يين"))) {
                out.append(word, 0, word.length() - 2);
            } else if (word.length() >= 5 && word.endsWith("يات")) {
                out.append(word, 0, word.length() - 2).append('ه');
            } else if (word.length() >= 6 && (word.endsWith("يتين") || word.endsWith("يتان"))) {
                out.append(word, 0, word.length() - 3).append('ه');
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static String toggleArticle(String key) {
        String[] words = key.split(" ");
        boolean all = true;
        for (String word : words) {
            all &= word.startsWith("ال") && word.length() > 3;
        }
        StringBuilder out = new StringBuilder(key.length() + 2 * words.length);
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(all ? word.substring(2) : "ال" + word);
        }
        return out.toString();
    }

    /**
     * Whether the diacritics a writer put on a name agree with a label: the name as written
     * carries at least one diacritic, and aligned from the end (so proclitics do not matter),
     * every letter of the label has the same base letter in the text and at least the
     * diacritics the text puts on it. Used only to choose between entries whose keys collide
     * ({@code عمّان} is Amman, {@code عُمان} is Oman).
     */
    public static boolean diacriticsAgree(String written, String label) {
        List<String> text = marked(written);
        List<String> name = marked(label);
        if (text.stream().noneMatch(letter -> letter.length() > 1) || name.size() > text.size()) {
            return false;
        }
        int offset = text.size() - name.size();
        for (int i = 0; i < name.size(); i++) {
            String t = text.get(offset + i);
            String n = name.get(i);
            if (t.charAt(0) != n.charAt(0)) {
                return false;
            }
            for (int d = 1; d < t.length(); d++) {
                if (n.indexOf(t.charAt(d), 1) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each letter as its folded base letter followed by the diacritics written on it. */
    private static List<String> marked(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicText.isDiacritic(c) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + c);
            } else if (Character.isLetterOrDigit(c)) {
                String base = ArabicText.normalize(String.valueOf(c));
                if (!base.isEmpty()) { // tatweel is a letter to Java but not to a name
                    out.add(base);
                }
            }
        }
        return out;
    }

    /** Whether a skeleton has enough letters to be trusted as a fallback match. */
    public static boolean isDistinctive(String skeleton) {
        int letters = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            if (skeleton.charAt(i) != ' ') {
                letters++;
            }
        }
        return letters >= MIN_SKELETON_LETTERS;
    }

    private static char foldDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    private static char foldConsonant(char c) {
        return switch (c) {
            case 'غ', 'چ', 'گ' -> 'ج';
            case 'ط' -> 'ت';
            case 'ص' -> 'س';
            case 'ڤ' -> 'ف';
            case 'پ' -> 'ب';
            default -> c;
        };
    }

    private static void addIfNew(List<String> out, String candidate) {
        if (!candidate.isBlank() && !out.contains(candidate)) {
            out.add(candidate);
        }
    }
}
