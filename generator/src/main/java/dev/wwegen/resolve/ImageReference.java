package dev.wwegen.resolve;

import dev.wwegen.dsl.model.Image;
import dev.wwegen.profile.ImageSettings;

/** Joins the model's image with a profile's overrides into one pinned reference. */
public final class ImageReference {

    private ImageReference() {
    }

    /** The model's image with the profile's registry, and its repository, tag and digest where it sets them. */
    public static Image image(Image model, ImageSettings profile) {
        Image image = model.registry(profile.registry());
        image = profile.repository().map(image::repository).orElse(image);
        image = profile.tag().map(image::tag).orElse(image);
        return profile.digest().map(image::digest).orElse(image);
    }

    /** registry/repository:tag@digest, where the profile's values win over the model's. */
    static String of(Image model, ImageSettings profile) {
        return image(model, profile).reference();
    }
}
