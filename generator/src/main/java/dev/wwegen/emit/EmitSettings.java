package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.time.Duration;
import java.util.List;

/**
 * How long a run waits for another run's lock on the output folder, and the fault-injection point (tests only).
 *
 * @param lockWait the longest wait for the lock; 10 s unless {@code WWEGEN_LOCK_WAIT} (seconds) says otherwise
 * @param faults   {@link Faults#NONE} except in tests
 */
record EmitSettings(Duration lockWait, Faults faults) {

    static final String LOCK_WAIT_VARIABLE = "WWEGEN_LOCK_WAIT";

    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    /** The settings of a real run: the lock wait from the environment, no faults. */
    static EmitSettings fromEnvironment() throws EmitException {
        return of(System.getenv(LOCK_WAIT_VARIABLE));
    }

    /** The settings for a {@code WWEGEN_LOCK_WAIT} value (null or blank: the default). */
    static EmitSettings of(String value) throws EmitException {
        if (value == null || value.isBlank()) {
            return new EmitSettings(DEFAULT_WAIT, Faults.NONE);
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 0 && seconds <= 86_400) {
                return new EmitSettings(Duration.ofSeconds(seconds), Faults.NONE);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EmitException(List.of(Finding.error(LOCK_WAIT_VARIABLE, "", LOCK_WAIT_VARIABLE + "=\"" + value
                + "\" is not a number of seconds from 0 to 86400", "e.g. " + LOCK_WAIT_VARIABLE + "=60")));
    }
}
