package org.ridercoop.account.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's settings that follow them across devices. */
@Schema(name = "Preferences")
public record Preferences(
        @NotNull(message = "is required")
        @Pattern(regexp = "ko|en", message = "must be ko or en")
        @Schema(description = "ko or en", enumeration = {"ko", "en"}) String language) {

    public static final String DEFAULT_LANGUAGE = "ko";
}
