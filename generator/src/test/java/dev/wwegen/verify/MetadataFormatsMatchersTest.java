package dev.wwegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

/** The written-out name checks agree with the regular expressions they replace, on random strings. */
class MetadataFormatsMatchersTest {

    private static final Pattern QUALIFIED = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final String ALPHABET = "aZz09-_./~ A\u00e9";

    @Test
    void agreeWithTheRegularExpressions() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(MetadataFormats.isQualifiedName(s)).as(s).isEqualTo(QUALIFIED.matcher(s).matches());
            assertThat(MetadataFormats.isSubdomain(s)).as(s).isEqualTo(SUBDOMAIN.matcher(s).matches());
        }
    }
}
