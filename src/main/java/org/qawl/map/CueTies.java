package org.qawl.map;

import java.util.List;
import org.qawl.map.RoleCues.Tie;

/**
 * The ties that cue words give ({@link ParticipantRoles}): what lies between an event's words
 * and a name, read as «من قبل/على يد/بقيادة …» (by), «الذي شنه …» (by), «على/ضد/استهدف …»
 * (against), «مع/بين …» (with), «إلى …» (to), «من …» (from), «بطلب من/بدعوة من …» (request),
 * and the adjectives that may stand before an analytic genitive. Stateless.
 */
final class CueTies {
    /** At most this many words between a cue and what it ties («نداء إلى الدول الأعضاء في …»). */
    static final int NEAR = 2;
    /** At most this many words on the far side of a cue («هجمات مسلحة واسعة النطاق على …»). */
    static final int FAR = 3;
    private static final String MARK = RoleWords.MARK;

    private final RoleCues cues;

    CueTies(RoleCues cues) {
        this.cues = cues;
    }

    /**
     * A tie that a cue word between the event and the name gives. Between the cue and the name
     * only nouns in the construct state may stand («على مقر وزارة …»), never a definite word
     * («على المملكة كعضو …» aims at the kingdom); between the event and the cue, no new conjunct
     * («الاتفاق النووي والعلاقات مع كوبا»).
     */
    Tie cued(List<String> items) {
        int[] request = cues.last("request", items);
        if (request != null && near(items, request[1], items.size(), NEAR) && noMark(items, request[1], items.size())) {
            return Tie.REQUEST;
        }
        int[] by = cues.last("by", items);
        if (by != null && near(items, by[1], items.size(), NEAR) && noMark(items, 0, items.size())) {
            return Tie.BY;
        }
        int[] relative = cues.last("by-relative", items);
        // the relative verb close to the event's words: only its target («على الجيش») may stand between
        if (relative != null && items.subList(0, relative[0]).stream().filter(w -> !w.equals(MARK)).count() <= NEAR
                && near(items, relative[1], items.size(), 1)
                && noMark(items, relative[1], items.size())) {
            return Tie.BY; // «العملية التي نفذتها قوات …»
        }
        if (noMark(items, 0, items.size())) {
            for (int at = 0; at <= Math.min(FAR, items.size() - 1) && !conjunct(items.get(at)); at++) {
                if (cues.startsAt("not-against", items, at)) {
                    break;
                }
                int[] against = cues.last("against", items.subList(0, at + 1));
                if (against != null && against[0] == at && near(items, against[1], items.size(), NEAR)
                        && !placed(items, against[1])) {
                    return Tie.AGAINST;
                }
            }
        }
        // «[X] مع/إلى/من … Y»: the one before the cue is the subject or genitive, if any
        int from = !items.isEmpty() && items.get(0).equals(MARK) ? 1 : 0;
        for (String section : List.of("with", "to", "from")) {
            int[] cue = cues.last(section, items);
            if (cue != null && cue[0] >= from && cue[0] - from <= NEAR && near(items, cue[1], items.size(), FAR)
                    && noMark(items, from, items.size())
                    && items.subList(from, cue[0]).stream().noneMatch(CueTies::conjunct)
                    && !placed(items, cue[1])) {
                return switch (section) {
                    case "with" -> Tie.WITH;
                    case "to" -> Tie.TO;
                    default -> Tie.FROM;
                };
            }
        }
        return null;
    }

    /**
     * Whether {@code [from, to)} holds at most {@code most} words, none of them definite or with
     * a pronoun attached: only a noun in the construct state stands before the name it governs.
     */
    private static boolean near(List<String> items, int from, int to, int most) {
        return to - from <= most && items.subList(from, to).stream().noneMatch(w -> definite(w)
                || w.endsWith("هم") || w.endsWith("هما") || w.endsWith("ها"));
    }

    /** Whether a word between a cue and the name makes the name a place («على إب وسط اليمن»). */
    private boolean placed(List<String> items, int from) {
        return items.subList(from, items.size()).stream().anyMatch(w -> cues.isWord("place-nouns", w));
    }

    private static boolean definite(String word) {
        return word.startsWith("ال") || word.startsWith("لل") || word.startsWith("بال") || conjunct(word);
    }

    /** A word that starts a new conjunct: «و» before a definite noun. */
    private static boolean conjunct(String word) {
        return word.startsWith("وال") || word.startsWith("وبال") || word.startsWith("ولل");
    }

    /** Words that may stand between an event noun and its analytic genitive: adjectives («الأول»، «استثنائية»). */
    boolean adjectival(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean ofWord = k == words.size() - 1 && cues.isWord("of-words", w);
            if (!ofWord && !w.startsWith("ال") && !(w.endsWith("ه") || w.endsWith("ي") || w.endsWith("ين")
                    || w.endsWith("ان") || w.endsWith("ون"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noMark(List<String> items, int from, int to) {
        return !items.subList(from, to).contains(MARK);
    }
}
