package io.hvs.hazard.cloudevents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cloudevents.CloudEvent;

import org.springframework.http.HttpHeaders;

import io.hvs.hazard.api.HazardRequest;
import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.api.InvalidRequestException;
import io.hvs.hazard.api.ModuleReading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the CloudEvent mapping (Jazzer): headers and body of any shape in, through
 * {@link CloudEventRequestDecoder#decode} and then, for each decoded event, the plain API's decoder on its data
 * (what the scoring path does). Properties: the decoder returns {@code null} only for requests that are not
 * CloudEvents, otherwise valid 1.0 events or a {@link CloudEventException} that is a 4xx naming at least one
 * problem without Java internals; the data decoder yields only finite features or an
 * {@link InvalidRequestException}. Any other exception is a finding.
 */
class CloudEventDecoderFuzzTests {

    private static final CloudEventRequestDecoder DECODER = new CloudEventRequestDecoder();

    private static final HazardRequestDecoder DATA = new HazardRequestDecoder(5, 16);

    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+|Exception");

    private static final String[] CONTENT_TYPES = { "application/json", "application/cloudevents+json",
            "application/cloudevents-batch+json", "application/cloudevents+json; charset=UTF-8", "text/plain" };

    private static final String[] HEADERS = { "ce-specversion", "ce-id", "ce-source", "ce-type", "ce-time",
            "ce-subject", "ce-dataschema", "ce-datacontenttype", "ce-traceparent", "CE-Id", "ce-", "ce-x_y",
            "traceparent", "X-Other" };

    @FuzzTest(maxDuration = "25s")
    void decodesOrRefusesWithA4xx(FuzzedDataProvider data) {
        HttpHeaders headers = new HttpHeaders();
        int type = data.consumeInt(0, CONTENT_TYPES.length + 1);
        if (type < CONTENT_TYPES.length) {
            headers.set(HttpHeaders.CONTENT_TYPE, CONTENT_TYPES[type]);
        }
        else if (type == CONTENT_TYPES.length) {
            headers.set(HttpHeaders.CONTENT_TYPE, data.consumeString(40));
        }
        if (data.consumeBoolean()) {
            // Start from a valid binary event more often than chance would, so the fuzzer gets past the checks.
            headers.set("ce-specversion", "1.0");
            headers.set("ce-id", "fuzz-1");
            headers.set("ce-source", "/fuzz");
            headers.set("ce-type", "io.hvs.battery.readings.v1");
        }
        int extra = data.consumeInt(0, 4);
        for (int i = 0; i < extra; i++) {
            String name = data.consumeBoolean() ? data.pickValue(HEADERS) : "ce-" + data.consumeString(12);
            headers.add(name, data.consumeString(64));
        }
        byte[] body = data.consumeRemainingAsBytes();
        DecodedRequest request;
        try {
            request = DECODER.decode(headers, body);
        }
        catch (CloudEventException ex) {
            assertThat(ex.getStatusCode().is4xxClientError()).isTrue();
            assertThat(ex.errors()).isNotEmpty();
            // Names the client sent (a header or member name) may come back; nothing else that looks internal.
            String input = headers + new String(body, StandardCharsets.UTF_8);
            Matcher internal = CLASS_NAME.matcher(ex.getMessage());
            while (internal.find()) {
                assertThat(input).as(ex.getMessage()).contains(internal.group());
            }
            return;
        }
        if (request == null) {
            assertThat(CloudEventMode.detect(headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.keySet())).isNull();
            return;
        }
        assertThat(request.events()).isNotEmpty();
        for (DecodedEvent decoded : request.events()) {
            CloudEvent event = decoded.event();
            assertThat(List.of(event.getId(), event.getSource().toString(), event.getType())).allMatch(
                    (value) -> !value.isEmpty());
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(EventDataMediaType.isJson(event.getDataContentType())).isTrue();
            assertThat(event.getData()).isNotNull();
            checkData(event.getData().toBytes());
        }
    }

    private static void checkData(byte[] data) {
        HazardRequest request;
        try {
            request = DATA.decode(data);
        }
        catch (InvalidRequestException ex) {
            assertThat(ex.errors()).isNotEmpty();
            return;
        }
        for (ModuleReading reading : request.readings()) {
            for (double value : reading.features()) {
                assertThat(Float.isFinite((float) value)).isTrue();
            }
        }
    }

}
