package org.qawl.resolve;

import static org.qawl.resolve.WordRuns.breakBefore;
import static org.qawl.resolve.WordRuns.commaBefore;
import static org.qawl.resolve.WordRuns.readings;
import static org.qawl.resolve.WordRuns.span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qawl.ingest.Report;
import org.qawl.text.ActorMention;
import org.qawl.text.ActorMention.Kind;
import org.qawl.text.Attribution;
import org.qawl.text.LexiconFile;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.Recognizer;
import org.qawl.text.Span;
import org.qawl.text.SpeechVerb;
import org.qawl.text.Token;

/**
 * Every place an actor is named, not only speakers: the longest gazetteer name starting at each
 * word (proclitics و/ب/ل/ف/ك allowed), a body head with its country or organization, nisba
 * adjectives, titles with the name that follows them (and the body a title names, «رئيس مجلس
 * الدوما الروسي»), and later the surnames of the persons so found. Immutable and thread-safe;
 * lookups are pre-filtered by first words so the scan stays linear in the text.
 */
public final class ActorMentionRecognizer implements Recognizer {
    private static final int MAX_PERSON_WORDS = 3;
    private static final String NAME_STOPS = "/qawl/lexicon/name-stops.txt";

    private final Gazetteer gazetteer;
    private final WordRuns.Phrases titles;
    private final GazetteerNameFinder names;
    /** For titles that end with a body head («رئيس مجلس الدوما»), where the body starts. */
    private final Map<List<String>, Integer> titleBodies = new HashMap<>();
    private final Set<String> notNames;
    private final InstitutionNames institutions = new InstitutionNames();
    /** The English role of each title, by its words. */
    private final Map<List<String>, String> titleRoles = new HashMap<>();
    /**
     * English roles of titles always followed by a name, even one with the article («الدكتور
     * الموسى»). Military ranks are left out: «الفريق»، «اللواء»، «العميد»، «المقدم» are also "the
     * team", "the brigade", "the dean", "the presenter".
     */
    private static final Set<String> NAME_TITLES = Set.of("doctor", "professor", "engineer", "sheikh",
            "sheikha", "prince", "princess", "his eminence");
    /** Words inside a name: «بن»، «آل»، «أبو»، «عبد». */
    private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ال", "ابو", "عبد");

    public ActorMentionRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<List<String>> heads = new ArrayList<>();
        gazetteer.bodyHeadKeys().forEach(key -> heads.add(List.of(key.split(" "))));
        heads.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
        this.names = new GazetteerNameFinder(gazetteer, heads);
        List<List<String>> titleWords = new ArrayList<>();
        for (GazetteerLexicon.Title title : gazetteer.titles()) {
            List<String> words = List.of(NameNormalizer.key(title.arabic()).split(" "));
            titleWords.add(words);
            titleRoles.putIfAbsent(words, title.englishRole());
            for (int k = 1; k < words.size(); k++) {
                List<String> rest = words.subList(k, words.size());
                if (heads.contains(rest) && !(rest.size() == 1 && rest.get(0).endsWith("يه"))) {
                    titleBodies.put(words, k); // «مجلس الدوما» in «رئيس مجلس الدوما»
                    break;
                }
            }
        }
        titleWords.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
        this.titles = new WordRuns.Phrases(titleWords);
        this.notNames = Set.copyOf(LexiconFile.sections(NAME_STOPS).values().stream().flatMap(List::stream).toList());
    }

    @Override
    public MentionKind provides() {
        return MentionKind.ACTOR;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.TOKEN, MentionKind.SPEECH_VERB, MentionKind.ATTRIBUTION);
    }

    /** What one scan of a report knows besides the tokens. */
    private record Scan(String text, List<Token> tokens, Set<Integer> verbStarts, List<Span> speakers,
            boolean aliIsAName, List<List<String>> personNames, int[] names) {}

    @Override
    public List<ActorMention> recognize(Report report, Mentions found) {
        String text = report.text();
        List<Token> tokens = found.of(MentionKind.TOKEN, Token.class);
        Set<Integer> verbStarts = new HashSet<>();
        found.of(MentionKind.SPEECH_VERB, SpeechVerb.class).forEach(v -> verbStarts.add(v.span().start()));
        List<Span> speakers = new ArrayList<>();
        for (Attribution a : found.of(MentionKind.ATTRIBUTION, Attribution.class)) {
            a.speakerAsWritten().ifPresent(speakers::add);
            a.addressee().ifPresent(speakers::add);
        }
        // a text that spells the preposition «على» with alef maqsura writes the name «علي» with ya
        boolean aliIsAName = text.contains("على ") && tokens.stream()
                .anyMatch(t -> t.normalized().equals("علي") && text.charAt(t.span().end() - 1) == 'ي');
        int[] unknown = new int[tokens.size()];
        java.util.Arrays.fill(unknown, -1);
        Scan scan = new Scan(text, tokens, verbStarts, speakers, aliIsAName, new ArrayList<>(), unknown);
        List<ActorMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int title = titles.at(text, tokens, i);
            if (title > 0) {
                i = person(scan, i, title, mentions);
                continue;
            }
            int name = nameAt(scan, i);
            if (name > 0) {
                mentions.add(new ActorMention(span(tokens, i, i + name), names.isStateCapital(text, tokens, i, name) ? Kind.METONYM : Kind.NAME));
                mentions.addAll(names.ownerWithin(text, tokens, i, name));
                i += name;
                continue;
            }
            int quoted = names.quotedName(text, tokens, i);
            if (quoted > 0) {
                // «الميادين»: a name that is also an everyday word, in quotation marks of its own
                Span words = span(tokens, i, i + quoted);
                mentions.add(new ActorMention(new Span(words.start() - 1, words.end() + 1), Kind.NAME));
                i += quoted;
                continue;
            }
            int body = names.bodyHeadAt(text, tokens, i);
            if (body == 1 && tokens.get(i).normalized().endsWith("يه")) {
                body = 0; // «الخارجية»، «الداخلية» alone are adjectives more often than ministries
            }
            if (body == 1 && gazetteer.bareHead(tokens.get(i).normalized()).stream()
                    .allMatch(h -> h.owner() == GazetteerBodies.Owner.ORGANIZATION)) {
                body = 0; // «دول»، «قوات» alone: countries and forces of no one in particular
            }
            if (body > 0) {
                // a bare body («الحكومة»، «الأمانة العامة»): the resolver ties it to the report's owner
                mentions.add(new ActorMention(span(tokens, i, i + body), Kind.HEAD));
                i += body;
                continue;
            }
            int institution = institutionAt(scan, i);
            if (institution > 0) {
                // «وزارة الحج»، «جامعة الملك خالد»، «مديرية كريتر»: named by a head noun and its complement
                mentions.add(new ActorMention(span(tokens, i, i + institution), Kind.NAME));
                i += institution;
                continue;
            }
            if (names.isNisba(tokens.get(i))) {
                mentions.add(new ActorMention(tokens.get(i).span(), Kind.NISBA));
            }
            i++;
        }
        mentions.addAll(speakersByName(scan, mentions));
        mentions.addAll(new Surnames(scan.personNames()).find(text, tokens, mentions, notNames));
        mentions.sort(Comparator.comparingInt((ActorMention m) -> m.span().start()));
        return mentions;
    }

    /**
     * A title at {@code i} with its scope (nisba, country, body, and further titles: «ولي العهد
     * السعودي الأمير ...») and the person's name after it.
     */
    private int person(Scan scan, int i, int titleWords, List<ActorMention> mentions) {
        List<Token> tokens = scan.tokens();
        String text = scan.text();
        List<String> title = titles.match(text, tokens, i);
        int j = i + titleWords;
        boolean scoped = false;
        while (j < tokens.size() && !breakBefore(text, tokens, j)) {
            int name = nameAt(scan, j);
            int further = titles.at(text, tokens, j);
            if (names.isNisba(tokens.get(j))) {
                mentions.add(new ActorMention(tokens.get(j).span(), Kind.NISBA));
                j++;
                scoped = true;
            } else if (name > 0 && !names.isGroup(text, tokens, j, name)) {
                mentions.add(new ActorMention(span(tokens, j, j + name), Kind.NAME));
                j += name;
                scoped = true;
            } else if (institutionAt(scan, j) > 0) {
                int words = institutionAt(scan, j);
                mentions.add(new ActorMention(span(tokens, j, j + words), Kind.NAME));
                j += words;
                scoped = true;
            } else if (ReportActors.THE_COUNTRY.contains(tokens.get(j).normalized())) {
                j++; // «رئيس البلاد»: the country the report is about
                scoped = true;
            } else if (tokens.get(j).normalized().equals("باسم") && j + 1 < tokens.size()) {
                j++; // «المتحدث باسم ...»: the body is named next
            } else if (further > 0 && !notNames.contains(tokens.get(j).normalized())) {
                j += further;
            } else if (!title.get(0).startsWith("ال") && j + 1 < tokens.size() && !breakBefore(text, tokens, j + 1)
                    && titles.at(text, tokens, j + 1) > 0 && looksLikeName(scan, j, true, -1)) {
                j++; // «مستشار خامنئي الدكتور ...»: a construct title's person, then the next title
            } else {
                break;
            }
        }
        Integer bodyStart = titleBodies.get(title);
        if (bodyStart != null) {
            // «رئيس مجلس الدوما الروسي»: the title names a body, with the scope that follows it
            mentions.add(new ActorMention(span(tokens, i + bodyStart, Math.max(j, i + titleWords)),
                    scoped ? Kind.NAME : Kind.HEAD));
        }
        int before = nameBefore(scan, i, mentions);
        if (before < i) {
            // «طالب عبدالقادر محمد الجبرتي نائب رئيس اللجنة ...»: the name, then its title
            mentions.add(new ActorMention(span(tokens, before, Math.max(j, i + titleWords)), Kind.PERSON));
            scan.personNames().add(tokens.subList(before, i).stream().map(Token::normalized).toList());
            return Math.max(j, i + titleWords);
        }
        int nameEnd = nameRunEnd(scan, i, j, titleRoles.getOrDefault(title, ""));
        Kind kind = nameEnd > j ? Kind.PERSON : Kind.ROLE;
        mentions.add(new ActorMention(span(tokens, i, Math.max(nameEnd, i + titleWords)), kind));
        if (kind == Kind.PERSON) {
            List<String> name = new ArrayList<>();
            tokens.subList(j, nameEnd).forEach(t -> name.add(t.normalized()));
            scan.personNames().add(name);
        }
        return Math.max(nameEnd, i + titleWords);
    }

    /** Where the personal name after a title (its words from {@code j}) ends; {@code j} if none. */
    private int nameRunEnd(Scan scan, int i, int j, String role) {
        List<Token> tokens = scan.tokens();
        String text = scan.text();
        int speakerEnd = speakerEndAt(scan, tokens.get(i).span().start());
        int nameEnd = j;
        while (nameEnd < tokens.size() && nameEnd - j < maxNameWords(tokens, j, nameEnd) && !breakBefore(text, tokens, nameEnd)
                && looksLikeName(scan, nameEnd, nameEnd == j, speakerEnd)) {
            nameEnd++;
        }
        if (nameEnd == j && NAME_TITLES.contains(role) && j < tokens.size() && !breakBefore(text, tokens, j)
                && isSurnameWithArticle(scan, j) && nameEndsHere(scan, j + 1)) {
            return j + 1; // «الدكتور الموسى»، «المقدم الغبان»: a rank or honorific, then a family name
        }
        if (nameEnd == j && j + 1 < tokens.size() && commaBefore(text, tokens, j)) {
            // «وزير الخارجية الأمريكي، أنتوني بلينكن»: the name in apposition after a comma
            int k = j;
            while (k < tokens.size() && k - j < maxNameWords(tokens, j, k) && (k == j || !breakBefore(text, tokens, k))
                    && looksLikeName(scan, k, k == j, speakerEnd)) {
                k++;
            }
            if (k - j >= 2) {
                nameEnd = k;
            }
        }
        for (int k = j + 1; k <= nameEnd; k++) {
            if (tokens.get(k - 1).span().end() == speakerEnd) {
                return k; // the attribution found where the speaker phrase, and so the name, ends
            }
        }
        if (nameEnd > j && !nameEndsHere(scan, nameEnd)) {
            return j; // «الرئيس باتخاذ تدابير عاجلة لمنع»: words after a title that run on are no name
        }
        return nameEnd;
    }

    /**
     * Speakers and addressees the attribution found that are a personal name with no title
     * («أعرب زاهر موسى الربعي عن ...»): two to six name words that no other mention covers.
     */
    private List<ActorMention> speakersByName(Scan scan, List<ActorMention> mentions) {
        List<Token> tokens = scan.tokens();
        List<ActorMention> found = new ArrayList<>();
        for (Span speaker : scan.speakers()) {
            boolean covered = mentions.stream().anyMatch(m -> m.span().start() < speaker.end() && speaker.start() < m.span().end());
            int from = -1;
            int to = -1;
            for (int k = Token.firstEndingAfter(tokens, speaker.start());
                    k < tokens.size() && tokens.get(k).span().start() < speaker.end(); k++) {
                if (tokens.get(k).span().start() >= speaker.start() && tokens.get(k).span().end() <= speaker.end()) {
                    from = from < 0 ? k : from;
                    to = k + 1;
                }
            }
            if (covered || from < 0 || to - from < 2 || to - from > maxNameWords(tokens, from, to)) {
                continue;
            }
            boolean name = true;
            for (int k = from; k < to && name; k++) {
                name = (k == from || !breakBefore(scan.text(), tokens, k)) && looksLikeName(scan, k, k == from, speaker.end());
            }
            if (name && found.stream().noneMatch(m -> m.span().equals(speaker))) {
                found.add(new ActorMention(span(tokens, from, to), Kind.PERSON_NAME));
                scan.personNames().add(tokens.subList(from, to).stream().map(Token::normalized).toList());
            }
        }
        return found;
    }

    /** Three words, and one more for each «بن»، «آل» ... among them, at most six. */
    private static int maxNameWords(List<Token> tokens, int from, int to) {
        int connectors = 0;
        for (int k = from; k < to; k++) {
            connectors += CONNECTORS.contains(tokens.get(k).normalized()) ? 1 : 0;
        }
        return Math.min(MAX_PERSON_WORDS + connectors, 6);
    }

    /**
     * Where a personal name right before a title starts («وقال جو كايزر، رئيس شركة سيمنز»), or
     * {@code i} if there is none: two or three name words right after a speech verb, that no
     * other mention covers.
     */
    private int nameBefore(Scan scan, int i, List<ActorMention> mentions) {
        List<Token> tokens = scan.tokens();
        String text = scan.text();
        if (i < 2 || (breakBefore(text, tokens, i) && !commaBefore(text, tokens, i))) {
            return i;
        }
        int covered = mentions.stream().mapToInt(m -> m.span().end()).max().orElse(-1);
        int k = i;
        while (k - 1 >= 0 && i - (k - 1) <= maxNameWords(tokens, k - 1, i) && tokens.get(k - 1).span().start() >= covered
                && (k == i || !breakBefore(text, tokens, k)) && looksLikeName(scan, k - 1, false, -1)) {
            k--;
        }
        while (k < i && (tokens.get(k).normalized().startsWith("ال") || CONNECTORS.contains(tokens.get(k).normalized()))) {
            k++; // a name starts with a given name
        }
        boolean opened = k > 0 && scan.verbStarts().contains(tokens.get(k - 1).span().start());
        return i - k >= 2 && opened ? k : i;
    }

    /** A family name with the article after a rank: not a nisba, function word, known name or title. */
    private boolean isSurnameWithArticle(Scan scan, int j) {
        Token token = scan.tokens().get(j);
        String word = token.normalized();
        return word.startsWith("ال") && word.length() > 4 && !isStop(word) && !names.isNisba(token)
                && nameAt(scan, j) == 0 && titles.at(scan.text(), scan.tokens(), j) == 0
                && names.bodyHeadAt(scan.text(), scan.tokens(), j) == 0 && !scan.verbStarts().contains(token.span().start());
    }

    /** {@link GazetteerNameFinder#nameAt}, computed once per word of the scan. */
    private int nameAt(Scan scan, int i) {
        if (scan.names()[i] < 0) {
            scan.names()[i] = names.nameAt(scan.text(), scan.tokens(), i);
        }
        return scan.names()[i];
    }

    private int institutionAt(Scan scan, int i) {
        return institutions.at(scan.text(), scan.tokens(), i,
                k -> scan.verbStarts().contains(scan.tokens().get(k).span().start()) || isStop(scan.tokens().get(k).normalized()));
    }

    /** The end of the speaker or addressee phrase that contains {@code offset}, or -1. */
    private static int speakerEndAt(Scan scan, int offset) {
        for (Span span : scan.speakers()) {
            if (span.start() <= offset && offset < span.end()) {
                return span.end();
            }
        }
        return -1;
    }

    /**
     * A name after a title ends where something else begins: a break, a verb, a function or time
     * word, a known name or adjective, or the end of the text.
     */
    private boolean nameEndsHere(Scan scan, int k) {
        List<Token> tokens = scan.tokens();
        if (k >= tokens.size() || breakBefore(scan.text(), tokens, k)) {
            return true;
        }
        Token next = tokens.get(k);
        String word = next.normalized();
        return scan.verbStarts().contains(next.span().start()) || isStop(word) || names.isNisba(next)
                || nameAt(scan, k) > 0 || word.startsWith("لل") || word.startsWith("ل") && word.length() > 4
                || word.startsWith("ب") && word.length() > 4 || titles.at(scan.text(), tokens, k) > 0;
    }

    private boolean isStop(String word) {
        for (String reading : readings(word)) {
            if (notNames.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} may be a word of a personal name: not a verb, function word, title,
     * number or ب-masdar; a word with the article only after the first name word and inside the
     * speaker phrase the attribution found («وزير الخارجية عادل الجبير»).
     */
    private boolean looksLikeName(Scan scan, int k, boolean first, int speakerEnd) {
        Token token = scan.tokens().get(k);
        String word = token.normalized();
        String raw = scan.text().substring(token.span().start(), token.span().end());
        if (word.equals("علي") && first && scan.aliIsAName() && raw.endsWith("ي")) {
            return true; // «علي خان إسماعيلوف» in a text that writes the preposition «على»
        }
        if (!first && CONNECTORS.contains(word)) {
            return true; // «عبداللطيف بن راشد»، «آل مكتوم»
        }
        if (word.startsWith("با") && word.length() > 4 || raw.endsWith("\u064B") || raw.endsWith("\u064Bا")
                || raw.endsWith("ا\u064B")) {
            return false; // «باتخاذ»: a ب-masdar; «متجهًا»: an adverbial accusative
        }
        boolean article = word.startsWith("ال") || word.startsWith("وال") || word.startsWith("فال")
                || word.startsWith("كال") || word.startsWith("بال") || word.startsWith("لل");
        // a family name with the article: inside the speaker phrase the attribution found, a
        // nisba-like one that is no country's («المالكي»، «الزياني»), or after «بن X» («عزام بن
        // محمد الدخيل»)
        boolean articleAllowed = !first && word.startsWith("ال")
                && (token.span().end() <= speakerEnd || word.endsWith("ي") && word.length() > 4
                        || k > 1 && CONNECTORS.contains(scan.tokens().get(k - 2).normalized()));
        return !scan.verbStarts().contains(token.span().start()) && !isStop(word)
                && (!article || articleAllowed) && !names.isNisba(token)
                && !word.chars().allMatch(Character::isDigit)
                && titles.at(scan.text(), List.of(token), 0) == 0 && word.length() > 1
                && nameAt(scan, k) == 0
                && !(first && (names.bodyHeadAt(scan.text(), scan.tokens(), k) > 0
                        || institutions.typeOf(word).isPresent()));
    }

}
