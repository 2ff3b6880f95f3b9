package org.qawl.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.qawl.ingest.Report;
import org.qawl.text.ActorMention;
import org.qawl.text.ActorMention.Kind;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.Recognizer;
import org.qawl.text.Span;
import org.qawl.text.SpeechVerb;
import org.qawl.text.Token;

/**
 * Every place an actor is named, not only speakers: the longest gazetteer name starting at each
 * word (up to six words, proclitics و/ب/ل/ف/ك allowed), nisba adjectives, and titles with the
 * name that follows them. Immutable and thread-safe; lookups are pre-filtered by first words so
 * the scan stays linear in the text.
 */
public final class ActorMentionRecognizer implements Recognizer {
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_PERSON_WORDS = 3;

    private final Gazetteer gazetteer;
    private final Set<String> nisbaWords;
    private final Phrases titles;
    private final Phrases bodyHeads;
    /** For each first word of a name, the most words a name starting with it has. */
    private final java.util.Map<String, Integer> longestName;
    private final Set<String> notNames;

    public ActorMentionRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        java.util.Map<String, Integer> longest = new java.util.HashMap<>();
        Set<String> nisba = new HashSet<>();
        gazetteer.asGraph().find().forEachRemaining((Triple t) -> {
            Node o = t.getObject();
            if (!o.isLiteral() || !"ar".equals(o.getLiteralLanguage())) {
                return;
            }
            String key = NameNormalizer.key(o.getLiteralLexicalForm());
            if (key.isEmpty()) {
                return;
            }
            if (t.getPredicate().equals(Gazetteer.NISBA)) {
                nisba.add(NameNormalizer.withoutArticle(key));
            } else if (t.getPredicate().equals(RDFS.label.asNode()) || t.getPredicate().equals(SKOS.altLabel.asNode())) {
                String[] words = key.split(" ");
                longest.merge(words[0], words.length, Math::max);
            }
        });
        this.nisbaWords = Set.copyOf(nisba);
        List<List<String>> titleWords = new ArrayList<>();
        gazetteer.titles().forEach(title -> titleWords.add(List.of(NameNormalizer.key(title.arabic()).split(" "))));
        titleWords.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
        this.titles = new Phrases(titleWords);
        this.longestName = java.util.Map.copyOf(longest);
        List<List<String>> heads = new ArrayList<>();
        gazetteer.bodyHeadKeys().forEach(key -> heads.add(List.of(key.split(" "))));
        heads.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
        this.bodyHeads = new Phrases(heads);
        this.notNames = Set.copyOf(List.of("في", "فى", "من", "الى", "علي", "عن", "ان", "انه", "التي", "الذي", "الذين",
                "قد", "كان", "كانت", "اليوم", "امس", "يوم", "خلال", "بعد", "قبل", "مع", "هذا", "هذه",
                "ذلك", "تلك", "كل", "بين", "حيث", "لكن", "او", "ثم", "كما", "ايضا", "عبر", "ضد", "حول",
                "صباح", "مساء", "ظهر", "فجر", "منصب", "بصدد", "الي", "لدي", "عند", "امام", "اثناء", "عقب",
                "فيما", "بينما", "وقد", "لقد", "مجددا", "بدوره", "نفسه", "ذاته", "شخصيا", "انه", "ان", "بان",
                "انها", "بانه", "اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                "الجمعه", "السبت", "علي", "نظيره", "نظيرها", "نظيرته", "نظيرهم", "نظراءه", "نظرائه",
                "خلفه", "سلفه", "مساعده", "نائبه", "رفقه", "برفقه", "بحضور", "وزيري", "وزراء"));
    }

    @Override
    public MentionKind provides() {
        return MentionKind.ACTOR;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.TOKEN, MentionKind.SPEECH_VERB);
    }

    @Override
    public List<ActorMention> recognize(Report report, Mentions found) {
        String text = report.text();
        List<Token> tokens = found.of(MentionKind.TOKEN, Token.class);
        Set<Integer> verbStarts = new HashSet<>();
        found.of(MentionKind.SPEECH_VERB, SpeechVerb.class).forEach(v -> verbStarts.add(v.span().start()));
        List<ActorMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int title = titleAt(tokens, i);
            if (title > 0) {
                i = person(text, tokens, i, title, verbStarts, mentions);
                continue;
            }
            int name = nameAt(text, tokens, i);
            if (name > 0) {
                mentions.add(new ActorMention(span(tokens, i, i + name), Kind.NAME));
                i += name;
                continue;
            }
            int body = bodyHeads.at(tokens, i);
            if (body == 1 && tokens.get(i).normalized().endsWith("يه")) {
                body = 0; // «الخارجية»، «الداخلية» alone are adjectives more often than ministries
            }
            if (body > 0) {
                // a bare body («الحكومة»، «وزارة الداخلية»): the resolver gives it the report's country
                mentions.add(new ActorMention(span(tokens, i, i + body), Kind.NAME));
                i += body;
                continue;
            }
            if (isNisba(tokens.get(i))) {
                mentions.add(new ActorMention(tokens.get(i).span(), Kind.NISBA));
            }
            i++;
        }
        return mentions;
    }

    /** A title at {@code i} with its scope (nisba, country, body) and the person's name after it. */
    private int person(String text, List<Token> tokens, int i, int titleWords, Set<Integer> verbStarts,
            List<ActorMention> mentions) {
        int j = i + titleWords;
        while (j < tokens.size() && !breakBefore(text, tokens, j)) {
            int name = nameAt(text, tokens, j);
            if (isNisba(tokens.get(j))) {
                mentions.add(new ActorMention(tokens.get(j).span(), Kind.NISBA));
                j++;
            } else if (name > 0) {
                mentions.add(new ActorMention(span(tokens, j, j + name), Kind.NAME));
                j += name;
            } else if (tokens.get(j).normalized().equals("باسم") && j + 1 < tokens.size()) {
                j++; // «المتحدث باسم ...»: the body is named next
            } else {
                break;
            }
        }
        int nameEnd = j;
        while (nameEnd < tokens.size() && nameEnd - j < MAX_PERSON_WORDS && !breakBefore(text, tokens, nameEnd)
                && looksLikeName(tokens.get(nameEnd), verbStarts)) {
            nameEnd++;
        }
        if (nameEnd == j && j + 1 < tokens.size() && commaBefore(text, tokens, j)) {
            // «وزير الخارجية الأمريكي، أنتوني بلينكن»: the name in apposition after a comma
            int k = j;
            while (k < tokens.size() && k - j < MAX_PERSON_WORDS && (k == j || !breakBefore(text, tokens, k))
                    && looksLikeName(tokens.get(k), verbStarts)) {
                k++;
            }
            if (k - j >= 2) {
                nameEnd = k;
            }
        }
        if (nameEnd > j && !nameEndsHere(text, tokens, nameEnd, verbStarts)) {
            nameEnd = j; // «الرئيس باتخاذ تدابير عاجلة لمنع»: words after a title that run on are no name
        }
        Kind kind = nameEnd > j ? Kind.PERSON : Kind.ROLE;
        mentions.add(new ActorMention(span(tokens, i, Math.max(nameEnd, i + titleWords)), kind));
        return Math.max(nameEnd, i + titleWords);
    }

    /**
     * A name after a title ends where something else begins: a break, a verb, a function or time
     * word, a known name or adjective, or the end of the text.
     */
    private boolean nameEndsHere(String text, List<Token> tokens, int k, Set<Integer> verbStarts) {
        if (k >= tokens.size() || breakBefore(text, tokens, k)) {
            return true;
        }
        Token next = tokens.get(k);
        String word = next.normalized();
        return verbStarts.contains(next.span().start()) || notNames.contains(word)
                || notNames.contains(readingOf(word)) || isNisba(next) || nameAt(text, tokens, k) > 0
                || word.startsWith("لل") || word.startsWith("ل") && word.length() > 4;
    }

    private boolean looksLikeName(Token token, Set<Integer> verbStarts) {
        String word = token.normalized();
        if (word.startsWith("با") && word.length() > 4) {
            return false; // «باتخاذ»، «بإطلاق»: a ب-masdar, not a name
        }
        return !verbStarts.contains(token.span().start()) && !notNames.contains(word)
                && !word.startsWith("ال") && !word.startsWith("بال") && !word.startsWith("لل")
                && !word.startsWith("وال") && !word.startsWith("فال") && !word.startsWith("كال")
                && !word.chars().allMatch(Character::isDigit)
                && titleAt(List.of(token), 0) == 0 && word.length() > 1;
    }

    /** The number of words of the longest gazetteer name starting at {@code i}, or 0. */
    private int nameAt(String text, List<Token> tokens, int i) {
        String word = tokens.get(i).normalized();
        int longest = Math.max(longestName.getOrDefault(word, 0), Math.max(
                longestName.getOrDefault(readingOf(word), 0), longestName.getOrDefault(withoutConjunction(word), 0)));
        int head = bodyHeads.at(tokens, i);
        boolean body = head > 0;
        if (longest == 0 && !body) {
            return 0;
        }
        // a body is its head and a country of up to three words («وزارة الخارجية الروسية»)
        int most = Math.min(MAX_NAME_WORDS, Math.max(longest, body ? head + 3 : 0));
        for (int n = Math.min(most, tokens.size() - i); n >= 1; n--) {
            if (n > 1 && breakBefore(text, tokens, i + n - 1)) {
                continue;
            }
            String phrase = text.substring(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
            if ((n <= longest && gazetteer.lookup(phrase).isPresent())
                    || (n > head && body && gazetteer.lookupBody(phrase).isPresent())) {
                return n;
            }
        }
        return 0;
    }

    private int titleAt(List<Token> tokens, int i) {
        return titles.at(tokens, i);
    }

    /**
     * Word sequences (titles, body heads) indexed by their first word, so a token that starts
     * none of them costs one set lookup: this runs on every word of every report.
     */
    private static final class Phrases {
        private final java.util.Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();

        Phrases(List<List<String>> phrases) {
            for (List<String> phrase : phrases) { // longest first, as given
                byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
            }
        }

        int at(List<Token> tokens, int i) {
            String word = tokens.get(i).normalized();
            List<List<String>> candidates = byFirst.get(word);
            if (candidates == null) {
                candidates = byFirst.get(readingOf(word));
            }
            if (candidates == null) {
                return 0;
            }
            for (List<String> phrase : candidates) {
                if (i + phrase.size() > tokens.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < phrase.size() && all; k++) {
                    all = tokens.get(i + k).normalized().equals(phrase.get(k));
                }
                if (all) {
                    return phrase.size();
                }
            }
            return 0;
        }

        boolean starts(String word) {
            return byFirst.containsKey(word) || byFirst.containsKey(readingOf(word));
        }
    }

    private boolean isNisba(Token token) {
        String bare = NameNormalizer.withoutArticle(readingOf(token.normalized()));
        return nisbaWords.contains(bare) && gazetteer.lookupNisba(token.normalized()).isPresent();
    }

    private static String withoutConjunction(String word) {
        return word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? word.substring(1) : word;
    }

    /** The word without one proclitic (و، ف، ب، ل، ك; لل read as ال). */
    private static String readingOf(String word) {
        if (word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            word = word.substring(1);
        }
        if (word.startsWith("لل") && word.length() > 3) {
            return "ا" + word.substring(1);
        }
        if (word.length() > 3 && "بلك".indexOf(word.charAt(0)) >= 0) {
            return word.substring(1);
        }
        return word;
    }

    private static boolean breakBefore(String text, List<Token> tokens, int j) {
        if (j == 0) {
            return true;
        }
        for (int c = tokens.get(j - 1).span().end(); c < tokens.get(j).span().start(); c++) {
            char ch = text.charAt(c);
            if (ch == '،' || ch == ',' || ch == '.' || ch == ':' || ch == '؛' || ch == '\n' || ch == '('
                    || ch == ')' || ch == '"' || ch == '«' || ch == '»' || ch == '“' || ch == '”') {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBefore(String text, List<Token> tokens, int j) {
        for (int c = tokens.get(j - 1).span().end(); c < tokens.get(j).span().start(); c++) {
            if (text.charAt(c) == '،' || text.charAt(c) == ',') {
                return true;
            }
        }
        return false;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
