package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qawl.text.SpeechVerb.Agreement;
import org.qawl.text.SpeechVerb.VerbClass;
import org.qawl.text.SpeechVerb.VerbForm;

/**
 * The attribution rules for one sentence. Each statement starts at a trigger (a speech verb,
 * a masdar «قوله» after «نقل ... عن», or «حسب/وفقا لـ») and its content at an opener found to the
 * right: a complementizer (أن/إن), a colon, a quotation, a preposition the verb governs (دعا إلى،
 * طالب بـ، حث على) or, for verbs such as أعلن/أكد/نفى, the object noun phrase. Rule ids are
 * published with every statement ({@code qawl:rule}).
 */
final class StatementRules {
    /** A statement before implicit speakers are resolved. */
    record Draft(Span content, Optional<Span> speaker, Optional<SpeechVerb> verb,
            Agreement agreement, boolean colonSpeech, String rule, double confidence,
            Span window, Optional<Span> addressee) {

        Draft(Span content, Optional<Span> speaker, Optional<SpeechVerb> verb, Agreement agreement,
                boolean colonSpeech, String rule, double confidence, Span window) {
            this(content, speaker, verb, agreement, colonSpeech, rule, confidence, window,
                    Optional.empty());
        }
    }

    private static final int MAX_SCAN = 30;
    private static final int MAX_SPEAKER = 10;
    /** Verbs whose object noun phrase is what was said («أعلن قبول الاستقالة»، «نفى الشائعات»). */
    private static final Set<String> OBJECT_VERBS = Set.of("أعلن", "أكد", "نفى", "وصف", "توقع",
            "طلب", "أعرب", "وعد", "طالب", "أمر", "حث");
    /** Verbs whose object is a person or body addressed («دعت واشنطن السلطات إلى ...»). */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("دعا", "حث", "حذر", "طالب", "أمر",
            "أبلغ", "وعد", "هدد", "طلب");
    /** Words after which «من» continues a speaker phrase («مصدر مقرب من ...»). */
    private static final Set<String> NEAR = Set.of("مقرب", "مقربه", "المقرب", "المقربه", "قريب",
            "القريب", "مقربون", "مقربين");
    /** Verbs whose content is a ب-phrase («طالب بـ»، «أمر بـ»، «وعد بـ»). */
    private static final Set<String> BI_VERBS = Set.of("طالب", "وعد", "هدد", "أمر", "أشاد", "طلب",
            "اتهم");

    private final SentenceView view;
    private final AttributionWords words;
    private final KnownNames names;
    private final Sentence sentence;
    private final boolean headline;
    private final List<Token> tokens;
    private final List<Draft> drafts = new ArrayList<>();

    StatementRules(SentenceView view, AttributionWords words, KnownNames names, Sentence sentence,
            boolean headline) {
        this.view = view;
        this.words = words;
        this.names = names;
        this.sentence = sentence;
        this.headline = headline;
        this.tokens = view.tokensIn(sentence.span());
    }

    List<Draft> drafts() {
        colonLead().ifPresent(drafts::add);
        for (int t = 0; t < tokens.size(); t++) {
            Optional<SpeechVerb> verb = view.verbAt(tokens.get(t));
            if (verb.isEmpty()) {
                continue;
            }
            if (insideEarlierContent(t, verb.get())) {
                continue;
            }
            Optional<Draft> draft = switch (verb.get().verbClass()) {
                case SPEECH, DIRECTIVE, COLON -> verbStatement(t, verb.get());
                case MASDAR -> masdarStatement(t, verb.get());
                case ACCORDING -> Optional.empty();
            };
            draft.filter(d -> !d.content().isEmpty()).ifPresent(drafts::add);
        }
        for (int t = 0; t < tokens.size(); t++) {
            int at = t;
            view.verbAt(tokens.get(t)).filter(v -> v.verbClass() == VerbClass.ACCORDING)
                    .flatMap(v -> accordingStatement(at, v))
                    .filter(d -> !d.content().isEmpty()).ifPresent(drafts::add);
        }
        drafts.sort((a, b) -> Integer.compare(a.window().start(), b.window().start()));
        return drafts;
    }

    /**
     * A verb inside the reported clause of an earlier statement, not starting a statement of its
     * own (no conjunction, not a participle, no clause break): part of what was said. Verbs
     * inside quotations still make embedded statements.
     */
    private boolean insideEarlierContent(int t, SpeechVerb verb) {
        int at = tokens.get(t).span().start();
        if (verb.conjoined() || verb.form() == VerbForm.PARTICIPLE
                || view.quoteAround(at).isPresent()
                || (t > 0 && words.isRelative(tokens.get(t - 1).normalized())) || afterClauseLink(t)) {
            return false;
        }
        return drafts.stream().anyMatch(d -> d.content().contains(at));
    }

    // ---- verb-first and subject-first statements ----

    private Optional<Draft> verbStatement(int t, SpeechVerb verb) {
        if (t > 0 && words.isNaming(tokens.get(t - 1).normalized())) {
            return Optional.empty(); // «ما وصفها بـ»: naming inside content
        }
        int speakerFrom = t + 1;
        if (verb.lemma().equals("نقل")) {
            int from = indexOf("عن", t + 1, 8);
            if (from < 0 || hasMasdarAfter(from)) {
                return Optional.empty(); // «نقلت X عن Y قوله»: the masdar carries the statement
            }
            speakerFrom = from + 1;
        }
        int limit = limitAfter(t);
        if (verb.lemma().equals("نفى") && t + 1 < tokens.size() && !names.isNameLike(tokens.get(t + 1))
                && verb.conjoined()) {
            return objectStatement(t, verb, limit); // «ونفى شائعات أنه ...»: the object is the content
        }
        if (verb.lemma().equals("وصف")) {
            return objectStatement(t, verb, limit); // «وصف X الوضع بأنه ...»: content is «الوضع بأنه ...»
        }
        Opener opener = findOpener(speakerFrom, limit, verb);
        if (verb.verbClass() == VerbClass.COLON && (opener == null || opener.index() != t + 1
                || !(opener.kind == OpenerKind.COLON || opener.kind == OpenerKind.QUOTE))) {
            return Optional.empty(); // «وزاد: ...» is speech; «زاد عدد ...» is not
        }
        if (opener == null) {
            return quoteBeforeVerb(t, verb).or(() -> objectStatement(t, verb, limit));
        }
        if (words.isImpersonal(tokens.get(t).normalized()) && opener.index() == t + 1) {
            return Optional.empty(); // «يذكر أن»: the writer's background
        }
        Optional<Span> speaker = verb.form() == VerbForm.PARTICIPLE ? Optional.empty()
                : rightSpeaker(speakerFrom, opener.index(), verb);
        if (speaker.isEmpty() && !verb.conjoined() && verb.form() == VerbForm.FINITE) {
            speaker = leftSpeaker(t);
        }
        Span content = opener.content(limit);
        Optional<Span> addressee = addresseeOf(speaker.isPresent() ? speaker.get().end()
                : tokens.get(t).span().end(), opener.index(), verb);
        return Optional.of(new Draft(content, speaker, Optional.of(verb), verb.agreement(),
                opener.colon(), opener.rule(), opener.confidence(),
                new Span(tokens.get(t).span().start(), Math.max(content.start(), tokens.get(t).span().end())),
                addressee));
    }

    /**
     * The addressee of «دعا/حث/طالب/أمر/حذر ...»: the words after the speaker up to the content,
     * left of any adjunct («في بيان»، «أمس»).
     */
    private Optional<Span> addresseeOf(int afterSpeaker, int openerIndex, SpeechVerb verb) {
        if (!ADDRESSEE_VERBS.contains(verb.lemma())) {
            return Optional.empty();
        }
        int from = 0;
        while (from < openerIndex && tokens.get(from).span().start() < afterSpeaker) {
            from++;
        }
        int to = from;
        while (to < openerIndex && to - from < MAX_SPEAKER
                && !words.isTimeAdjunct(tokens.get(to).normalized())
                && !(to > from && words.endsSpeaker(tokens.get(to).normalized())
                        && !placeOfSpeaker(from, to, openerIndex))) {
            to++;
        }
        if (from < to && (words.endsSpeaker(tokens.get(from).normalized()))) {
            return Optional.empty();
        }
        return span(from, to);
    }

    /** «"..."، قال X»: the quotation just before the verb is the content. */
    private Optional<Draft> quoteBeforeVerb(int t, SpeechVerb verb) {
        if (verb.form() != VerbForm.FINITE || t == 0) {
            return Optional.empty();
        }
        Token token = tokens.get(t);
        return view.quoteOpeningIn(sentence.span().start() - 1, token.span().start())
                .filter(q -> q.span().end() <= token.span().start()
                        && view.onlyPunctuationBetween(q.span().end(), token.span().start()))
                .flatMap(quote -> rightSpeaker(t + 1, endIndex(t + 1, limitAfter(t)), verb)
                        .map(speaker -> new Draft(view.quoted(quote), Optional.of(speaker),
                                Optional.of(verb), verb.agreement(), false, "quote-verb", 0.85,
                                new Span(quote.span().start(), token.span().end()))));
    }

    /** «أعلن X قبول الاستقالة»، «وأعلن فرض حالة الطوارئ»: the object is the content. */
    private Optional<Draft> objectStatement(int t, SpeechVerb verb, int limit) {
        if (!OBJECT_VERBS.contains(verb.lemma()) || verb.form() == VerbForm.NOUN) {
            return Optional.empty();
        }
        int end = endIndex(t + 1, limit);
        if (t + 1 >= end) {
            return Optional.empty();
        }
        Optional<Span> speaker = Optional.empty();
        int contentFrom = t + 1;
        boolean subjectAfter = names.isNameLike(tokens.get(t + 1));
        Optional<Span> left = verb.conjoined() || verb.form() != VerbForm.FINITE || subjectAfter
                ? Optional.empty() : leftSpeaker(t);
        if (left.isPresent() && view.tokensIn(left.get()).stream().anyMatch(names::isNameLike)) {
            speaker = left;
        } else if (verb.form() == VerbForm.FINITE && names.isNameLike(tokens.get(t + 1))) {
            int stop = nounPhraseEnd(t + 1, end);
            speaker = span(t + 1, stop);
            contentFrom = stop;
        } else if (!verb.conjoined() && verb.form() == VerbForm.FINITE || left.isPresent()) {
            return Optional.empty(); // no speaker to the left or right: narration, not speech
        }
        while (contentFrom < end && (words.isTimeAdjunct(tokens.get(contentFrom).normalized())
                || tokens.get(contentFrom).normalized().equals("ل"))) {
            contentFrom++;
            if (contentFrom < end && view.quoteAround(tokens.get(contentFrom).span().start()).isPresent()
                    && tokens.get(contentFrom - 1).normalized().equals("ل")) {
                contentFrom++; // «لـ"الوطن"»: the outlet spoken to
            }
        }
        if (contentFrom >= end) {
            return Optional.empty();
        }
        Span content = view.contentFrom(tokens.get(contentFrom).span().start(), limit);
        return Optional.of(new Draft(content, speaker, Optional.of(verb), verb.agreement(), false,
                "verb-object", speaker.isPresent() ? 0.7 : 0.65,
                new Span(tokens.get(t).span().start(), content.start())));
    }

    // ---- «قوله» and «حسب» ----

    /** «ونقلت وكالة X عن Y قوله: ...» */
    private Optional<Draft> masdarStatement(int t, SpeechVerb verb) {
        int from = lastIndexOf("عن", t - 1, 8);
        if (from < 0) {
            return Optional.empty();
        }
        Optional<Span> speaker = span(from + 1, t);
        int limit = limitAfter(t);
        Opener opener = findOpener(t + 1, limit, verb);
        if (opener == null || speaker.isEmpty()) {
            return Optional.empty();
        }
        Span content = opener.content(limit);
        return Optional.of(new Draft(content, speaker, Optional.of(verb), verb.agreement(),
                opener.colon(), "reported-masdar", 0.85,
                new Span(tokens.get(from).span().start(), content.start())));
    }

    /** «وبحسب المنظمة، ...» before the content, or «...، حسب بيان X» after it. */
    private Optional<Draft> accordingStatement(int t, SpeechVerb verb) {
        int at = tokens.get(t).span().start();
        boolean covered = drafts.stream().anyMatch(d -> d.window().contains(at) || d.content().contains(at));
        boolean verbLater = tokens.subList(t + 1, tokens.size()).stream()
                .anyMatch(k -> view.verbAt(k).filter(v -> v.verbClass() != VerbClass.ACCORDING).isPresent());
        if (covered || verbLater) {
            return Optional.empty(); // a conduit of another statement, or a redundant attribution
        }
        boolean clauseInitial = t == 0 || view.gapHasClauseBreak(tokens.get(t - 1).span().end(), at);
        int limit = sentence.span().end();
        if (clauseInitial && t + 1 < tokens.size()) {
            Optional<Draft> before = accordingBefore(t, verb, at, limit);
            if (before.isPresent() || t == 0) {
                return before;
            }
        }
        return accordingAfter(t, verb, at, limit);
    }

    /** «وبحسب المنظمة، ...»: the speaker, then the content. */
    private Optional<Draft> accordingBefore(int t, SpeechVerb verb, int at, int limit) {
        int stop = t + 1;
        while (stop < tokens.size() && stop - t <= 6 && !commaBefore(stop)
                && !words.endsSpeaker(tokens.get(stop).normalized())) {
            stop++;
        }
        boolean comma = stop < tokens.size() && stop > t + 1 && commaBefore(stop);
        if (!comma && stop < tokens.size() && stop - t <= 6) {
            int nameEnd = t + 1;
            while (nameEnd < stop && names.isNameLike(tokens.get(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd > t + 1) {
                stop = nameEnd; // «وحسب فولودين سيتضح ...»: the name, then the content
            }
        }
        if (stop == tokens.size() || (stop - t > 6)) {
            stop = t + 1;
            while (stop < tokens.size() && stop - t <= 6 && names.isNameLike(tokens.get(stop))) {
                stop++;
            }
            stop = Math.max(stop, t + 2);
        }
        Optional<Span> speaker = span(t + 1, Math.min(stop, tokens.size()));
        if (!startsLikeSpeaker(t + 1)) {
            return Optional.empty(); // «وفقا للبيانات الأولية»: data, not a speaker
        }
        int contentFrom = stop;
        while (contentFrom < tokens.size() && (words.isComplementizer(tokens.get(contentFrom).normalized())
                || tokens.get(contentFrom).normalized().equals("فقد"))) {
            contentFrom++;
        }
        if (contentFrom >= tokens.size() || speaker.isEmpty()) {
            return Optional.empty();
        }
        int from = tokens.get(contentFrom).span().start();
        int afterSpeaker = tokens.get(contentFrom - 1).span().end();
        Span content = view.quoteOpeningIn(afterSpeaker, from)
                .filter(q -> q.span().end() >= view.trimEnd(limit) - 1).map(view::quoted)
                .orElseGet(() -> view.contentFrom(afterSpeaker, limit));
        return Optional.of(new Draft(content, speaker, Optional.of(verb), Agreement.UNKNOWN,
                false, "according-before", 0.8, new Span(at, content.start())));
    }

    /** «...، بحسب الوزير»: the content, then the speaker. */
    private Optional<Draft> accordingAfter(int t, SpeechVerb verb, int at, int limit) {
        Optional<Span> speaker = span(t + 1, endIndex(t + 1, limit));
        if (speaker.isEmpty() || !startsLikeSpeaker(t + 1)) {
            return Optional.empty();
        }
        Span content = view.quoteOpeningIn(sentence.span().start() - 1, at)
                .filter(q -> q.span().end() <= at && view.onlyPunctuationBetween(q.span().end(), at))
                .map(view::quoted)
                .orElseGet(() -> view.contentFrom(sentence.span().start(), at));
        return Optional.of(new Draft(content, speaker, Optional.of(verb), Agreement.UNKNOWN, false,
                "according-after", 0.75, new Span(content.start(), speaker.get().end())));
    }

    /**
     * «X: ...» at the start of a sentence or of a headline segment (after «…» or «|»): verbless
     * speech by a speaker of one to four words.
     */
    private Optional<Draft> colonLead() {
        int segmentStart = 0;
        for (int i = 1; i < tokens.size(); i++) {
            int gapFrom = tokens.get(i - 1).span().end();
            int gapTo = tokens.get(i).span().start();
            if (view.gapHas(gapFrom, gapTo, '…') || view.gapHas(gapFrom, gapTo, '|')) {
                segmentStart = i;
                continue;
            }
            if (!view.gapHas(gapFrom, gapTo, ':')) {
                continue;
            }
            int words = i - segmentStart;
            boolean verbBefore = tokens.subList(segmentStart, i).stream().anyMatch(k -> view.verbAt(k).isPresent());
            boolean dateline = view.verbAt(tokens.get(i)).isPresent();
            boolean brokenBefore = false;
            for (int k = segmentStart + 1; k < i; k++) {
                brokenBefore |= view.gapHasClauseBreak(tokens.get(k - 1).span().end(), tokens.get(k).span().start());
            }
            if (words < 1 || words > 4 || verbBefore || dateline || brokenBefore) {
                return Optional.empty();
            }
            int limit = limitAfter(i - 1);
            Opener opener = new Opener(i, true, OpenerKind.COLON, gapFrom);
            Span content = opener.content(limit);
            int speakerEnd = segmentStart + 1;
            while (speakerEnd < i && !endsSpeakerHere(segmentStart, speakerEnd, i)) {
                speakerEnd++;
            }
            return Optional.of(new Draft(content, span(segmentStart, speakerEnd), Optional.empty(),
                    Agreement.UNKNOWN, true, "headline-colon", headline ? 0.75 : 0.6,
                    new Span(tokens.get(segmentStart).span().start(), content.start())));
        }
        return Optional.empty();
    }

    // ---- openers and content ----

    private enum OpenerKind { COMPLEMENTIZER, COLON, QUOTE, PREPOSITION_INCLUDED, PREPOSITION_EXCLUDED }

    /** Where the content opens: the token at {@code index} (or the gap before it). */
    private final class Opener {
        private final int index;
        private final boolean gap;
        private final OpenerKind kind;
        private final int gapStart;

        Opener(int index, boolean gap, OpenerKind kind, int gapStart) {
            this.index = index;
            this.gap = gap;
            this.kind = kind;
            this.gapStart = gapStart;
        }

        int index() {
            return index;
        }

        boolean colon() {
            return kind == OpenerKind.COLON;
        }

        String rule() {
            return switch (kind) {
                case COMPLEMENTIZER -> "verb-complementizer";
                case COLON -> "verb-colon";
                case QUOTE -> "verb-quote";
                default -> "verb-preposition";
            };
        }

        double confidence() {
            return kind == OpenerKind.PREPOSITION_INCLUDED || kind == OpenerKind.PREPOSITION_EXCLUDED
                    ? 0.75 : 0.9;
        }

        Span content(int limit) {
            Token token = tokens.get(index);
            int from = switch (kind) {
                case COMPLEMENTIZER, PREPOSITION_EXCLUDED -> token.span().end();
                case PREPOSITION_INCLUDED -> token.span().start();
                case COLON, QUOTE -> gapStart;
            };
            int searchTo = kind == OpenerKind.COMPLEMENTIZER || kind == OpenerKind.PREPOSITION_EXCLUDED
                    ? (index + 1 < tokens.size() ? tokens.get(index + 1).span().start() : limit)
                    : token.span().start();
            // «: إن ...» and «أن "..."»: skip a complementizer after a colon; take a whole quotation
            if (kind == OpenerKind.COLON && words.isComplementizer(token.normalized())
                    && view.quoteOpeningIn(from, token.span().start()).isEmpty()) {
                return view.contentFrom(token.span().end(), limit);
            }
            Optional<Quote> quote = view.quoteOpeningIn(from, Math.max(searchTo, from + 1));
            if (quote.isPresent() && (quote.get().span().end() >= view.trimEnd(limit) - 1
                    || quote.get().span().end() > limit || !quote.get().closed())) {
                return view.quoted(quote.get());
            }
            if (quote.isPresent() && kind != OpenerKind.COMPLEMENTIZER) {
                return view.quoted(quote.get());
            }
            return view.contentFrom(from, limit);
        }
    }

    private Opener findOpener(int from, int limit, SpeechVerb verb) {
        for (int j = from; j < tokens.size() && j <= from + MAX_SCAN; j++) {
            Token token = tokens.get(j);
            if (token.span().start() >= limit) {
                return null;
            }
            int gapFrom = j > 0 ? tokens.get(j - 1).span().end() : sentence.span().start();
            if (j > from - 1 && j > 0) {
                if (view.gapHas(gapFrom, token.span().start(), ':')) {
                    return new Opener(j, true, OpenerKind.COLON, gapFrom);
                }
                Optional<Quote> quote = view.quoteOpeningIn(gapFrom, token.span().start())
                        .filter(q -> !followedByColon(q)); // «وقال "ولد الشيخ أحمد": ...»: a quoted name
                if (quote.isPresent() && j - from <= MAX_SPEAKER
                        && (quote.get().span().end() >= view.trimEnd(limit) - 1 || !quote.get().closed()
                                || (onlySpeakerWords(from, j) && view.tokensIn(quote.get().inner()).size() >= 4))) {
                    return new Opener(j, true, OpenerKind.QUOTE, gapFrom); // «وقالت X "..."»
                }
            }
            String word = token.normalized();
            if (words.isComplementizer(word)) {
                return new Opener(j, false, OpenerKind.COMPLEMENTIZER, gapFrom);
            }
            Optional<OpenerKind> preposition = prepositionOpener(verb, j);
            if (preposition.isPresent()) {
                return new Opener(j, false, preposition.get(), gapFrom);
            }
            if (view.verbAt(token).filter(v -> v.verbClass() != VerbClass.ACCORDING).isPresent()) {
                return null;
            }
        }
        return null;
    }

    private boolean followedByColon(Quote quote) {
        String text = view.text();
        int i = quote.span().end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    /** Whether every word in [from, to) can belong to a speaker phrase (names, roles, adjuncts). */
    private boolean onlySpeakerWords(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!names.isNameLike(tokens.get(j)) && !words.endsSpeaker(tokens.get(j).normalized())) {
                return false;
            }
        }
        return true;
    }

    /** The preposition a verb governs, when what follows it is the content. */
    private Optional<OpenerKind> prepositionOpener(SpeechVerb verb, int j) {
        String word = tokens.get(j).normalized();
        boolean complementizerNext = j + 1 < tokens.size()
                && words.isComplementizer(tokens.get(j + 1).normalized());
        if (complementizerNext) {
            return Optional.empty();
        }
        String lemma = verb.lemma();
        if (lemma.equals("دعا") && (word.equals("الي"))) {
            return Optional.of(OpenerKind.PREPOSITION_EXCLUDED);
        }
        if (lemma.equals("حث") && word.equals("علي")) {
            return Optional.of(OpenerKind.PREPOSITION_INCLUDED);
        }
        if ((lemma.equals("أعرب") || lemma.equals("عبر") || lemma.equals("كشف") || lemma.equals("أعلن"))
                && word.equals("عن")) {
            return Optional.of(OpenerKind.PREPOSITION_EXCLUDED);
        }
        if ((lemma.equals("شدد") || lemma.equals("أكد")) && word.equals("علي")) {
            return Optional.of(OpenerKind.PREPOSITION_EXCLUDED);
        }
        if (lemma.equals("حذر") && word.equals("من")) {
            return Optional.of(OpenerKind.PREPOSITION_EXCLUDED);
        }
        if (BI_VERBS.contains(lemma) && word.length() >= 4 && word.startsWith("ب")
                && !word.equals("باسم") && !names.isNameLike(tokens.get(j))) {
            return Optional.of(OpenerKind.PREPOSITION_INCLUDED);
        }
        return Optional.empty();
    }

    // ---- speakers ----

    /** The speaker phrase between the verb and the content, cut at the first adjunct word. */
    private Optional<Span> rightSpeaker(int from, int to, SpeechVerb verb) {
        int end = from;
        while (end < to && end - from < MAX_SPEAKER) {
            if (endsSpeakerHere(from, end, to) || addresseeStarts(from, end, verb)) {
                break;
            }
            end++;
        }
        return span(from, end);
    }

    /**
     * For verbs with an addressee («دعت واشنطن السلطات إلى»، «حذرت الولايات المتحدة، القوات
     * الروسية»), the addressee starts after a comma or at a second role or body noun that does
     * not continue the first («وزير الخارجية» is one phrase; «واشنطن السلطات» is two).
     */
    private boolean addresseeStarts(int from, int at, SpeechVerb verb) {
        if (at == from || !ADDRESSEE_VERBS.contains(verb.lemma())) {
            return false;
        }
        String word = tokens.get(at).normalized();
        String previous = tokens.get(at - 1).normalized();
        if (words.isTitleHead(word)) {
            return false; // «توكاييف رئيس جمهورية كازاخستان»: a title in apposition
        }
        return commaBefore(at) || words.isAddresseeHead(word)
                || (words.isSpeakerHead(word) && !words.isSpeakerHead(previous) && !word.startsWith("لل"));
    }

    private boolean endsSpeakerHere(int from, int at, int to) {
        Token token = tokens.get(at);
        String word = token.normalized();
        String previous = at > from ? tokens.get(at - 1).normalized() : "";
        if (word.startsWith("لل") && at > from && !words.isSpeakerHead(previous)
                && !KnownNames.isNisba(AttributionWords.withoutConjunction(previous))) {
            return true; // «ظريف للشورى»: spoken to, not part of the name
        }
        if (!words.endsSpeaker(word)) {
            return false;
        }
        String written = token.span().of(view.text());
        boolean nameAli = written.endsWith("علي") && at + 1 < to
                && !words.isComplementizer(tokens.get(at + 1).normalized());
        boolean eachOf = word.equals("من") && (previous.equals("كل") || NEAR.contains(previous));
        return !nameAli && !eachOf && !placeOfSpeaker(from, at, to);
    }

    /**
     * «السلطات في كازاخستان»، «مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل»: a «في»
     * that continues the speaker's title up to the content, rather than opening an adjunct.
     */
    private boolean placeOfSpeaker(int from, int at, int to) {
        String word = tokens.get(at).normalized();
        if (at == from || !(word.equals("في") || word.equals("فى")) || to - at > 5 || to - at < 2) {
            return false;
        }
        boolean named = false;
        for (int j = at + 1; j < to; j++) {
            if (words.endsSpeaker(tokens.get(j).normalized())) {
                return false;
            }
            named |= names.isNameLike(tokens.get(j));
        }
        return named;
    }

    /**
     * The end of a speaker noun phrase with no opener after it: names, roles and nisba adjectives,
     * the word after a role («وزير الخارجية»، «رئيس كازاخستان»), and a comma apposition of up to
     * four words closed by a comma or a time word («، قاسم جومارت توكاييف، أمس،»).
     */
    private int nounPhraseEnd(int from, int end) {
        int stop = from;
        while (stop < end && stop - from < MAX_SPEAKER) {
            Token token = tokens.get(stop);
            if (words.endsSpeaker(token.normalized())) {
                break;
            }
            boolean afterHead = stop > from && words.isSpeakerHead(tokens.get(stop - 1).normalized());
            if (stop > from && commaBefore(stop)) {
                int close = appositionEnd(stop, end);
                if (close < 0) {
                    break;
                }
                stop = close;
                continue;
            }
            if (stop > from && !afterHead && !names.isNameLike(token)) {
                break;
            }
            stop++;
        }
        return stop;
    }

    /** The end of a comma apposition starting at {@code from}, or -1 if there is none. */
    private int appositionEnd(int from, int end) {
        for (int j = from + 1; j < end && j <= from + 4; j++) {
            if (commaBefore(j) || words.isTimeAdjunct(tokens.get(j).normalized())) {
                return j;
            }
        }
        return -1;
    }

    /** «روسيا أكدت أن ...»، «وكان بلاتر الذي أعلن أنه ...»: the subject before the verb. */
    private Optional<Span> leftSpeaker(int t) {
        int from = t;
        while (from > 0 && t - from < 8) {
            Token previous = tokens.get(from - 1);
            if (view.verbAt(previous).isPresent() || words.endsSpeaker(previous.normalized())
                    || words.isNaming(previous.normalized())
                    || view.gapHasClauseBreak(previous.span().end(), tokens.get(from).span().start())) {
                break;
            }
            from--;
        }
        int to = t;
        if (to > from && words.isRelative(tokens.get(to - 1).normalized())) {
            to--;
            if (to == from || !(names.isSeen(tokens.get(to - 1))
                    || !tokens.get(to - 1).normalized().startsWith("ال"))) {
                return Optional.empty(); // «... التي قال إنها»: the antecedent is not a speaker
            }
        }
        while (from < to && (words.endsSpeaker(tokens.get(from).normalized())
                || words.isCopula(tokens.get(from).normalized()))) {
            from++;
        }
        if (from >= to || view.quoteAround(tokens.get(from).span().start()).isPresent()
                || (from > 0 && words.isNaming(tokens.get(from - 1).normalized()))) {
            return Optional.empty(); // «ما حدث يشير إلى»: the subject is not a speaker
        }
        int nameEnd = to;
        while (nameEnd > from + 1 && !names.isNameLike(tokens.get(nameEnd - 1))
                && names.isNameLike(tokens.get(nameEnd - 2))) {
            nameEnd--; // «واشنطن تصريحات تطلب»: the name, not the noun after it
        }
        return span(from, nameEnd);
    }

    /** Whether the word at {@code j} (a ل-prefix allowed, as in «وفقا لوكالة») can start a speaker. */
    private boolean startsLikeSpeaker(int j) {
        if (j >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(j);
        String word = token.normalized();
        if (names.isNameLike(token) || words.isDocument(word)) {
            return true;
        }
        if (word.startsWith("ل") && word.length() > 3) {
            Token bare = new Token(token.span(), word.startsWith("لل") ? "ا" + word.substring(1) : word.substring(1));
            return names.isNameLike(bare) || words.isDocument(bare.normalized());
        }
        return false;
    }

    // ---- helpers ----

    /** Where the content of the statement at token {@code t} must end: the next statement's start. */
    private int limitAfter(int t) {
        int end = sentence.span().end();
        for (int u = t + 1; u < tokens.size(); u++) {
            Token token = tokens.get(u);
            Optional<SpeechVerb> verb = view.verbAt(token);
            int gapFrom = tokens.get(u - 1).span().end();
            boolean breakBefore = view.gapHasClauseBreak(gapFrom, token.span().start());
            if (headline && (view.gapHas(gapFrom, token.span().start(), '…')
                    || view.gapHas(gapFrom, token.span().start(), '|'))) {
                return gapFrom;
            }
            if (verb.isEmpty() || view.quoteAround(token.span().start()).isPresent()) {
                continue;
            }
            SpeechVerb next = verb.get();
            if (next.verbClass() == VerbClass.ACCORDING) {
                continue; // «، ووفقا لوكالة X،» inside an attribution; trailing ones are trimmed
            }
            int link = clauseLinkStart(u);
            if (link >= 0) {
                return tokens.get(link).span().start(); // «، في حين أكدت»: the link starts the clause
            }
            boolean startsStatement = next.conjoined() || next.form() == VerbForm.PARTICIPLE
                    || (breakBefore && next.verbClass() != VerbClass.MASDAR)
                    || words.isRelative(tokens.get(u - 1).normalized());
            if (startsStatement) {
                return token.span().start();
            }
            int clauseStart = clauseBreakBefore(t, u);
            boolean subjectAfter = u + 1 < tokens.size()
                    && !words.isComplementizer(tokens.get(u + 1).normalized())
                    && !view.gapHas(token.span().end(), tokens.get(u + 1).span().start(), ':');
            if (clauseStart >= 0 && subjectAfter && next.form() == VerbForm.FINITE
                    && next.verbClass() == VerbClass.SPEECH) {
                return clauseStart; // «...، وفي 4 يناير حث توكاييف ...»: a new clause, a new statement
            }
        }
        return end;
    }

    /**
     * Where a clause break a few words before the verb at {@code u} lies (after the statement at
     * {@code t} began), when no complementizer or relative word sits in between; else -1.
     */
    private int clauseBreakBefore(int t, int u) {
        for (int k = u; k > t + 1 && k >= u - 5; k--) {
            String word = tokens.get(k - 1).normalized();
            if (words.isComplementizer(word) || words.isRelative(word) || words.isNaming(word)) {
                return -1;
            }
            int gapFrom = tokens.get(k - 1).span().end();
            if (view.gapHasClauseBreak(gapFrom, tokens.get(k).span().start())
                    && view.quoteAround(gapFrom).isEmpty()) {
                return gapFrom;
            }
        }
        return -1;
    }

    /**
     * «، في حين أكدت ...»، «، بينما قالت ...»: where the linking words after the last clause break
     * start, when only such words stand between it and the verb at {@code u}; else -1.
     */
    private int clauseLinkStart(int u) {
        for (int k = u - 1; k >= 0 && k >= u - 3; k--) {
            if (!words.endsSpeaker(tokens.get(k).normalized())) {
                return -1;
            }
            if (k == 0 || view.gapHasClauseBreak(tokens.get(k - 1).span().end(), tokens.get(k).span().start())) {
                return k;
            }
        }
        return -1;
    }

    private boolean afterClauseLink(int u) {
        return clauseLinkStart(u) >= 0;
    }

    private int endIndex(int from, int limit) {
        int end = from;
        while (end < tokens.size() && tokens.get(end).span().start() < limit) {
            end++;
        }
        return end;
    }

    private boolean commaBefore(int j) {
        return j > 0 && (view.gapHas(tokens.get(j - 1).span().end(), tokens.get(j).span().start(), '،')
                || view.gapHas(tokens.get(j - 1).span().end(), tokens.get(j).span().start(), ','));
    }

    private int indexOf(String normalized, int from, int within) {
        for (int j = from; j < tokens.size() && j < from + within; j++) {
            if (tokens.get(j).normalized().equals(normalized)) {
                return j;
            }
        }
        return -1;
    }

    private int lastIndexOf(String normalized, int from, int within) {
        for (int j = from; j >= 0 && j > from - within; j--) {
            if (tokens.get(j).normalized().equals(normalized)) {
                return j;
            }
        }
        return -1;
    }

    private boolean hasMasdarAfter(int from) {
        for (int j = from + 1; j < tokens.size() && j <= from + 8; j++) {
            if (view.verbAt(tokens.get(j)).filter(v -> v.verbClass() == VerbClass.MASDAR).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Span> span(int from, int to) {
        if (from >= to || from >= tokens.size()) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end()));
    }
}
