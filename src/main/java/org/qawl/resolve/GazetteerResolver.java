package org.qawl.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/**
 * Resolves a speaker phrase to an actor: a gazetteer entry (country, city, organization,
 * outlet, a country's body such as «وزارة الخارجية الروسية»), or a person named after a title
 * («وزير الخارجية الروسي سيرغي لافروف» → سيرغي لافروف), or a new actor keyed by its normalized
 * name so that the same name gives the same IRI in every report. Thread-safe.
 */
public final class GazetteerResolver implements ActorResolver {
    private final Gazetteer gazetteer;
    private final Iris iris;
    private final Roles roles;
    private final InstitutionNames institutions = new InstitutionNames();

    public GazetteerResolver(Gazetteer gazetteer, Iris iris) {
        this.gazetteer = gazetteer;
        this.iris = iris;
        this.roles = new Roles(gazetteer);
    }

    @Override
    public ResolvedActor resolve(String nameAsWritten) {
        String phrase = nameAsWritten.strip().replaceAll("\\s+", " ");
        Optional<GazetteerEntry> known = known(phrase);
        if (known.isPresent()) {
            return fromEntry(known.get());
        }
        // «وزير الخارجية الكازاخستاني، إيرلان كارين»: the apposition after the comma is the name
        int comma = Math.max(phrase.lastIndexOf('،'), phrase.lastIndexOf(','));
        if (comma > 0 && comma < phrase.length() - 1) {
            String after = phrase.substring(comma + 1).strip();
            int words = after.split(" ").length;
            if (words >= 2 && words <= 4 && titleLength(NameNormalizer.key(after)) == 0
                    && isName(NameNormalizer.key(after))) {
                return person(after, phrase.substring(0, comma).strip());
            }
        }
        String key = NameNormalizer.key(phrase);
        int title = titleLength(key);
        if (title == 0 && key.length() > 3 && "لوبف".indexOf(key.charAt(0)) >= 0) {
            // «لرئيس جمهورية كازاخستان»، «والرئيس»، «بنظيره»: a proclitic on the title
            String bare = key.startsWith("لل") ? "ا" + key.substring(1) : key.substring(1);
            if (titleLength(bare) > 0) {
                return resolve(phrase.substring(1));
            }
        }
        if (title > 0) {
            Optional<String> name = trailingName(phrase, title);
            if (name.isPresent()) {
                String role = phrase.substring(0, phrase.lastIndexOf(name.get())).strip()
                        .replaceAll("[،,]+$", "").strip();
                return person(name.get(), role);
            }
            // a title alone, or a title and the place or body it belongs to («رئيس كازاخستان»)
            return new ResolvedActor(iris.actor(slug(key)), phrase, Qawl.Person, phrase,
                    memberOfRole(phrase), Optional.empty());
        }
        Optional<org.apache.jena.graph.Node> institution = institutions.typeOf(key);
        if (institution.isPresent()) {
            // «مركز الملك سلمان ...»، «بصحيفة الوئام»: keyed without the proclitic
            return new ResolvedActor(iris.actor(slug(institutions.withoutProclitic(key))), phrase, institution.get());
        }
        Optional<ResolvedActor> named = nameBeforeTitle(phrase);
        if (named.isPresent()) {
            return named.get();
        }
        return new ResolvedActor(iris.actor(slug(key)), phrase, typeOf(key));
    }

    /** «جومارت توكاييف رئيس جمهورية كازاخستان»: a name, then its title in apposition. */
    private Optional<ResolvedActor> nameBeforeTitle(String phrase) {
        String[] written = phrase.split("\\s+");
        for (int k = 1; k < written.length && k <= 4; k++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(written, k, written.length));
            List<String> name = List.of(java.util.Arrays.copyOfRange(written, 0, k));
            if (titleLength(NameNormalizer.key(rest)) > 0 && isNameRun(name)) {
                return Optional.of(person(String.join(" ", name).replaceAll("[،,]+$", ""), rest));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether what follows a title is a personal name: not empty, not a known country, place or
     * organization (that is the title's scope), not an adjective («الدولي») and not a ل-phrase
     * («لليمن»، «للأمم المتحدة»).
     */
    private boolean isName(String rest) {
        boolean lamPhrase = rest.startsWith("لل") || rest.startsWith("ل") && gazetteer.lookup(rest.substring(1)).isPresent();
        if (rest.isEmpty() || lamPhrase || gazetteer.lookup(rest).isPresent()
                || gazetteer.lookupBody(rest).isPresent()) {
            return false; // «لليمن»: a ل-phrase, but «لويد أوستن» is a name
        }
        String[] words = rest.split(" ");
        boolean adjective = words.length == 1 && rest.startsWith("ال")
                && (rest.endsWith("ي") || rest.endsWith("يه"));
        return !adjective;
    }

    /**
     * The personal name at the end of a titled phrase, as written: the longest run of up to four
     * words after the title that starts with a word without the article and that is not a
     * country, place, body or nisba («رئيس مجلس الدوما الروسي فياتشيسلاف فولودين» → «فياتشيسلاف
     * فولودين»; «وزير الطاقة الإماراتي سهيل المزروعي» → «سهيل المزروعي»).
     */
    private Optional<String> trailingName(String phrase, int titleKeyLength) {
        List<String> written = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (written.size() > 1 && NameNormalizer.key(written.get(written.size() - 1)).startsWith("لل")) {
            written.remove(written.size() - 1); // «... للصحفيين»: spoken to
        }
        int titleWords = NameNormalizer.key(phrase).substring(0, titleKeyLength).split(" ").length;
        int consumed = 0;
        int firstAfterTitle = 0;
        while (firstAfterTitle < written.size() && consumed < titleWords) {
            consumed += NameNormalizer.key(written.get(firstAfterTitle)).split(" ").length;
            firstAfterTitle++;
        }
        for (int from = Math.max(firstAfterTitle, written.size() - 4); from < written.size(); from++) {
            List<String> run = written.subList(from, written.size());
            if (isNameRun(run)) {
                return Optional.of(String.join(" ", run).replaceAll("[،,.:]+$", ""));
            }
        }
        return Optional.empty();
    }

    private boolean isNameRun(List<String> run) {
        String first = NameNormalizer.key(run.get(0));
        boolean lamPhrase = first.startsWith("لل") || first.startsWith("ل") && gazetteer.lookup(first.substring(1)).isPresent();
        if (first.isEmpty() || first.startsWith("ال") || lamPhrase || first.startsWith("با")) {
            return false; // «لليمن» is no name, «ليلى» and «لويد» are
        }
        for (String word : run) {
            String key = NameNormalizer.key(word);
            if (key.isEmpty() || gazetteer.lookupNisba(word).isPresent() || gazetteer.lookup(word).isPresent()
                    || titleLength(key) > 0 || key.startsWith("لل")) {
                return false;
            }
        }
        return true;
    }

    /** The class a phrase's first word gives: a ministry or council is a government body. */
    private static org.apache.jena.graph.Node typeOf(String key) {
        String head = key.split(" ")[0];
        return switch (NameNormalizer.withoutArticle(head)) {
            case "وزاره", "رئاسه", "حكومه", "مجلس", "لجنه", "هيئه", "برلمان", "سلطات", "نيابه",
                    "محكمه", "شرطه", "بلديه", "امانه" -> Qawl.GovernmentBody;
            case "جيش", "قوات" -> Qawl.ArmedForce;
            case "وكاله", "صحيفه", "قناه", "جريده", "تلفزيون", "اذاعه", "موقع" -> Qawl.MediaOutlet;
            case "منظمه", "حزب", "حركه", "اتحاد", "جمعيه", "جامعه", "شركه", "مؤسسه" -> Qawl.Organization;
            case "مصدر", "مصادر", "تقارير", "مسؤولون", "محتجون", "متظاهرون", "خبراء", "شهود",
                    "سكان", "محتجين", "متظاهرين" -> Qawl.Group;
            default -> Qawl.Actor;
        };
    }

    @Override
    public ResolvedActor resolveSpeaker(String nameAsWritten) {
        ResolvedActor actor = resolve(nameAsWritten);
        if (actor.type().equals(Qawl.City)) {
            Optional<GazetteerEntry> country = gazetteer.byIri(actor.iri()).flatMap(GazetteerEntry::country)
                    .flatMap(gazetteer::byIri);
            if (country.isPresent()) {
                return fromEntry(country.get()); // «قالت موسكو»: the capital speaks for the state
            }
        }
        return actor;
    }

    @Override
    public Optional<ResolvedActor> resolveNisba(String adjectiveAsWritten) {
        return gazetteer.lookupNisba(adjectiveAsWritten).map(this::fromEntry);
    }

    private Optional<GazetteerEntry> known(String phrase) {
        if (phrase.length() > 2 && "«\"“".indexOf(phrase.charAt(0)) >= 0
                && "»\"”".indexOf(phrase.charAt(phrase.length() - 1)) >= 0) {
            return gazetteer.lookupQuoted(phrase); // «الميادين»: quotes mark a name
        }
        Optional<GazetteerEntry> entry = gazetteer.lookup(phrase);
        return entry.isPresent() ? entry : gazetteer.lookupBody(phrase);
    }

    /**
     * The actor of an entry. A body built from a head and an owner carries its country or its
     * organization, which the gazetteer does not list; a listed entry's are in the actors graph.
     */
    ResolvedActor fromEntry(GazetteerEntry entry) {
        boolean listed = gazetteer.byKey(entry.key()).isPresent();
        Optional<ResolvedActor> organization = listed ? Optional.empty()
                : entry.memberOf().stream().findFirst().flatMap(gazetteer::byIri).map(this::fromEntry);
        return new ResolvedActor(entry.iri(), entry.arabicLabel(), entry.type(), "", organization,
                listed ? Optional.empty() : entry.country());
    }

    /** The body, organization or country the holder of a role belongs to, if the role says. */
    Optional<ResolvedActor> memberOfRole(String role) {
        return roles.read(role).flatMap(roles::memberOf).map(this::fromEntry);
    }

    Iris iris() {
        return iris;
    }

    Roles roles() {
        return roles;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * A person by name. The key is the name's consonant skeleton, so spellings that differ only
     * in long vowels or doubled letters (توكاييف / توكايف) give one IRI.
     */
    ResolvedActor person(String name, String role) {
        String skeleton = NameNormalizer.skeleton(name);
        String key = skeleton.length() >= NameNormalizer.MIN_SKELETON_LETTERS ? skeleton : NameNormalizer.key(name);
        return new ResolvedActor(iris.actor("person_" + slug(key)), name, Qawl.Person, role,
                role.isEmpty() ? Optional.empty() : memberOfRole(role), Optional.empty());
    }

    @Override
    public ResolvedActor resolvePerson(String nameAsWritten) {
        ResolvedActor actor = resolve(nameAsWritten);
        return actor.type().equals(Qawl.Actor) ? person(nameAsWritten.strip(), "") : actor;
    }

    @Override
    public ActorResolver forReport() {
        return new ReportActors(this);
    }

    /** The length of the longest title the key starts with (whole words), or 0. */
    private int titleLength(String key) {
        return roles.titleLength(key);
    }

    private static String slug(String key) {
        return key.replace(' ', '_');
    }
}
