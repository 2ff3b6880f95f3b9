package org.qawl.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qawl.text.SpeechVerb.Agreement;
import org.qawl.text.SpeechVerb.VerbClass;
import org.qawl.text.SpeechVerb.VerbForm;

/** The speech-verb lexicon ({@code qawl/lexicon/speech-verbs.tsv}), keyed by lookup form. */
public final class SpeechVerbLexicon {
    static final String RESOURCE = "/qawl/lexicon/speech-verbs.tsv";

    /** What the lexicon knows of one surface form. */
    public record Entry(String lemma, VerbClass verbClass, VerbForm form, Agreement agreement) {}

    private final Map<String, Entry> byForm;

    private SpeechVerbLexicon(Map<String, Entry> byForm) {
        this.byForm = Map.copyOf(byForm);
    }

    public static SpeechVerbLexicon load() {
        try (InputStream in = SpeechVerbLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpeechVerbLexicon parse(BufferedReader reader) throws IOException {
        Map<String, Entry> byForm = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 4) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected 4 columns");
            }
            String lemma = columns[0];
            VerbClass verbClass = VerbClass.valueOf(columns[1].toUpperCase(Locale.ROOT));
            VerbForm finite = switch (verbClass) {
                case ACCORDING, MASDAR -> VerbForm.NOUN;
                default -> VerbForm.FINITE;
            };
            addForms(byForm, columns[2], lemma, verbClass, finite);
            addForms(byForm, columns[3], lemma, verbClass, VerbForm.PARTICIPLE);
        }
        return new SpeechVerbLexicon(byForm);
    }

    private static void addForms(Map<String, Entry> byForm, String forms, String lemma,
            VerbClass verbClass, VerbForm form) {
        if (forms.equals("-")) {
            return;
        }
        for (String surface : forms.split(" ")) {
            String key = ArabicText.normalize(surface);
            byForm.putIfAbsent(key, new Entry(lemma, verbClass, form, agreementOf(key, lemma, form)));
        }
    }

    /**
     * Reads subject agreement off the inflection. Finite verbs: -وا/-ون and the feminine plural
     * -ن are plural; past -ت/-تا and present ت- are feminine (counted beyond the lemma's own ت,
     * as in لفتت، تتوقع). Participles: -ين/-ات plural, -ة feminine. Verbal nouns: the pronoun
     * suffix (قوله، قولها، قولهم).
     */
    static Agreement agreementOf(String form, String lemma, VerbForm verbForm) {
        String bareLemma = ArabicText.normalize(lemma);
        return switch (verbForm) {
            case PARTICIPLE -> form.endsWith("ين") || form.endsWith("ات") ? Agreement.PLURAL
                    : form.endsWith("ه") ? Agreement.FEMININE : Agreement.MASCULINE;
            case NOUN -> form.endsWith("هم") ? Agreement.PLURAL
                    : form.endsWith("ها") ? Agreement.FEMININE
                    : form.endsWith("ه") ? Agreement.MASCULINE : Agreement.UNKNOWN;
            case FINITE -> finiteAgreement(form, bareLemma);
        };
    }

    private static Agreement finiteAgreement(String form, String bareLemma) {
        boolean femininePluralNun = form.endsWith("ن") && !form.endsWith("ان")
                && !bareLemma.endsWith("ن");
        if (form.endsWith("وا") || form.endsWith("ون") || femininePluralNun) {
            return Agreement.PLURAL;
        }
        boolean pastFeminine = form.endsWith("تا") || form.equals(bareLemma + "ت")
                || (form.endsWith("ت") && !bareLemma.endsWith("ت"));
        boolean presentFeminine = bareLemma.startsWith("ت") ? form.startsWith("تت")
                : form.startsWith("ت");
        return pastFeminine || presentFeminine ? Agreement.FEMININE : Agreement.MASCULINE;
    }

    /** Looks a word up as written, then without a leading conjunction و/ف (only و before a noun). */
    public Optional<Match> lookup(String normalizedWord) {
        Entry entry = byForm.get(normalizedWord);
        if (entry != null) {
            return Optional.of(new Match(entry, false));
        }
        if (normalizedWord.length() > 2
                && (normalizedWord.charAt(0) == 'و' || normalizedWord.charAt(0) == 'ف')) {
            entry = byForm.get(normalizedWord.substring(1));
            // ف before an attribution noun is almost always فحسب "only", not "so according to"
            boolean faBeforeNoun = normalizedWord.charAt(0) == 'ف' && entry != null
                    && entry.form() == VerbForm.NOUN;
            if (entry != null && !faBeforeNoun) {
                return Optional.of(new Match(entry, true));
            }
        }
        return Optional.empty();
    }

    /** A lexicon hit; {@code conjoined} when it was found after stripping و/ف. */
    public record Match(Entry entry, boolean conjoined) {}
}
