package dev.wwegen.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The usage text printed by the {@code --help} fast path is the one picocli renders from the commands now. */
class HelpTextTest {

    private static final Path SOURCE = Path.of("src/main/resources/dev/wwegen/cli", Help.RESOURCE);

    @Test
    void storedHelpIsPicocliUsageText() throws IOException {
        String live = Help.live();
        if (Boolean.getBoolean("wwegen.refreshHelp")) {
            Files.writeString(SOURCE, live, StandardCharsets.UTF_8);
        }
        assertThat(Help.text())
                .as("%s is stale: refresh it with mvn -q -pl generator -am test -Dtest=HelpTextTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dwwegen.refreshHelp=true", SOURCE)
                .isEqualTo(live)
                .contains("Usage: wwegen").contains("generate").contains("validate");
    }

    @Test
    void picocliPrintsTheSameTextForHelp() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(Help.text());
    }
}
