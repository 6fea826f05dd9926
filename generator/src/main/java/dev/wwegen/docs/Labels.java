package dev.wwegen.docs;

import java.util.regex.Pattern;

/**
 * Text rules the page and diagram writers share, made once: a page is written for every profile, and a regular
 * expression given as a string is compiled again at every call.
 */
final class Labels {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private Labels() {
    }

    /** The text on one line: each run of line breaks becomes one space. */
    static String oneLine(String text) {
        return hasLineBreak(text) ? LINE_BREAKS.matcher(text).replaceAll(" ") : text;
    }

    static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    /** Each character (code point) other than an ASCII letter or digit replaced by {@code _}. */
    static String identifier(String name) {
        StringBuilder id = new StringBuilder(name.length());
        name.codePoints().forEach(c -> id.append(c < 128 && Character.isLetterOrDigit(c) ? (char) c : '_'));
        return id.toString();
    }
}
