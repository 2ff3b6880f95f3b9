package org.qawl.text;

import java.util.Set;

/** Small closed word classes the attribution rules need, in lookup form. */
final class Words {
    private Words() {}

    /** Complementizers after which reported content begins (أن، إن، أنه، بأن ...). */
    static final Set<String> COMPLEMENTIZERS = Set.of(
            "ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه", "بانها", "بانهم");

    /**
     * Words that end a speaker phrase: prepositions and time words that start an adjunct of the
     * verb («في بيان»، «خلال مؤتمر»، «اليوم») rather than continue the speaker's name or title.
     */
    static final Set<String> SPEAKER_STOPS = Set.of(
            "في", "فى", "خلال", "امام", "عبر", "على", "لدى", "عقب", "بعد", "قبل", "اثناء", "ضمن",
            "اليوم", "امس", "يوم", "صباح", "مساء", "الليله", "غدا", "حين", "حيث", "عندما", "لما",
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
            "للصحفيين", "للصحافيين", "للصحافه", "لوكاله", "لقناه", "لصحيفه", "لوسائل", "للتلفزيون",
            "لموقع", "لاذاعه", "لتلفزيون", "للاعلاميين", "للمراسلين", "الى", "إلى", "من", "عن",
            "انه", "ان", "بان", "كما", "ايضا", "مجددا", "بدوره", "بدورها", "من جهته");

    static boolean isComplementizer(String normalized) {
        return COMPLEMENTIZERS.contains(normalized);
    }

    static boolean endsSpeaker(String normalized) {
        return SPEAKER_STOPS.contains(normalized);
    }
}
