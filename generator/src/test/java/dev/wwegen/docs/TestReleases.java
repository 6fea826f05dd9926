package dev.wwegen.docs;

import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import dev.wwegen.resolve.Resolver;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Isolation;
import dev.wwegen.resolve.Release;
import dev.wwegen.resolve.Scaling;
import dev.wwegen.resolve.Workload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A hand-built release of an architecture, standing in for a loaded profile. */
final class TestReleases {

    private TestReleases() {
    }

    /** The shipped dev profile resolved against the architecture, as generate does it. */
    static Release dev(Architecture architecture) {
        var profile = new ProfileLoader(ProfileSource.bundled()).load("dev").profile().orElseThrow();
        return new Resolver().resolve(architecture, profile).release().orElseThrow();
    }
}
