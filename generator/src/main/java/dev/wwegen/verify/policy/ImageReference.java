package dev.wwegen.verify.policy;

import java.util.regex.Pattern;

/**
 * The parts of a container image reference that the image rules look at:
 * {@code [registry[:port]/]repository[:tag][@digest]}. The tag is what follows the last colon after the
 * last slash, so {@code host:5000/img} has no tag.
 */
record ImageReference(String text, String tag, String digest) {

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    static ImageReference parse(String image) {
        int at = image.indexOf('@');
        String digest = at < 0 ? "" : image.substring(at + 1);
        String name = at < 0 ? image : image.substring(0, at);
        int colon = name.lastIndexOf(':');
        String tag = colon > name.lastIndexOf('/') ? name.substring(colon + 1) : "";
        return new ImageReference(image, tag, digest);
    }

    boolean hasDigest() {
        return !digest.isEmpty();
    }

    boolean digestWellFormed() {
        return DIGEST.matcher(digest).matches();
    }
}
