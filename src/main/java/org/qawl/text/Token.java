package org.qawl.text;

/** A word of the text with its lookup form ({@link ArabicText#normalize}). */
public record Token(Span span, String normalized) implements Mention {}
