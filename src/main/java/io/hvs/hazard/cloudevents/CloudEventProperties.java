package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How replies identify this function.
 *
 * @param source the reply {@code source} attribute (a URI reference)
 * @param revision the Knative revision (Knative sets {@code K_REVISION}); when set it is appended to the source,
 * so a reply names the exact revision that made it
 */
@ConfigurationProperties("hvs.cloudevents")
public record CloudEventProperties(@DefaultValue("/hvs-api") String source, @DefaultValue("") String revision) {

    /** What a Knative revision name may contain; anything else would not be a clean URI path segment. */
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9._-]*");

    public CloudEventProperties {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("hvs.cloudevents.source must not be blank");
        }
        if (revision == null || !REVISION.matcher(revision).matches()) {
            throw new IllegalArgumentException(
                    "hvs.cloudevents.revision must match " + REVISION.pattern() + ", was '" + revision + "'");
        }
    }

    /** The source attribute of every reply. */
    URI replySource() {
        return URI.create(this.revision.isEmpty() ? this.source : this.source + "/" + this.revision);
    }

}
