package org.qawl.text;

/** What recognizers provide and need; the pipeline checks their order with these. */
public enum MentionKind {
    SENTENCE,
    TOKEN,
    QUOTE,
    SPEECH_VERB,
    ATTRIBUTION,
    ACTOR,
    TIME,
    QUANTITY,
    EVENT
}
