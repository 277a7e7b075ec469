package io.hvs.hazard.cloudevents;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How replies identify this function.
 *
 * @param source the reply {@code source} attribute (a URI reference)
 * @param revision the Knative revision (Knative sets {@code K_REVISION}); when set it is appended to the source,
 * so a reply names the exact revision that made it
 */
@Validated
@ConfigurationProperties("hvs.cloudevents")
public record CloudEventProperties(@DefaultValue("/hvs-api") @NotBlank String source,
        @DefaultValue("") @Pattern(regexp = "[A-Za-z0-9._-]*") String revision) {

    /** The source attribute of every reply. */
    URI replySource() {
        return URI.create(this.revision.isEmpty() ? this.source : this.source + "/" + this.revision);
    }

}
