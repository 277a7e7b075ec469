package io.hvs.hazard.cloudevents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import io.hvs.hazard.cloudevents.CloudEventException.Kind;

/**
 * Decodes structured and batched requests with the SDK's JSON event format (its Jackson module, registered in
 * {@link CloudEventJson}). The body is first read as a tree with duplicate members rejected, so each attribute
 * appears at most once and every problem can be named by its JSON pointer; then the required attributes,
 * specversion 1.0, the time's form and the data member are checked, and the SDK builds the event. A batch is
 * checked completely: the answer lists every bad event by index, nothing is scored. Stateless and thread-safe.
 */
final class StructuredEventDecoder {

    private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");

    private final ObjectMapper json;

    StructuredEventDecoder(ObjectMapper json) {
        this.json = json;
    }

    DecodedEvent decodeStructured(String contentType, byte[] body) {
        requireJsonFormat(contentType, "application/cloudevents+json");
        JsonNode root = parse(body);
        List<EventError> errors = new ArrayList<>();
        DecodedEvent event = decodeEvent(root, "", null, errors);
        if (event == null) {
            throw new CloudEventException(Kind.INVALID_EVENT, errors);
        }
        EventDataMediaType.require(event.event(), "", null);
        return event;
    }

    List<DecodedEvent> decodeBatch(String contentType, byte[] body) {
        requireJsonFormat(contentType, "application/cloudevents-batch+json");
        JsonNode root = parse(body);
        if (!root.isArray() || root.isEmpty()) {
            throw CloudEventException.of(Kind.INVALID_EVENT, EventError.member("", null, null,
                    "a batch must be a JSON array of at least one event"));
        }
        List<EventError> errors = new ArrayList<>();
        List<DecodedEvent> events = new ArrayList<>(root.size());
        boolean onlyMediaTypes = true;
        for (int i = 0; i < root.size(); i++) {
            DecodedEvent event = decodeEvent(root.get(i), "/" + i, i, errors);
            if (event != null && EventDataMediaType.isJson(event.event().getDataContentType())) {
                events.add(event);
            }
            else if (event != null) {
                errors.add(EventDataMediaType.unsupported("/" + i, i));
            }
            else {
                onlyMediaTypes = false;
            }
        }
        if (!errors.isEmpty()) {
            throw new CloudEventException(onlyMediaTypes ? Kind.UNSUPPORTED_MEDIA_TYPE : Kind.INVALID_EVENT, errors);
        }
        return events;
    }

    /** Returns the event, or {@code null} after adding its problems to {@code errors}. */
    private DecodedEvent decodeEvent(JsonNode node, String base, Integer index, List<EventError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(EventError.member(base, index, null, "an event must be a JSON object"));
            return null;
        }
        int before = errors.size();
        for (String name : REQUIRED) {
            JsonNode value = node.get(name);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                errors.add(EventError.member(base, index, name, "required attribute is missing, empty or not a string"));
            }
        }
        JsonNode specVersion = node.get("specversion");
        if (specVersion != null && specVersion.isTextual() && !specVersion.asText().isEmpty()
                && !"1.0".equals(specVersion.asText())) {
            errors.add(EventError.member(base, index, "specversion", "must be 1.0"));
        }
        JsonNode time = node.get("time");
        if (time != null && !time.isNull() && !(time.isTextual() && EventTime.isValid(time.asText()))) {
            errors.add(EventError.member(base, index, "time", EventTime.REASON));
        }
        String dataMember = checkData(node, base, index, errors);
        if (errors.size() > before) {
            return null;
        }
        try {
            CloudEvent event = this.json.treeToValue(node, CloudEvent.class);
            return new DecodedEvent(event, index, base + "/" + dataMember);
        }
        catch (JacksonException | RuntimeException ex) {
            SdkErrors.Reason reason = SdkErrors.classify(ex);
            errors.add(EventError.member(base, index, reason.attribute(), reason.reason()));
            return null;
        }
    }

    /** Checks that exactly one of data and data_base64 is present; returns its name. */
    private static String checkData(JsonNode node, String base, Integer index, List<EventError> errors) {
        boolean hasData = node.has("data");
        boolean hasBase64 = node.has("data_base64");
        if (hasData && hasBase64) {
            errors.add(EventError.member(base, index, "data_base64", "data and data_base64 are mutually exclusive"));
        }
        else if (!hasData && !hasBase64) {
            errors.add(EventError.member(base, index, "data", "the event has no data (data or data_base64)"));
        }
        else if (hasBase64 && !isBase64(node.get("data_base64"))) {
            errors.add(EventError.member(base, index, "data_base64", "must be a base64 string"));
        }
        return hasBase64 ? "data_base64" : "data";
    }

    private static boolean isBase64(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            Base64.getDecoder().decode(value.asText());
            return true;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw CloudEventException.of(Kind.INVALID_EVENT, EventError.member("", null, null, "the body is empty"));
        }
        try {
            return this.json.readTree(body);
        }
        catch (JacksonException ex) {
            EventError duplicate = DuplicateMembers.named(ex);
            if (duplicate != null) {
                throw CloudEventException.of(Kind.INVALID_EVENT, duplicate);
            }
            JsonLocation at = ex.getLocation();
            String where = (at != null) ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
            throw CloudEventException.of(Kind.INVALID_EVENT,
                    EventError.member("", null, null, "malformed JSON" + where));
        }
        catch (IOException ex) {
            throw CloudEventException.of(Kind.INVALID_EVENT, EventError.member("", null, null, "unreadable body"));
        }
    }

    /** Only the JSON event format is supported; charset and other parameters are fine. */
    private static void requireJsonFormat(String contentType, String expected) {
        if (!isMediaType(contentType, expected)) {
            throw CloudEventException.of(Kind.UNSUPPORTED_MEDIA_TYPE, EventError.header("Content-Type", null,
                    "only the JSON event format (" + expected + ") is supported"));
        }
    }

    private static boolean isMediaType(String contentType, String expected) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return (type.getType() + "/" + type.getSubtype()).equalsIgnoreCase(expected);
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

}
