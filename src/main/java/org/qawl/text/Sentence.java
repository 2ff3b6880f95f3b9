package org.qawl.text;

/**
 * A sentence; {@code paragraph} counts newline-separated paragraphs from 0 (the title of a
 * report is paragraph 0).
 */
public record Sentence(Span span, int paragraph) implements Mention {}
