package org.qawl.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qawl.vocab.Qawl;

/**
 * Builds a country's government body or armed force from a head noun of
 * {@code government-bodies.tsv} and the country, however the phrase names the country:
 *
 * <ul>
 *   <li>a nisba adjective: {@code وزارة الخارجية الروسية}, {@code الجيش التركي};
 *   <li>{@code في} + a place: {@code وزارة الداخلية في كازاخستان};
 *   <li>a place right after the head, in a construct ({@code حكومة أنقرة},
 *       {@code وزارة خارجية روسيا}) or after the article form ({@code البرلمان لجمهورية ...}).
 * </ul>
 *
 * A city or region stands for its qawl:country. The key is {country key}_{slug of the English
 * head}, so every way of naming one body gives one IRI ({@code russia_foreign_ministry}); when
 * the gazetteer already has an entry with that key (bodies.ttl: الكرملين is
 * {@code russia_presidency}) that entry is returned.
 */
final class GazetteerBodies {
    private final Gazetteer gazetteer;
    private final List<Head> heads;
    private final Map<String, String> canonicalArabic = new LinkedHashMap<>();

    private record Head(String key, String construct, GazetteerLexicon.BodyHead head) {}

    GazetteerBodies(Gazetteer gazetteer, List<GazetteerLexicon.BodyHead> bodyHeads) {
        this.gazetteer = gazetteer;
        List<Head> list = new ArrayList<>();
        for (GazetteerLexicon.BodyHead head : bodyHeads) {
            String key = NameNormalizer.key(head.arabic());
            list.add(new Head(key, construct(key), head));
            canonicalArabic.putIfAbsent(head.english(), head.arabic());
        }
        list.sort(Comparator.comparingInt((Head h) -> -h.key().length()));
        this.heads = List.copyOf(list);
        Map<String, List<Head>> byFirst = new java.util.HashMap<>();
        for (Head head : this.heads) { // longest first, as sorted
            byFirst.computeIfAbsent(head.key().split(" ")[0], k -> new ArrayList<>()).add(head);
            if (head.construct() != null) {
                String first = head.construct().split(" ")[0];
                List<Head> same = byFirst.computeIfAbsent(first, k -> new ArrayList<>());
                if (!same.contains(head)) {
                    same.add(head);
                }
            }
        }
        this.headsByFirstWord = Map.copyOf(byFirst);
    }

    /** Heads by the first word of their key or construct form, so a lookup tries only a few. */
    private final Map<String, List<Head>> headsByFirstWord;

    /** The lookup keys of every body head («وزارة الخارجية»، «الحكومة»), longest first. */
    List<String> headKeys() {
        return heads.stream().map(Head::key).toList();
    }

    Optional<GazetteerEntry> lookup(String phrase) {
        for (String key : NameNormalizer.keyVariants(phrase)) {
            int space = key.indexOf(' ');
            List<Head> candidates = space < 0 ? List.of()
                    : headsByFirstWord.getOrDefault(key.substring(0, space), List.of());
            for (Head head : candidates) {
                Optional<GazetteerEntry> country = Optional.empty();
                if (key.startsWith(head.key() + " ")) {
                    country = countryOf(key.substring(head.key().length() + 1), true);
                }
                if (country.isEmpty() && head.construct() != null
                        && key.startsWith(head.construct() + " ")) {
                    country = countryOf(key.substring(head.construct().length() + 1), false);
                }
                if (country.isPresent()) {
                    return Optional.of(body(head.head(), country.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The country named by what follows the head: a nisba, «في» + place, or a place. */
    private Optional<GazetteerEntry> countryOf(String rest, boolean nisbaAllowed) {
        if (nisbaAllowed) {
            Optional<GazetteerEntry> byAdjective = gazetteer.lookupNisba(rest).flatMap(this::country);
            if (byAdjective.isPresent()) {
                return byAdjective;
            }
        }
        String place = rest.startsWith("في ") ? rest.substring(3) : rest;
        return gazetteer.lookup(place).flatMap(this::country);
    }

    private Optional<GazetteerEntry> country(GazetteerEntry entry) {
        if (entry.type().equals(Qawl.Country)) {
            return Optional.of(entry);
        }
        boolean place = entry.type().equals(Qawl.City) || entry.type().equals(Qawl.Region);
        return place ? entry.country().flatMap(gazetteer::byIri) : Optional.empty();
    }

    private GazetteerEntry body(GazetteerLexicon.BodyHead head, GazetteerEntry country) {
        String key = country.key() + "_" + slug(head.english());
        return gazetteer.byKey(key).orElseGet(() -> new GazetteerEntry(key,
                gazetteer.iris().actor(key), head.type(),
                canonicalArabic.get(head.english()) + " في " + country.arabicLabel(),
                capitalized(head.english()) + " (" + country.englishLabel() + ")",
                Optional.of(country.iri()), false));
    }

    /** The construct form of a head: its last word without the article (الحكومة → حكومه). */
    private static String construct(String key) {
        int space = key.lastIndexOf(' ');
        String last = key.substring(space + 1);
        if (!last.startsWith("ال") || last.length() < 4) {
            return null;
        }
        return key.substring(0, space + 1) + last.substring(2);
    }

    static String slug(String english) {
        return english.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    private static String capitalized(String english) {
        return Character.toUpperCase(english.charAt(0)) + english.substring(1);
    }
}
