package dev.wwegen.diff;

/**
 * The colours of text output: ANSI escapes on a terminal, nothing otherwise. Passed in, so whether a
 * stream is a terminal is decided once, by the command, and tests choose either.
 */
public record Palette(String added, String removed, String changed, String bold, String reset) {

    /** No colour: for files, pipes and CI logs. */
    public static final Palette NONE = new Palette("", "", "", "", "");

    /** ANSI green, red, yellow and bold. */
    public static final Palette ANSI = new Palette("\u001b[32m", "\u001b[31m", "\u001b[33m", "\u001b[1m", "\u001b[0m");

    /** {@code text} in {@code colour}, reset afterwards; unchanged when the palette is colourless. */
    public String paint(String colour, String text) {
        return colour.isEmpty() ? text : colour + text + reset;
    }
}
