package dev.wwegen.pkg;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code sha256sum} line of a file: {@code <hex digest>  <file name>}, so {@code sha256sum -c} checks it. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String line(byte[] bytes, String fileName) {
        return hex(bytes) + "  " + fileName + "\n";
    }
}
