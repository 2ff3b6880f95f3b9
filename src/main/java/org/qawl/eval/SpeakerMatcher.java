package org.qawl.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qawl.text.ArabicText;

/**
 * Decides which gold actor a predicted speaker phrase names: the actor one of whose Arabic forms
 * occurs in the phrase as whole words (normalized spelling, proclitics و/ب/ل/ف tolerated); the
 * longest such form wins, so «وزارة الخارجية الكازاخستانية» names the ministry, not the country.
 */
final class SpeakerMatcher {
    private record Form(String actorId, List<String> words, boolean person) {}

    private final List<Form> forms = new ArrayList<>();

    SpeakerMatcher(List<GoldActor> actors) {
        for (GoldActor actor : actors) {
            for (String form : actor.arabicForms()) {
                List<String> words = words(form);
                if (!words.isEmpty()) {
                    forms.add(new Form(actor.id(), words, actor.type().equals("Person")));
                }
            }
        }
    }

    /**
     * The gold actor a phrase names: the longest form found in it; between forms of equal length
     * a person's name wins over an adjective of origin («ظريف» over «الإيراني»).
     */
    Optional<String> actorOf(String phrase) {
        return bestForm(words(phrase), null).map(Form::actorId);
    }

    /**
     * The gold actor named by any of the resolved actor's names (its label and the names the
     * reports wrote): the best form over all of them, so a built label such as «وزارة الدفاع في
     * روسيا» does not hide the written «وزارة الدفاع الروسية».
     */
    Optional<String> actorOf(String label, List<String> otherNames) {
        List<String> names = concat(label, otherNames);
        for (String name : names) {
            Optional<String> exact = exactly(words(name));
            if (exact.isPresent()) {
                return exact; // a name that is wholly one gold form decides
            }
        }
        Form best = null;
        for (String name : names) {
            best = bestForm(words(name), best).orElse(best);
        }
        return Optional.ofNullable(best).map(Form::actorId);
    }

    private Optional<String> exactly(List<String> words) {
        for (Form form : forms) {
            if (form.words().size() == words.size() && containsRun(words, form.words())) {
                return Optional.of(form.actorId());
            }
        }
        return Optional.empty();
    }

    private Optional<Form> bestForm(List<String> words, Form bestSoFar) {
        Form best = bestSoFar;
        for (Form form : forms) {
            if (containsRun(words, form.words()) && (best == null
                    || form.words().size() > best.words().size()
                    || (form.words().size() == best.words().size() && form.person() && !best.person()))) {
                best = form;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        for (int i = 0; i + run.size() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < run.size() && all; j++) {
                all = sameWord(words.get(i + j), run.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(String a, String b) {
        List<String> readingsOfA = readings(a);
        return readings(b).stream().anyMatch(readingsOfA::contains);
    }

    /** The word and its readings without one proclitic (و، ب، ل، ف، ك; لل as ال + ل). */
    private static List<String> readings(String word) {
        List<String> readings = new ArrayList<>(List.of(word));
        if (word.length() > 3 && "وبلفك".indexOf(word.charAt(0)) >= 0) {
            readings.add(word.substring(1));
        }
        if (word.startsWith("لل") && word.length() > 3) {
            readings.add("ال" + word.substring(2));
        }
        return readings;
    }

    static List<String> words(String phrase) {
        return Arrays.stream(ArabicText.normalize(phrase).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
