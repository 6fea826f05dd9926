package dev.wwegen.text;

/**
 * Text for GitHub-flavoured markdown (pull-request comments). Untrusted text is never markdown or HTML:
 * {@link #code} writes it as an HTML {@code <code>} element whose every character other than letters,
 * digits, space and {@code . - / : ( ) , = %} is a numeric character reference (brackets, which could open a
 * link, are), so it can open no tag, no emphasis,
 * no link, and a {@code |} cannot split a table cell; control characters and line breaks are shown
 * visibly first ({@link TerminalText}), so a value cannot add lines. {@link #fence} picks a code fence
 * that no line of the block can close.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** {@code text} as inline code, safe in a paragraph, a list item, a table cell or inside HTML. */
    public static String code(String text) {
        return "<code>" + plain(text) + "</code>";
    }

    /** {@code text} as plain inline text: nothing in it is markup. */
    public static String plain(String text) {
        String visible = TerminalText.visible(text);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        visible.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '.'
                    || c == '-' || c == '/' || c == ':' || c == '(' || c == ')' || c == ',' || c == '=' || c == '%'
                    || c > 0x7f && !(c >= 0xd800 && c <= 0xdfff) && c != 0xfffe && c != 0xffff) {
                out.appendCodePoint(c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }

    /** A line of a fenced code block: control characters shown visibly, so it stays one line. */
    public static String codeLine(String text) {
        return TerminalText.visible(text);
    }

    /** A backtick fence longer than any run of backticks in {@code lines}, at least three. */
    public static String fence(Iterable<String> lines) {
        int longest = 0;
        for (String line : lines) {
            int run = 0;
            for (int i = 0; i < line.length(); i++) {
                run = line.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
