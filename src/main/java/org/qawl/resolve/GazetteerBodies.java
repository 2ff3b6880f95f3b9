package org.qawl.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.qawl.vocab.Qawl;

/**
 * Builds the body of an owner from a head noun and the owner, however the phrase names it.
 * Two kinds of owner, each with its own heads:
 *
 * <ul>
 *   <li>a country ({@code government-bodies.tsv}): a nisba ({@code وزارة الخارجية الروسية}),
 *       {@code في} + a place ({@code وزارة الداخلية في كازاخستان}), or a place right after the
 *       head, in a construct ({@code حكومة أنقرة}) or after the article form ({@code البرلمان
 *       لجمهورية ...}); a city or region stands for its qawl:country;
 *   <li>an organization ({@code organization-bodies.tsv}): the same, and «التابعة ل»
 *       ({@code قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي}).
 * </ul>
 *
 * The key is {owner key}_{slug of the English head}, so every way of naming one body gives one
 * IRI ({@code russia_foreign_ministry}). When the gazetteer already has an entry with that key
 * (bodies.ttl: الكرملين is {@code russia_presidency}), or an entry that is qawl:memberOf the
 * organization and named with the same head ({@code un_peacekeepers}), that entry is returned.
 */
final class GazetteerBodies {
    /** What completes a head: a country or an organization. */
    enum Owner { COUNTRY, ORGANIZATION }

    /** A head noun of one kind of owner, with its lookup key and its construct form. */
    record Head(String key, String construct, GazetteerLexicon.BodyHead head, Owner owner) {}

    private static final List<String> LINKS = List.of("التابعه ل", "التابع ل", "التابعين ل", "في ", "فى ");

    private final Gazetteer gazetteer;
    private final List<Head> heads;
    private final Map<String, List<Head>> headsByFirstWord;
    private final Map<String, List<Head>> bareHeads = new LinkedHashMap<>();
    private final Map<String, String> canonicalArabic = new LinkedHashMap<>();

    GazetteerBodies(Gazetteer gazetteer, List<GazetteerLexicon.BodyHead> countryHeads,
            List<GazetteerLexicon.BodyHead> organizationHeads) {
        this.gazetteer = gazetteer;
        List<Head> list = new ArrayList<>();
        add(list, countryHeads, Owner.COUNTRY);
        add(list, organizationHeads, Owner.ORGANIZATION);
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
            bareHeads.computeIfAbsent(head.key(), k -> new ArrayList<>()).add(head);
        }
        this.headsByFirstWord = Map.copyOf(byFirst);
        Map<Node, List<GazetteerEntry>> byOrganization = new java.util.HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (!entry.type().equals(Qawl.Country)) {
                entry.memberOf().forEach(o -> byOrganization.computeIfAbsent(o, k -> new ArrayList<>()).add(entry));
            }
        }
        this.organs = Map.copyOf(byOrganization);
    }

    /** The listed entries that are qawl:memberOf each organization (its organs and forces). */
    private final Map<Node, List<GazetteerEntry>> organs;

    private void add(List<Head> list, List<GazetteerLexicon.BodyHead> lexicon, Owner owner) {
        for (GazetteerLexicon.BodyHead head : lexicon) {
            String key = NameNormalizer.key(head.arabic());
            list.add(new Head(key, construct(key), head, owner));
            canonicalArabic.putIfAbsent(owner + head.english(), head.arabic());
        }
    }

    /** The lookup keys of every body head («وزارة الخارجية»، «الأمانة العامة»), longest first. */
    List<String> headKeys() {
        return heads.stream().map(Head::key).distinct().toList();
    }

    /** The heads a phrase is exactly, proclitics aside («الحكومة»، «والأمانة العامة»). */
    List<Head> bareHead(String phrase) {
        for (String key : NameNormalizer.keyVariants(phrase)) {
            List<Head> found = bareHeads.get(key);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    Optional<GazetteerEntry> lookup(String phrase) {
        for (String key : NameNormalizer.keyVariants(phrase)) {
            int space = key.indexOf(' ');
            List<Head> candidates = space < 0 ? List.of()
                    : headsByFirstWord.getOrDefault(key.substring(0, space), List.of());
            for (Head head : candidates) {
                Optional<GazetteerEntry> owner = Optional.empty();
                if (key.startsWith(head.key() + " ")) {
                    owner = ownerOf(head.owner(), key.substring(head.key().length() + 1), true);
                }
                if (owner.isEmpty() && head.construct() != null
                        && key.startsWith(head.construct() + " ")) {
                    owner = ownerOf(head.owner(), key.substring(head.construct().length() + 1), false);
                }
                if (owner.isPresent()) {
                    return Optional.of(body(head, owner.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The owner named by what follows the head: a nisba, a link word + a name, or a name. */
    private Optional<GazetteerEntry> ownerOf(Owner kind, String rest, boolean nisbaAllowed) {
        if (nisbaAllowed) {
            Optional<GazetteerEntry> byAdjective = gazetteer.lookupNisba(rest).flatMap(e -> owner(kind, e));
            if (byAdjective.isPresent()) {
                return byAdjective;
            }
        }
        String name = rest;
        for (String link : LINKS) {
            if (rest.startsWith(link) && rest.length() > link.length()) {
                name = rest.substring(link.length());
                break;
            }
        }
        return gazetteer.lookup(name).flatMap(e -> owner(kind, e));
    }

    private Optional<GazetteerEntry> owner(Owner kind, GazetteerEntry entry) {
        if (kind == Owner.ORGANIZATION) {
            return entry.type().equals(Qawl.Organization) ? Optional.of(entry) : Optional.empty();
        }
        if (entry.type().equals(Qawl.Country)) {
            return Optional.of(entry);
        }
        boolean place = entry.type().equals(Qawl.City) || entry.type().equals(Qawl.Region);
        return place ? entry.country().flatMap(gazetteer::byIri) : Optional.empty();
    }

    /** The body a country's head names, by the head's English name («foreign ministry»). */
    Optional<GazetteerEntry> countryBody(String englishHead, GazetteerEntry country) {
        return heads.stream().filter(h -> h.owner() == Owner.COUNTRY && h.head().english().equals(englishHead))
                .findFirst().map(h -> body(h, country));
    }

    /**
     * The owner's body for a head: the gazetteer entry with the built key, else the one entry that
     * is qawl:memberOf an organization owner and named with the head, else a new entry.
     */
    GazetteerEntry body(Head head, GazetteerEntry owner) {
        String key = owner.key() + "_" + slug(head.head().english());
        Optional<GazetteerEntry> listed = listed(head, owner);
        if (listed.isPresent()) {
            return listed.get();
        }
        return new GazetteerEntry(key, gazetteer.iris().actor(key), head.head().type(),
                canonicalArabic.get(head.owner() + head.head().english()) + " في " + owner.arabicLabel(),
                capitalized(head.head().english()) + " (" + owner.englishLabel() + ")",
                head.owner() == Owner.COUNTRY ? Optional.of(owner.iri()) : Optional.empty(),
                head.owner() == Owner.ORGANIZATION ? List.of(owner.iri()) : List.of(), false);
    }

    /** The owner's body for a head if the gazetteer lists it: by its key, or a named organ. */
    Optional<GazetteerEntry> listed(Head head, GazetteerEntry owner) {
        Optional<GazetteerEntry> byKey = gazetteer.byKey(owner.key() + "_" + slug(head.head().english()));
        if (byKey.isPresent() || head.owner() != Owner.ORGANIZATION) {
            return byKey;
        }
        return organNamedBy(head, owner);
    }

    /** The one listed organ of an organization whose Arabic name starts with the head. */
    Optional<GazetteerEntry> organNamedBy(Head head, GazetteerEntry organization) {
        List<GazetteerEntry> found = new ArrayList<>();
        for (GazetteerEntry entry : organs.getOrDefault(organization.iri(), List.of())) {
            if (entry.type().equals(head.head().type()) && gazetteer.arabicNames(entry).stream()
                    .map(NameNormalizer::key)
                    .anyMatch(name -> name.equals(head.key()) || name.startsWith(head.key() + " "))) {
                found.add(entry);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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
