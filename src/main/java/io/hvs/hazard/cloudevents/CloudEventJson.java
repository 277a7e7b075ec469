package io.hvs.hazard.cloudevents;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.jackson.JsonFormat;

/**
 * The Jackson mapper for the JSON event format: the SDK's CloudEvent serializer and deserializer (the same module
 * its {@link JsonFormat} uses), read strictly. Duplicate members are rejected (an attribute appears at most once),
 * trailing content is an error, and decimals stay {@code BigDecimal} so a number such as 1e400 reaches the data
 * validator as written instead of as an infinite double.
 */
final class CloudEventJson {

    private CloudEventJson() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(JsonFormat.getCloudEventJacksonModule())
            .build();
    }

}
