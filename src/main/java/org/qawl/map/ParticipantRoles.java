package org.qawl.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qawl.map.RoleCues.Tie;
import org.qawl.text.ArabicText;
import org.qawl.text.Span;

/**
 * The part an actor named near an event's words plays in it: who does it (agent), to whom it is
 * done (target), who asked for it (requester), or a side of a meeting, call or agreement
 * (party). Decided from Arabic syntax alone, with the cue words of
 * {@code qawl/lexicon/participant-roles.tsv}; no rule, no part.
 *
 * <p>First each name gets a tie to the event's words:
 * <ul>
 *   <li>after a verb trigger, with nothing between: its subject («هاجم مسلحون»), or its object
 *       when the subject came first («إنها اعتقلت …») or sits between («اعتقلت الشرطة X»); a
 *       person after a verb that reads as a passive too («اعتقل») gets none; right before a
 *       verb trigger: its subject («المنظمة أرسلت قوات»), unless a preposition governs it;
 *   <li>after a support verb and before the event noun: its subject («شنت إسرائيل غارات»،
 *       «أعلنت السلطات حالة الطوارئ»، «قررت المنظمة إرسال قوات»), not across another clause
 *       or a noun with its own pronoun («أعلن رفضه للاتفاق»);
 *   <li>right after an event noun: its genitive («زيارة الرئيس»، «اعتقال المعارض», an object
 *       for the nouns of [object-nouns], nothing for [bare-nouns]); with لـ after it and only
 *       adjectives between: the analytic genitive («الاجتماع الأول لمجلس …»، «التابعة لـ…»);
 *   <li>after a cue word between the event and the name ({@link CueTies}): «من قبل/على يد/
 *       بقيادة/الذي شنه» (by), «على/ضد/استهدف» (against), «مع/بين» (with), «إلى» (to), «من»
 *       (from), «بطلب من/بدعوة من» (request); or before a suffering verb («تعرضت … لهجوم»)
 *       (suffer);
 *   <li>a name joined to a tied one by «و» or a comma takes its tie.
 * </ul>
 * Then the [roles] line of the event type turns the tie into a part. Places take no part (they
 * are where the event happens), nor an armed force in a deployment (the force sent). Stateless.
 */
public final class ParticipantRoles {
    /** The parts of an event, each published as a sub-property of qawl:participant. */
    public enum Role { AGENT, TARGET, REQUESTER, PARTY }

    /** What kind of actor a name is, as far as parts go. */
    public enum Kind { PERSON, BODY, FORCE, COUNTRY, PLACE }

    /**
     * A name in the event's sentence: its span, its kind and the actor's label, which tells a
     * proclitic («لمنظمة» for «منظمة …») from a name's own first letter («لجنة …»).
     */
    public record Named(Span span, Kind kind, String label) {}

    private static final String MARK = RoleWords.MARK;
    private static final String BREAK = RoleWords.BREAK;
    private static final String COMMA = RoleWords.COMMA;
    private static final int NEAR = CueTies.NEAR;

    private final RoleCues cues;
    private final CueTies ties;

    private ParticipantRoles(RoleCues cues) {
        this.cues = cues;
        this.ties = new CueTies(cues);
    }

    public static ParticipantRoles load() {
        return new ParticipantRoles(RoleCues.load());
    }

    /**
     * The part of each of {@code actors} (the names of the event's sentence, in any order, nested
     * ones included) in the event of {@code type} named by {@code trigger}; empty where no rule
     * decides.
     */
    public List<Optional<Role>> decide(String type, String text, Span trigger, Span sentence, List<Named> actors) {
        List<Optional<Role>> out = new ArrayList<>(Collections.nCopies(actors.size(), Optional.empty()));
        Map<Tie, Role> parts = cues.parts(type);
        if (parts.isEmpty()) {
            return out;
        }
        Tie[] tied = new Tie[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            tied[i] = tie(text, trigger, sentence, actors, i);
        }
        coordinate(text, trigger, actors, tied);
        for (int i = 0; i < actors.size(); i++) {
            Kind kind = actors.get(i).kind();
            if (tied[i] != null && kind != Kind.PLACE && !(kind == Kind.FORCE && type.equals("Deployment"))) {
                out.set(i, Optional.ofNullable(parts.get(tied[i])));
            }
        }
        return out;
    }

    private Tie tie(String text, Span trigger, Span sentence, List<Named> actors, int i) {
        Span span = actors.get(i).span();
        if (span.start() <= trigger.start() && span.end() > trigger.start()) {
            return null; // the name holds the trigger's first word («قوات حفظ السلام …»)
        }
        List<Span> words = RoleWords.of(text, trigger);
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0).of(text);
        return span.start() >= trigger.start()
                ? after(text, trigger, sentence, words, actors, i)
                : before(text, sentence, trigger, first, actors, i);
    }

    /** A name after the trigger's first word: inside a phrase («أرسلت روسيا قوات») or after it. */
    private Tie after(String text, Span trigger, Span sentence, List<Span> words, List<Named> actors, int i) {
        Named actor = actors.get(i);
        boolean inside = actor.span().start() < trigger.end();
        int anchor = inside ? words.get(0).end() : trigger.end();
        for (int k = 0; k < actors.size() && !inside; k++) {
            Span other = actors.get(k).span();
            if (k != i && other.overlaps(trigger) && other.end() <= actor.span().start()) {
                anchor = Math.max(anchor, other.end()); // «نشر قوات حفظ السلام التابعة لـ…»: the force is the event's words
            }
        }
        List<String> items = RoleWords.items(text, anchor, actor.span().start(), actors, i);
        String head = (inside ? words.get(0) : words.get(words.size() - 1)).of(text);
        if (!inside && words.size() > 1 && isPreposition(ArabicText.normalize(head))) {
            items.add(0, ArabicText.normalize(head)); // «القبض على X»، «تحقيق مع X»
        }
        if (items.contains(BREAK)) {
            return null;
        }
        items.removeIf(COMMA::equals);
        String proclitic = RoleWords.proclitic(text, actor, this::title);
        boolean verb = isVerb(head);
        Tie cued = ties.cued(items);
        if (cued != null) {
            return cued;
        }
        if (items.isEmpty()) {
            if (proclitic.endsWith("ل")) {
                return Tie.OF;
            }
            if (proclitic.endsWith("ب")) {
                return verb ? Tie.WITH : null; // «اتصل بنظيره»
            }
            if (verb) {
                if (subjectGiven(text, sentence, trigger)) {
                    return Tie.OBJECT;
                }
                // «اعتقل الناشط …» reads as a passive as often as an active
                return actor.kind() == Kind.PERSON && cues.verb("passive-prone", head) ? null : subjectTie(head);
            }
            if (cues.has("bare-nouns", head)) {
                return null; // «طلب مساعدة اليمن»: help for Yemen, or from it
            }
            return cues.has("object-nouns", head) ? Tie.OBJECT : Tie.GEN;
        }
        if (items.equals(List.of(MARK))) {
            // «اعتقلت الشرطة X»، «زيارة الرئيس لروسيا»، «اتصل الوزير بنظيره»
            if (proclitic.endsWith("ب")) {
                return verb ? Tie.WITH : null;
            }
            return proclitic.endsWith("ل") || (verb && proclitic.isEmpty()) ? Tie.OBJECT : null;
        }
        // inside a name that holds the event's words («بعثة حفظ السلام لمنظمة …») the words are the name's
        boolean named = actors.stream().anyMatch(o -> o != actor && o.span().overlaps(trigger)
                && o.span().contains(actor.span()) && !o.span().equals(actor.span()));
        boolean analytic = (items.size() <= NEAR
                || (items.size() <= NEAR + 1 && cues.isWord("of-words", items.get(items.size() - 1))))
                && (named || ties.adjectival(items));
        return proclitic.endsWith("ل") && analytic && !items.contains(MARK) ? Tie.OF : null;
    }

    /** A name before the trigger: the subject of a verb or support verb, or one who suffers it. */
    private Tie before(String text, Span sentence, Span trigger, String first, List<Named> actors, int i) {
        Named actor = actors.get(i);
        List<String> items = RoleWords.items(text, actor.span().end(), trigger.start(), actors, i);
        List<String> pre = RoleWords.items(text, sentence.start(), actor.span().start(), actors, i);
        pre.removeIf(COMMA::equals);
        if (items.contains(BREAK)) {
            return null;
        }
        int[] request = cues.last("request", pre);
        if (request != null && request[1] == pre.size() && items.size() <= NEAR && !items.contains(COMMA)) {
            return Tie.REQUEST; // «بدعوة من الرئيس أرسلت …», not «… بطلب من الحكومة، ومن ثم طلب المساعدة»
        }
        items.removeIf(COMMA::equals);
        List<String> core = new ArrayList<>(items);
        // names right after this one are joined to it («الحكومة والمعارضة»), and «قد» changes nothing
        while (!core.isEmpty() && (core.get(0).equals(MARK) || core.get(0).equals("قد") || core.get(0).equals("لقد"))) {
            core.remove(0);
        }
        List<String> lead = new ArrayList<>(pre);
        while (!lead.isEmpty() && (lead.get(lead.size() - 1).equals("قد") || lead.get(lead.size() - 1).equals("لقد"))) {
            lead.remove(lead.size() - 1);
        }
        String proclitic = RoleWords.proclitic(text, actor, this::title);
        boolean governed = proclitic.contains("ب") || proclitic.contains("ل")
                || (!lead.isEmpty() && isWord("prepositions", lead.get(lead.size() - 1)));
        if (core.contains(MARK) || governed) {
            return null; // «… في كازاخستان اقتحموا»: a name after a preposition is no subject
        }
        boolean verb = isVerb(first);
        if (verb && (core.isEmpty() || (core.size() == 1 && cues.isWord("subject-given", core.get(0))
                && core.get(0).startsWith("ال")))) {
            return subjectTie(first); // «المنظمة أرسلت قوات»، «الشرطة التي اعتقلت»
        }
        int verbAt = !core.isEmpty() && cues.isWord("subject-given", core.get(0)) && core.size() > 1 ? 1 : 0;
        if (core.size() - verbAt == 2 && cues.verb("suffer-verbs", core.get(verbAt))
                && (core.get(verbAt + 1).equals("من") || core.get(verbAt + 1).equals("ل"))) {
            return Tie.SUFFER; // «الرئيس نجا من محاولة اغتيال»
        }
        if (core.size() > verbAt && (core.size() - verbAt == 1
                || (core.size() - verbAt == 2 && cues.has("support-nouns", core.get(verbAt + 1))))) {
            // «السلطات أعلنت حالة الطوارئ»، «السلطات أعلنت فرض حالة الطوارئ», not «يعلن معارضته للاتفاق»
            String word = core.get(verbAt);
            if (cues.verb("suffer-verbs", word)) {
                return Tie.SUFFER; // «السفارة تعرضت لهجوم»
            }
            if (cues.verb("receiving-verbs", word)) {
                return Tie.RECEIVER;
            }
            if (cues.verb("support-verbs", word)) {
                return Tie.SUBJECT; // «السلطات أعلنت حالة الطوارئ»
            }
        }
        if (!lead.isEmpty() && core.size() <= NEAR && !clause(core)
                && !possessed(text.substring(actor.span().end(), trigger.start()))) {
            // the verb right before the name, with no object pronoun of its own («أعلنها» has its object)
            String word = lead.get(lead.size() - 1);
            if (cues.isWord("receiving-verbs", word)) {
                return Tie.RECEIVER; // «تلقى الرئيس اتصالا هاتفيا»
            }
            if (cues.isWord("support-verbs", word) || (core.isEmpty() && cues.has("support-nouns", word))) {
                return Tie.SUBJECT; // «شنت إسرائيل غارات»، «أجرى الوزير، اتصالا»، «فرض السلطات قيودا»
            }
        }
        return null;
    }

    /**
     * Names joined by «و» or a comma on the same side of the trigger share a tie: «بين X وY»،
     * «اعتقلت الشرطة والجيش …», first forwards, then backwards.
     */
    private void coordinate(String text, Span trigger, List<Named> actors, Tie[] ties) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            int self = i;
            boolean nested = actors.stream().anyMatch(o -> o != actors.get(self) && o.span().contains(actors.get(self).span())
                    && !o.span().equals(actors.get(self).span()));
            if (!nested) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> actors.get(i).span().start()));
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k + 1 < order.size(); k++) {
            Named a = actors.get(order.get(k));
            Named b = actors.get(order.get(k + 1));
            boolean sameSide = (a.span().end() <= trigger.start()) == (b.span().end() <= trigger.start());
            if (sameSide && b.span().start() >= a.span().end() && joined(text, a, b)) {
                pairs.add(new int[] {order.get(k), order.get(k + 1)});
            }
        }
        for (int[] pair : pairs) {
            if (ties[pair[1]] == null) {
                ties[pair[1]] = ties[pair[0]];
            }
        }
        for (int k = pairs.size() - 1; k >= 0; k--) {
            if (ties[pairs.get(k)[0]] == null) {
                ties[pairs.get(k)[0]] = ties[pairs.get(k)[1]];
            }
        }
    }

    private boolean joined(String text, Named a, Named b) {
        List<String> between = RoleWords.items(text, a.span().end(), b.span().start(), List.of(), -1);
        boolean conjunction = RoleWords.proclitic(text, b, this::title).startsWith("و");
        for (String item : between) {
            if (item.equals("و")) {
                conjunction = true;
            } else if (!item.equals(COMMA)) {
                return false;
            }
        }
        return conjunction || between.contains(COMMA);
    }

    private Tie subjectTie(String verb) {
        if (cues.verb("undergoer-verbs", verb)) {
            return Tie.OBJECT; // «تولى … منصب»، «استقالت الحكومة»
        }
        return cues.verb("receiving-verbs", verb) ? Tie.RECEIVER : Tie.SUBJECT;
    }

    /** Whether the word right before a verb trigger gives its subject («إنها اعتقلت»). */
    private boolean subjectGiven(String text, Span sentence, Span trigger) {
        List<String> before = RoleWords.items(text, sentence.start(), trigger.start(), List.of(), -1);
        return !before.isEmpty() && cues.isWord("subject-given", before.get(before.size() - 1));
    }

    /**
     * Whether a word with an attached pronoun stands between a support verb's subject and the
     * event: «أعلن الرئيس رفضه للاتفاق» — the verb's object is the refusal, not the agreement.
     */
    private boolean possessed(String between) {
        for (String word : between.split("[\\s،,]+")) {
            String w = word.replaceAll("[\\p{Punct}«»]", "");
            if (w.length() >= 4 && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"))
                    && !cues.isWord("claim-words", ArabicText.normalize(w))) {
                return true;
            }
        }
        return false;
    }

    /** A trigger word that is a finite verb, listed in [verbs] («القبض» is a noun, «التقى» a verb). */
    private boolean isVerb(String word) {
        return cues.verb("verbs", word);
    }

    private boolean isWord(String section, String word) {
        return cues.isWord(section, word);
    }

    private boolean title(String word) {
        return cues.isWord("titles", word);
    }

    private boolean clause(List<String> items) {
        return items.stream().anyMatch(w -> cues.isWord("clause-words", w));
    }

    private static boolean isPreposition(String word) {
        return word.equals("علي") || word.equals("مع") || word.equals("من") || word.equals("ضد") || word.equals("بين");
    }
}
