package org.qawl.text;

/**
 * Character classes and the lookup normalization used to match words against lexicons. The
 * normalization is for matching only: spans always point at the text as written.
 */
public final class ArabicText {
    private static final char TATWEEL = '\u0640';

    private ArabicText() {}

    /** Harakat, tanween, shadda, sukun, superscript alef, Quranic marks. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** Invisible direction and joiner marks that news texts carry inside words. */
    public static boolean isFormatMark(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || c == '\u2066' || c == '\u2067'
                || c == '\u2068' || c == '\u2069' || c == '\uFEFF';
    }

    /**
     * Folds the spellings news texts mix freely: diacritics and tatweel dropped, hamzated alefs to
     * bare alef, alef maqsura to ya, ta marbuta to ha, Persian/Urdu ya and kaf to Arabic ones.
     */
    public static String normalize(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isDiacritic(c) || c == TATWEEL || isFormatMark(c)) {
                continue;
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی' -> 'ي';
                case 'ة' -> 'ه';
                case 'ک' -> 'ك';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Characters that belong inside a word token. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isDiacritic(c) || c == TATWEEL
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
