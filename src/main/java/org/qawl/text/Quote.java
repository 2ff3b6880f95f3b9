package org.qawl.text;

/**
 * A quotation: {@code span} includes the marks, {@code inner} is what they enclose (trimmed of
 * spaces). {@code closed} is false when no closing mark was found and the quote was ended at the
 * end of its paragraph.
 */
public record Quote(Span span, Span inner, char openMark, boolean closed) implements Mention {}
