package io.hvs.hazard.function;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits of the function endpoints.
 *
 * @param maxBodySize largest request body accepted; a larger one is answered 413 before it is buffered
 */
@ConfigurationProperties("hvs.http")
record HttpProperties(@DefaultValue("2MB") DataSize maxBodySize) {

    HttpProperties {
        if (maxBodySize == null || maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("hvs.http.max-body-size must be positive");
        }
    }

}
