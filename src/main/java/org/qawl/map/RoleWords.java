package org.qawl.map;

import java.util.ArrayList;
import java.util.List;
import org.qawl.text.ArabicText;
import org.qawl.text.Span;

/**
 * The words {@link ParticipantRoles} reads between an event's words and a name: normalized
 * words, an actor mention as one mark, a comma, and a clause break (colon, semicolon, bracket)
 * as another mark; quotes and dashes dropped. Stateless.
 */
final class RoleWords {
    static final String MARK = "@";
    static final String BREAK = "|";
    static final String COMMA = "،";
    private static final String BREAKS = ":؛;()[]";
    private static final String COMMAS = "،,";

    private RoleWords() {}

    /** The words of {@code span}, as spans. */
    static List<Span> of(String text, Span span) {
        List<Span> out = new ArrayList<>();
        int i = span.start();
        while (i < span.end()) {
            if (!ArabicText.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < span.end() && ArabicText.isWordChar(text.charAt(i))) {
                i++;
            }
            out.add(new Span(start, i));
        }
        return out;
    }

    /**
     * What lies in {@code [from, to)}: normalized words, {@link #MARK} for each outermost name of
     * {@code actors} that lies wholly inside (the name at index {@code self} excepted),
     * {@link #COMMA} and {@link #BREAK}.
     */
    static List<String> items(String text, int from, int to, List<ParticipantRoles.Named> actors, int self) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = markEnd(actors, self, i, to);
            if (end > i) {
                out.add(MARK);
                i = end;
                continue;
            }
            char c = text.charAt(i);
            if (ArabicText.isWordChar(c)) {
                int start = i;
                while (i < to && ArabicText.isWordChar(text.charAt(i))) {
                    i++;
                }
                out.add(ArabicText.normalize(text.substring(start, i)));
                continue;
            }
            if (BREAKS.indexOf(c) >= 0) {
                out.add(BREAK);
            } else if (COMMAS.indexOf(c) >= 0) {
                out.add(COMMA);
            }
            i++;
        }
        return out;
    }

    /** The end of the longest name other than {@code self} that starts at {@code at} and ends by {@code to}; at when none. */
    private static int markEnd(List<ParticipantRoles.Named> actors, int self, int at, int to) {
        int end = at;
        for (int k = 0; k < actors.size(); k++) {
            Span span = actors.get(k).span();
            if (k != self && span.start() == at && span.end() <= to && span.end() > end) {
                end = span.end();
            }
        }
        return end;
    }

    /**
     * The proclitics written before a name: «و»، «ل»، «ب»، «ول»… The first word as written is
     * compared with the words of the actor's label («لمنظمة» / «منظمة …» → «ل»، «وطالبان» /
     * «حركة طالبان» → «و»); when they do
     * not share a stem, only a proclitic before the article («للحكومة»، «والشرطة»، «بالرئيس») or
     * before a title word ({@code title}: «بنظيره»، «لرئيس») is recognized; empty when none.
     */
    static String proclitic(String text, ParticipantRoles.Named actor, java.util.function.Predicate<String> title) {
        List<Span> words = of(text, actor.span());
        if (words.isEmpty()) {
            return "";
        }
        String written = ArabicText.normalize(words.get(0).of(text));
        List<String> label = List.of(ArabicText.normalize(actor.label()).strip().split("\\s+"));
        String stem = label.get(0);
        if (!label.contains(written)) {
            // «لمنظمة» for «منظمة …»، «وطالبان» for «حركة طالبان»
            for (String word : label) {
                if (written.length() > word.length() && written.endsWith(word)
                        && clitics(written.substring(0, written.length() - word.length()))) {
                    return written.substring(0, written.length() - word.length());
                }
            }
        }
        if (stem.startsWith("ال") && written.length() > stem.length() - 1 && written.endsWith(stem.substring(2))) {
            String before = written.substring(0, written.length() - stem.length() + 2);
            // «للحكومة»: ل + (ا)لحكومة
            if (before.endsWith("لل") && clitics(before.substring(0, before.length() - 1))) {
                return before.substring(0, before.length() - 1);
            }
            if (before.endsWith("ال") && clitics(before.substring(0, before.length() - 2))) {
                return before.substring(0, before.length() - 2);
            }
        }
        for (String clitic : List.of("ول", "فل", "وب", "فب", "و", "ف", "ب", "ل")) {
            if (written.startsWith(clitic + "ال") && written.length() > clitic.length() + 3) {
                return clitic;
            }
        }
        if (written.startsWith("لل") && written.length() > 4) {
            return "ل";
        }
        if ((written.startsWith("ولل") || written.startsWith("فلل")) && written.length() > 5) {
            return written.substring(0, 2);
        }
        for (String clitic : List.of("ول", "فل", "وب", "فب", "و", "ف", "ب", "ل")) {
            if (written.startsWith(clitic) && title.test(written.substring(clitic.length()))) {
                return clitic; // «بنظيره»، «لرئيس»
            }
        }
        return "";
    }

    private static boolean clitics(String prefix) {
        return !prefix.isEmpty() && prefix.length() <= 2 && prefix.chars().allMatch(c -> "وفبلك".indexOf(c) >= 0);
    }
}
