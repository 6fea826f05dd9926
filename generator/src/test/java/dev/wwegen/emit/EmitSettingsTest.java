package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmitSettingsTest {

    @Test
    void theLockWaitIsTenSecondsUnlessTheVariableSaysOtherwise() throws Exception {
        assertThat(EmitSettings.of(null).lockWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(EmitSettings.of(" ").lockWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(EmitSettings.of("60").lockWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(EmitSettings.of("0").lockWait()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aWaitThatIsNotANumberOfSecondsIsBadInput() {
        for (String bad : new String[] {"ten", "-1", "86401", "1.5"}) {
            assertThatThrownBy(() -> EmitSettings.of(bad)).isInstanceOf(EmitException.class)
                    .hasMessage("error  WWEGEN_LOCK_WAIT WWEGEN_LOCK_WAIT=\"" + bad + "\" is not a number of seconds"
                            + " from 0 to 86400\n       hint: e.g. WWEGEN_LOCK_WAIT=60");
        }
    }
}
