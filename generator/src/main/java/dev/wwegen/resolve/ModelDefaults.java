package dev.wwegen.resolve;

import dev.wwegen.dsl.model.Resources;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.profile.Profile;
import dev.wwegen.profile.ProfileLoader;

import java.util.function.Function;

/**
 * Where the model's own defaults meet a profile: a value a profile file sets wins; a value only the
 * bundled defaults set gives way to the model's default (today: the web app's resources). Chart values
 * and manifests both ask here, so they agree.
 */
public final class ModelDefaults {

    private ModelDefaults() {
    }

    /** The requests and limits for this app under this profile, quantity by quantity. */
    public static Resources resources(WebApp app, Profile profile) {
        var r = profile.resources();
        var fromProfile = Resources.of(
                Resources.cpu(r.requests().cpu().text(), r.requests().memory().text(),
                        r.requests().ephemeralStorage().text()),
                Resources.cpu(r.limits().cpu().text(), r.limits().memory().text(), r.limits().ephemeralStorage().text()));
        if (app.resources().isEmpty()) {
            return fromProfile;
        }
        var model = app.resources().get();
        return Resources.of(
                quantities(profile, "resources.requests.", fromProfile.requests(), model.requests()),
                quantities(profile, "resources.limits.", fromProfile.limits(), model.limits()));
    }

    private static Resources.Quantities quantities(Profile profile, String prefix, Resources.Quantities fromProfile,
                                                   Resources.Quantities model) {
        return Resources.cpu(
                pick(profile, prefix + "cpu", fromProfile, model, Resources.Quantities::cpu),
                pick(profile, prefix + "memory", fromProfile, model, Resources.Quantities::memory),
                pick(profile, prefix + "ephemeralStorage", fromProfile, model, Resources.Quantities::ephemeralStorage));
    }

    private static String pick(Profile profile, String path, Resources.Quantities fromProfile,
                               Resources.Quantities model, Function<Resources.Quantities, String> field) {
        boolean setByProfile = profile.locations().find(path)
                .filter(where -> !where.startsWith(ProfileLoader.DEFAULTS_DISPLAY)).isPresent();
        return setByProfile ? field.apply(fromProfile) : field.apply(model);
    }
}
