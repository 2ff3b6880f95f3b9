package org.qawl.text;

/**
 * Words known to belong to names of actors (countries, places, organizations, outlets, titles),
 * in lookup form. Lets the attribution rules tell a speaker «الأمم المتحدة» from an object
 * «حالة الطوارئ». Implementations are immutable.
 */
@FunctionalInterface
public interface NameLexicon {
    boolean isNameWord(String normalized);

    NameLexicon NONE = word -> false;
}
