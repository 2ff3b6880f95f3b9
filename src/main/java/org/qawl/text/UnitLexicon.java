package org.qawl.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What numbers count: the unit words of {@code qawl/lexicon/units.tsv} by class, with the forms
 * the lexicon leaves to the code (accusative «جندياً»، dual «يومين»، feminine plural «سيارات»,
 * and after the partitive «من» the article and a possessive suffix: «من سياراتها»). Listed
 * forms always win over derived ones. Immutable and thread-safe.
 */
final class UnitLexicon {
    static final String RESOURCE = "/qawl/lexicon/units.tsv";
    private static final String NOT_UNITS = "not-units";
    private static final List<String> SUFFIXES = List.of("هما", "ها", "هم", "هن", "نا", "كم", "ه");

    /** A unit at tokens [from, next): its class, and whether the word is a dual («يومين»). */
    record Unit(String unitClass, int from, int next, boolean dual) {}

    /** Every listed form, single words and phrases, to its class. */
    private final Map<String, String> forms;
    /** The singular single words, from which duals and regular plurals are derived. */
    private final Map<String, String> singulars;
    private final Set<String> notUnits;
    /** The first words of the phrases among the forms: most tokens start none. */
    private final Set<String> phraseStarts;
    private final int longest;

    private UnitLexicon(Map<String, String> forms, Map<String, String> singulars, Set<String> notUnits) {
        this.forms = Map.copyOf(forms);
        this.singulars = Map.copyOf(singulars);
        this.notUnits = Set.copyOf(notUnits);
        this.longest = forms.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(1);
        Set<String> starts = new HashSet<>();
        forms.keySet().stream().filter(f -> f.contains(" ")).forEach(f -> starts.add(f.substring(0, f.indexOf(' '))));
        this.phraseStarts = Set.copyOf(starts);
    }

    static UnitLexicon load() {
        Map<String, String> forms = new HashMap<>();
        Map<String, String> singulars = new HashMap<>();
        Set<String> notUnits = new HashSet<>();
        LexiconFile.sections(RESOURCE).forEach((unitClass, lines) -> {
            for (String line : lines) {
                String[] columns = line.split("\t");
                String singular = normalizePhrase(columns[0]);
                if (unitClass.equals(NOT_UNITS)) {
                    notUnits.add(singular);
                    continue;
                }
                put(forms, singular, unitClass);
                if (!singular.contains(" ")) {
                    singulars.put(singular, unitClass);
                }
                if (columns.length > 1) {
                    for (String form : columns[1].split("،")) {
                        if (!form.isBlank()) {
                            put(forms, normalizePhrase(form), unitClass);
                        }
                    }
                }
            }
        });
        return new UnitLexicon(forms, singulars, notUnits);
    }

    private static void put(Map<String, String> forms, String form, String unitClass) {
        String before = forms.put(form, unitClass);
        if (before != null && !before.equals(unitClass)) {
            throw new IllegalStateException(RESOURCE + ": «" + form + "» is both " + before + " and " + unitClass);
        }
    }

    private static String normalizePhrase(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            words.add(ArabicText.normalize(word));
        }
        return String.join(" ", words);
    }

    /**
     * The unit that starts at token {@code i}, or null. After a partitive «من» ({@code partitive})
     * the article and a possessive suffix are allowed, and a dual is no dual («من الخليتين»).
     */
    Unit at(String text, List<Token> tokens, int i, boolean partitive) {
        String first = tokens.get(i).normalized();
        boolean phrase = phraseStarts.contains(first)
                || (first.endsWith("ا") && phraseStarts.contains(first.substring(0, first.length() - 1)));
        for (int n = phrase ? Math.min(longest, tokens.size() - i) : 1; n >= 2; n--) {
            StringBuilder key = new StringBuilder(tokens.get(i).normalized());
            boolean joined = true;
            for (int k = 1; k < n && joined; k++) {
                joined = NumberWords.adjacent(text, tokens.get(i + k - 1).span().end(), tokens.get(i + k));
                key.append(' ').append(tokens.get(i + k).normalized());
            }
            String unitClass = joined ? forms.get(key.toString()) : null;
            if (unitClass == null && joined) {
                unitClass = withoutTanween(key.toString());
            }
            if (unitClass != null) {
                return new Unit(unitClass, i, i + n, false);
            }
        }
        String word = tokens.get(i).normalized();
        Unit unit = word(word, i);
        if (!partitive) {
            return unit;
        }
        for (String bare : partitiveForms(word)) {
            if (unit != null) {
                break;
            }
            unit = word(bare, i);
        }
        return unit == null ? null : new Unit(unit.unitClass(), i, i + 1, false);
    }

    /** A phrase with accusative tanween on its first or last word («قتيلاً مدنياً»، «كيلو متراً»). */
    private String withoutTanween(String phrase) {
        int space = phrase.indexOf(' ');
        String head = phrase.substring(0, space);
        String unitClass = head.endsWith("ا") ? forms.get(head.substring(0, head.length() - 1) + phrase.substring(space))
                : null;
        return unitClass == null && phrase.endsWith("ا") ? forms.get(phrase.substring(0, phrase.length() - 1)) : unitClass;
    }

    private Unit word(String word, int i) {
        if (notUnits.contains(word)) {
            return null; // «طالبان»
        }
        String unitClass = forms.get(word);
        if (unitClass != null) {
            return new Unit(unitClass, i, i + 1, false);
        }
        if (word.endsWith("ا") && (unitClass = forms.get(word.substring(0, word.length() - 1))) != null) {
            return new Unit(unitClass, i, i + 1, false); // accusative: «جندياً»، «أشخاصاً»
        }
        String dual = dualStem(word);
        if (dual != null) {
            return new Unit(singulars.get(dual), i, i + 1, true);
        }
        if (word.endsWith("ات") && word.length() > 3) { // «سيارات» (but «مشاركات» is no «مشارك»)
            String stem = word.substring(0, word.length() - 2);
            unitClass = singulars.get(stem + "ه");
            if (unitClass != null) {
                return new Unit(unitClass, i, i + 1, false);
            }
        }
        return null;
    }

    /** The singular of a dual («يومين»، «يومان»، «خليتين»، «ضعفين»), or null. */
    private String dualStem(String word) {
        if (word.length() < 4 || !(word.endsWith("ين") || word.endsWith("ان"))) {
            return null;
        }
        String stem = word.substring(0, word.length() - 2);
        if (stem.endsWith("ت") && singulars.containsKey(stem.substring(0, stem.length() - 1) + "ه")) {
            return stem.substring(0, stem.length() - 1) + "ه";
        }
        // three letters at least: «كمين» (an ambush) is no dual of «كم» (km)
        return stem.length() >= 3 && singulars.containsKey(stem) ? stem : null;
    }

    /** After «من»: without the article, without a possessive suffix, or both. */
    private static List<String> partitiveForms(String word) {
        List<String> out = new ArrayList<>();
        List<String> bases = new ArrayList<>(List.of(word));
        if (word.startsWith("ال") && word.length() > 4) {
            bases.add(word.substring(2));
        }
        for (String base : bases) {
            if (!base.equals(word)) {
                out.add(base);
            }
            for (String suffix : SUFFIXES) {
                if (base.endsWith(suffix) && base.length() - suffix.length() >= 3) {
                    String stem = base.substring(0, base.length() - suffix.length());
                    out.add(stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem);
                    if (stem.endsWith("ت")) {
                        out.add(stem); // «سياراتها»: the plural keeps its ت
                    }
                }
            }
        }
        return out;
    }

    /** A word that follows numbers but never says what they count («في»، «التي»، «فقط»). */
    boolean isNotUnit(String normalized) {
        return notUnits.contains(normalized);
    }

    /** A singular unit word («أسبوع»، «شهر»): one of it, after a duration cue. */
    boolean isSingular(String normalized) {
        return singulars.containsKey(normalized);
    }

    /** Whether a class is in the lexicon (for tests of the data file). */
    boolean hasClass(String unitClass) {
        return forms.containsValue(unitClass);
    }

    /** Every listed form, normalized (for tests of the data file). */
    Set<String> listedForms() {
        return forms.keySet();
    }
}
