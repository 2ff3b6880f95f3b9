package org.qawl.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qawl.vocab.Qawl;

/**
 * Reads a role phrase as a title and its scope: «وزير الخارجية الروسي» is the title «وزير
 * الخارجية» (foreign minister, of a foreign ministry) with the scope Russia; «رئيس مجلس الأمن
 * لجمهورية كازاخستان» is «رئيس» with the scope Kazakhstan's security council; «فخامة الرئيس» is
 * «الرئيس» (honorifics are skipped). Stateless and thread-safe.
 */
final class Roles {
    /** English roles of titles that only honour the name that follows them. */
    private static final Set<String> HONORIFICS = Set.of("his excellency", "his highness",
            "his royal highness", "his majesty", "his eminence", "mister", "madam", "the late");
    private static final int MAX_SCOPE_WORDS = 7;
    /** Prepositions between a title and the body or organization it belongs to. */
    private static final Set<String> LINKS = Set.of("في", "فى", "لدي", "داخل");

    /**
     * A role read from a phrase.
     *
     * @param title the title as written («وزير الخارجية»)
     * @param english its English role («foreign minister»), «counterpart» for «نظيره»
     * @param body the English head of the body its holder belongs to, or empty
     * @param scope what the rest of the phrase names: a country, place, organization or body
     */
    record Role(String title, String english, String body, String rest, Optional<GazetteerEntry> scope) {
        boolean isCounterpart() {
            return english.equals("counterpart");
        }
    }

    private final Gazetteer gazetteer;
    /** Title keys by their first word, longest first. */
    private final Map<String, List<String>> titleKeys = new java.util.HashMap<>();
    private final Map<String, GazetteerLexicon.Title> byKey = new java.util.HashMap<>();

    Roles(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String> keys = new ArrayList<>();
        for (GazetteerLexicon.Title title : gazetteer.titles()) {
            String key = NameNormalizer.key(title.arabic());
            keys.add(key);
            byKey.putIfAbsent(key, title);
        }
        keys.sort(Comparator.comparingInt(String::length).reversed()); // longest title first
        for (String key : keys) {
            titleKeys.computeIfAbsent(key.split(" ")[0], k -> new ArrayList<>()).add(key);
        }
    }

    /** The length of the longest title the key starts with (whole words), or 0. */
    int titleLength(String key) {
        int space = key.indexOf(' ');
        for (String title : titleKeys.getOrDefault(space < 0 ? key : key.substring(0, space), List.of())) {
            if (key.startsWith(title) && (key.length() == title.length() || key.charAt(title.length()) == ' ')) {
                return title.length();
            }
        }
        return 0;
    }

    /** The role a phrase starts with, honorifics skipped; empty when it starts with no title. */
    Optional<Role> read(String phraseAsWritten) {
        List<String> written = new ArrayList<>(Arrays.asList(phraseAsWritten.strip().split("\\s+")));
        while (!written.isEmpty()) {
            String key = NameNormalizer.key(String.join(" ", written));
            int length = titleLength(key);
            if (length == 0 && key.length() > 3 && "لوبف".indexOf(key.charAt(0)) >= 0) {
                key = key.startsWith("لل") ? "ا" + key.substring(1) : key.substring(1); // «لرئيس»
                length = titleLength(key);
            }
            if (length == 0) {
                return Optional.empty();
            }
            int words = key.substring(0, length).split(" ").length;
            int consumed = 0;
            int taken = 0;
            while (taken < written.size() && consumed < words) {
                consumed += NameNormalizer.key(written.get(taken)).split(" ").length;
                taken++;
            }
            GazetteerLexicon.Title title = byKey.get(key.substring(0, length));
            List<String> rest = written.subList(taken, written.size());
            if (title != null && HONORIFICS.contains(title.englishRole()) && !rest.isEmpty()
                    && titleLength(NameNormalizer.key(String.join(" ", rest))) > 0) {
                written = new ArrayList<>(rest);
                continue;
            }
            String restWritten = String.join(" ", rest).replaceAll("^[،,]+|[،,.:]+$", "").strip();
            return Optional.of(new Role(String.join(" ", written.subList(0, taken)),
                    title == null ? "" : title.englishRole(), title == null ? "" : title.body(),
                    restWritten, scope(restWritten)));
        }
        return Optional.empty();
    }

    /**
     * What the words after a title name: the longest leading run that is a known name or body
     * («مجلس الدوما الروسي»، «الخارجية الأمريكية»، «للأمم المتحدة»), else a nisba on the first
     * word («الروسي»).
     */
    Optional<GazetteerEntry> scope(String rest) {
        if (rest.isBlank()) {
            return Optional.empty();
        }
        String[] words = rest.replace('،', ' ').replace(',', ' ').strip().split("\\s+");
        if (words.length > 1 && LINKS.contains(NameNormalizer.key(words[0]))) {
            words = Arrays.copyOfRange(words, 1, words.length); // «مسؤول السياسة الخارجية في الاتحاد الأوروبي»
        }
        for (int n = Math.min(words.length, MAX_SCOPE_WORDS); n >= 1; n--) {
            String phrase = String.join(" ", Arrays.copyOfRange(words, 0, n));
            Optional<GazetteerEntry> found = gazetteer.lookup(phrase);
            if (found.isEmpty()) {
                found = gazetteer.lookupBody(phrase);
            }
            if (found.isPresent() && !found.get().type().equals(Qawl.Group)) {
                return found;
            }
        }
        return gazetteer.lookupNisba(words[0]);
    }

    /**
     * The body or group the holder of a role belongs to: the title's body in the scope's country
     * («وزير الخارجية الروسي» → Russia's foreign ministry), else the scope itself (a body, an
     * organization, a country; a city or region stands for its country).
     */
    Optional<GazetteerEntry> memberOf(Role role) {
        if (role.scope().isEmpty()) {
            return Optional.empty();
        }
        GazetteerEntry scope = role.scope().get();
        Optional<GazetteerEntry> country = countryOf(scope);
        if (!role.body().isEmpty() && country.isPresent()
                && (scope.type().equals(Qawl.Country) || scope.isNisba() || isPlace(scope))) {
            Optional<GazetteerEntry> body = gazetteer.countryBody(role.body(), country.get());
            if (body.isPresent()) {
                return body;
            }
        }
        return isPlace(scope) ? country : Optional.of(scope);
    }

    private Optional<GazetteerEntry> countryOf(GazetteerEntry entry) {
        if (entry.type().equals(Qawl.Country)) {
            return Optional.of(entry);
        }
        return entry.country().flatMap(gazetteer::byIri);
    }

    private static boolean isPlace(GazetteerEntry entry) {
        return entry.type().equals(Qawl.City) || entry.type().equals(Qawl.Region);
    }
}
