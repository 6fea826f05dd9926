package dev.wwegen.text;

import dev.wwegen.dsl.check.Finding;

/**
 * Text for a terminal or a plain-text log: control characters are shown visibly, never sent. A newline,
 * carriage return or tab inside a value becomes {@code \n}, {@code \r}, {@code \t}; other C0 and C1 controls,
 * DEL, the Unicode line and paragraph separators and the bidirectional overrides become {@code \}{@code uXXXX}
 * (ESC is {@code \}{@code u001b}), so a value can neither move the cursor, change colours, nor fake a line.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with every control character written visibly; the same string when there is none. */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** A finding in its two-line CLI form, every part of it (file, path, reason, hint) made visible. */
    public static String finding(Finding finding) {
        return new Finding(finding.severity(), visible(finding.where()), visible(finding.path()),
                visible(finding.reason()), visible(finding.hint())).format();
    }

    /** Whether {@code c} must not reach a terminal as it is. */
    static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\ufeff';
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
