package org.qawl.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qawl.text.ArabicText;
import org.qawl.text.EventTriggers;
import org.qawl.text.LexiconFile;

/**
 * The cue lexicon of {@link ParticipantRoles} ({@code qawl/lexicon/participant-roles.tsv}):
 * word lists by section, and per event type the part each tie gives. Immutable.
 */
final class RoleCues {
    static final String RESOURCE = "/qawl/lexicon/participant-roles.tsv";

    /** How a name is tied to the words that name the event (the file's [roles] keys). */
    enum Tie { SUBJECT, OBJECT, RECEIVER, GEN, OF, BY, AGAINST, SUFFER, WITH, TO, FROM, REQUEST }

    /** The parts the [roles] section gives (ParticipantRoles.Role by another name, to keep this file's keys). */
    private final Map<String, Map<Tie, ParticipantRoles.Role>> parts;
    private final Map<String, Set<String>> words;
    private final Map<String, List<List<String>>> phrases;

    private RoleCues(Map<String, Map<Tie, ParticipantRoles.Role>> parts, Map<String, Set<String>> words,
            Map<String, List<List<String>>> phrases) {
        this.parts = parts;
        this.words = words;
        this.phrases = phrases;
    }

    /** Sections of nouns, looked up like trigger words (article, preposition and pronoun taken off). */
    private static final Set<String> WORD_SECTIONS = Set.of("support-nouns", "object-nouns", "bare-nouns");

    static RoleCues load() {
        Map<String, Map<Tie, ParticipantRoles.Role>> parts = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, List<List<String>>> phrases = new HashMap<>();
        LexiconFile.sections(RESOURCE).forEach((section, lines) -> {
            if (section.equals("roles")) {
                lines.forEach(line -> parseRoles(line, parts));
            } else if (WORD_SECTIONS.contains(section)) {
                Set<String> set = new HashSet<>();
                lines.forEach(line -> set.add(EventTriggers.fold(line)));
                words.put(section, Set.copyOf(set));
            } else {
                List<List<String>> list = new ArrayList<>();
                lines.forEach(line -> list.add(List.of(ArabicText.normalize(line).split("\\s+"))));
                phrases.put(section, List.copyOf(list));
            }
        });
        return new RoleCues(Map.copyOf(parts), Map.copyOf(words), Map.copyOf(phrases));
    }

    private static void parseRoles(String line, Map<String, Map<Tie, ParticipantRoles.Role>> parts) {
        String[] columns = line.split("\t");
        if (columns.length != 2) {
            throw new IllegalStateException(RESOURCE + ": expected TYPE<TAB>tie=part ...: " + line);
        }
        Map<Tie, ParticipantRoles.Role> byTie = new EnumMap<>(Tie.class);
        for (String pair : columns[1].strip().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            try {
                byTie.put(Tie.valueOf(kv[0].toUpperCase(java.util.Locale.ROOT)),
                        ParticipantRoles.Role.valueOf(kv[1].toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException(RESOURCE + ": bad tie=part '" + pair + "' in: " + line, e);
            }
        }
        parts.put(columns[0].strip(), Map.copyOf(byTie));
    }

    /** The part each tie gives in events of {@code type}; empty for a type with no parts. */
    Map<Tie, ParticipantRoles.Role> parts(String type) {
        return parts.getOrDefault(type, Map.of());
    }

    /**
     * Whether a word as written is a verb of a verb section: as written, or without the
     * conjunction و/ف before it or an object pronoun after it («واعتقلته»); never with the
     * article taken off, which would make nouns of verbs («التقى») and verbs of nouns («القبض»).
     */
    boolean verb(String section, String asWritten) {
        String w = ArabicText.normalize(asWritten);
        if (isWord(section, w)) {
            return true;
        }
        for (String pronoun : List.of("هما", "هم", "ها", "ه")) {
            if (w.endsWith(pronoun) && w.length() - pronoun.length() >= 3
                    && isWord(section, w.substring(0, w.length() - pronoun.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word as written is in a noun section, under any of its trigger lookup forms. */
    boolean has(String section, String asWritten) {
        Set<String> set = words.getOrDefault(section, Set.of());
        EventTriggers.Forms forms = EventTriggers.forms(asWritten);
        return forms.plain().stream().anyMatch(set::contains) || forms.withoutPronoun().stream().anyMatch(set::contains);
    }

    /** Whether a normalized word is an entry of a phrase section, also with و or ف before it. */
    boolean isWord(String section, String normalized) {
        for (List<String> phrase : phrases.getOrDefault(section, List.of())) {
            if (phrase.size() == 1 && matches(phrase.get(0), normalized)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last place in {@code items} (normalized words) where a phrase of {@code section} occurs,
     * as {start, end}; null when none does.
     */
    int[] last(String section, List<String> items) {
        int[] best = null;
        for (List<String> phrase : phrases.getOrDefault(section, List.of())) {
            for (int at = items.size() - phrase.size(); at >= 0; at--) {
                if (occursAt(phrase, items, at)) {
                    if (best == null || at > best[0] || (at == best[0] && at + phrase.size() > best[1])) {
                        best = new int[] {at, at + phrase.size()};
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** Whether a phrase of {@code section} begins at {@code at} in {@code items}. */
    boolean startsAt(String section, List<String> items, int at) {
        for (List<String> phrase : phrases.getOrDefault(section, List.of())) {
            if (at + phrase.size() <= items.size() && occursAt(phrase, items, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean occursAt(List<String> phrase, List<String> items, int at) {
        for (int k = 0; k < phrase.size(); k++) {
            String item = items.get(at + k);
            if (k == 0 ? !matches(phrase.get(0), item) : !phrase.get(k).equals(item)) {
                return false;
            }
        }
        return true;
    }

    /** A cue word as written, or with the conjunction و or ف before it («ومع»، «وبطلب»). */
    private static boolean matches(String cue, String item) {
        return item.equals(cue) || (item.length() == cue.length() + 1
                && (item.charAt(0) == 'و' || item.charAt(0) == 'ف') && item.endsWith(cue));
    }
}
