package io.hvs.hazard.cloudevents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns a failure of the CloudEvents SDK's readers into a client-safe reason and attribute name. The SDK's
 * messages can carry Java class names and unbounded input, so they are never passed on. Its JSON deserializer
 * re-throws its own exceptions as Jackson exceptions with the message only (the kind is lost), so the message is
 * what is classified; the attribute name is taken from it only when it is a plain CloudEvents name.
 */
final class SdkErrors {

    private static final Pattern VALUE = Pattern.compile("Invalid attribute/extension value for \"([a-z0-9]{1,64})\"");

    private static final Pattern TYPE = Pattern.compile("Invalid attribute/extension type for \"([a-z0-9]{1,64})\"");

    private static final Pattern NAME = Pattern.compile("Invalid (?:attribute|extensions name): ([A-Za-z0-9_.-]{1,64})");

    private static final Pattern MISSING = Pattern.compile("Attribute '([a-z0-9]{1,64})' cannot be null");

    private SdkErrors() {
    }

    /** The problem the SDK reported, as an attribute name (or {@code null}) and a reason without input. */
    static Reason classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
            String message = (t instanceof JsonProcessingException json) ? json.getOriginalMessage() : t.getMessage();
            if (message == null) {
                continue;
            }
            if (message.startsWith("Invalid specversion")) {
                return new Reason("specversion", "must be 1.0");
            }
            Matcher m;
            if ((m = VALUE.matcher(message)).find()) {
                return new Reason(m.group(1), "is not a valid value for this attribute (time must be RFC 3339, "
                        + "source and dataschema URI references)");
            }
            if ((m = TYPE.matcher(message)).find()) {
                return new Reason(m.group(1), "has the wrong type for this attribute");
            }
            if ((m = NAME.matcher(message)).find()) {
                return new Reason(m.group(1), "is not a valid attribute name (lower-case letters and digits only)");
            }
            if ((m = MISSING.matcher(message)).find()) {
                return new Reason(m.group(1), "required attribute is missing");
            }
        }
        return new Reason(null, "not a valid CloudEvent");
    }

    /**
     * @param attribute the attribute at fault, or {@code null} when the SDK did not say
     * @param reason what is wrong, in words
     */
    record Reason(String attribute, String reason) {
    }

}
