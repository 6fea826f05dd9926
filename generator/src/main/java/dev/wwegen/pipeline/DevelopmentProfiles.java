package dev.wwegen.pipeline;

import java.util.Locale;

/**
 * Which profiles are for development: {@code dev}, {@code development}, {@code dev-*} and {@code *-dev}.
 * Their output is verified with {@code PolicyOptions.DEVELOPMENT}, so a single replica passes; every other
 * profile is held to the production rules. The name decides, not the replica count, so a prod profile that
 * drops to one replica still fails.
 */
public final class DevelopmentProfiles {

    private DevelopmentProfiles() {
    }

    public static boolean isDevelopment(String profile) {
        String name = profile.toLowerCase(Locale.ROOT);
        return name.equals("dev") || name.equals("development") || name.startsWith("dev-") || name.endsWith("-dev");
    }
}
