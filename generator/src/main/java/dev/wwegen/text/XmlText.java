package dev.wwegen.text;

/**
 * Text for XML 1.0 (JUnit reports): the markup characters are escaped, and characters XML 1.0 cannot carry
 * at all (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF; unpaired surrogates) are
 * written visibly as {@code \}{@code uXXXX}, so the document stays well-formed whatever the input held. In
 * attributes, tab, newline and carriage return are written as character references so that attribute-value
 * normalisation keeps them.
 */
public final class XmlText {

    private XmlText() {
    }

    /** For element content. */
    public static String content(String text) {
        return escape(text, false);
    }

    /** For a double- or single-quoted attribute value. */
    public static String attribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
