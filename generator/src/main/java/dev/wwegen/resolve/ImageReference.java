package dev.wwegen.resolve;

import dev.wwegen.dsl.model.Image;
import dev.wwegen.profile.ImageSettings;

/** Joins the model's image with a profile's overrides into one pinned reference. */
final class ImageReference {

    private ImageReference() {
    }

    /** registry/repository:tag@digest, where the profile's values win over the model's. */
    static String of(Image model, ImageSettings profile) {
        Image image = model.registry(profile.registry());
        image = profile.repository().map(image::repository).orElse(image);
        image = profile.tag().map(image::tag).orElse(image);
        image = profile.digest().map(image::digest).orElse(image);
        return image.reference();
    }
}
