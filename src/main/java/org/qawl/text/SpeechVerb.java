package org.qawl.text;

/**
 * A speech-act predicate as written (with its conjunction و/ف, if any). {@code agreement} is
 * what the form says about its subject, used to find implicit speakers.
 */
public record SpeechVerb(Span span, String lemma, VerbClass verbClass, VerbForm form,
        Agreement agreement, boolean conjoined) implements Mention {

    /** COLON: speech only right before a colon or a quotation («وزاد: ...»). */
    public enum VerbClass { SPEECH, DIRECTIVE, ACCORDING, MASDAR, COLON }

    public enum VerbForm { FINITE, PARTICIPLE, NOUN }

    public enum Agreement { MASCULINE, FEMININE, PLURAL, UNKNOWN }
}
