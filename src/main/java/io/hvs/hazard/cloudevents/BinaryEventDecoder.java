package io.hvs.hazard.cloudevents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;

import org.springframework.http.HttpHeaders;

import io.hvs.hazard.cloudevents.CloudEventException.Kind;

/**
 * Decodes a binary-mode request with the SDK's HTTP message reader. Before the SDK sees them, the ce- headers are
 * checked and percent-decoded ({@link PercentCodec}; the SDK does neither): names in any case, each attribute at
 * most once, the four required attributes present, specversion exactly 1.0, time in RFC 3339 form, no
 * ce-datacontenttype (the binding says Content-Type is the datacontenttype). Stateless and thread-safe.
 */
final class BinaryEventDecoder {

    private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");

    DecodedEvent decode(HttpHeaders headers, byte[] body) {
        List<EventError> errors = new ArrayList<>();
        Map<String, String> attributes = attributes(headers, errors);
        for (String name : REQUIRED) {
            String value = attributes.get(name);
            if (value == null || value.isEmpty()) {
                errors.add(EventError.header(header(name), name, "required attribute is missing or empty"));
            }
        }
        String specVersion = attributes.get("specversion");
        if (specVersion != null && !specVersion.isEmpty() && !"1.0".equals(specVersion)) {
            errors.add(EventError.header(header("specversion"), "specversion", "must be 1.0"));
        }
        String time = attributes.get("time");
        if (time != null && !EventTime.isValid(time)) {
            errors.add(EventError.header(header("time"), "time", EventTime.REASON));
        }
        if (attributes.containsKey("datacontenttype")) {
            errors.add(EventError.header(header("datacontenttype"), "datacontenttype",
                    "must not be sent in binary mode: the Content-Type header is the datacontenttype"));
        }
        if (body == null || body.length == 0) {
            errors.add(new EventError("", null, null, null, "data", "the event has no data (empty body)"));
        }
        if (!errors.isEmpty()) {
            throw new CloudEventException(Kind.INVALID_EVENT, errors);
        }
        CloudEvent event = read(headers.getFirst(HttpHeaders.CONTENT_TYPE), attributes, body);
        EventDataMediaType.require(event, null, null);
        return new DecodedEvent(event, null, null);
    }

    private static Map<String, String> attributes(HttpHeaders headers, List<EventError> errors) {
        Map<String, String> attributes = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!CloudEventMode.isCloudEventHeader(name)) {
                return;
            }
            String attribute = name.substring(CloudEventMode.CE_PREFIX.length()).toLowerCase(Locale.ROOT);
            if (attribute.isEmpty()) {
                errors.add(EventError.header(CloudEventMode.CE_PREFIX, null, "header without an attribute name"));
                return;
            }
            if (values.size() != 1 || attributes.containsKey(attribute)) {
                errors.add(EventError.header(header(attribute), attribute, "attribute given more than once"));
                return;
            }
            try {
                attributes.put(attribute, PercentCodec.decode(values.get(0)));
            }
            catch (IllegalArgumentException ex) {
                errors.add(EventError.header(header(attribute), attribute, ex.getMessage()));
            }
        });
        return attributes;
    }

    private static CloudEvent read(String contentType, Map<String, String> attributes, byte[] body) {
        try {
            return HttpMessageFactory.createReader(header -> {
                if (contentType != null) {
                    header.accept(HttpHeaders.CONTENT_TYPE, contentType);
                }
                attributes.forEach((name, value) -> header.accept(header(name), value));
            }, body).toEvent();
        }
        catch (RuntimeException ex) {
            // The SDK throws CloudEventRWException for bad values and IllegalStateException for missing ones.
            SdkErrors.Reason reason = SdkErrors.classify(ex);
            String attribute = reason.attribute();
            throw CloudEventException.of(Kind.INVALID_EVENT,
                    EventError.header((attribute != null) ? header(attribute) : null, attribute, reason.reason()));
        }
    }

    private static String header(String attribute) {
        return CloudEventMode.CE_PREFIX + attribute;
    }

}
