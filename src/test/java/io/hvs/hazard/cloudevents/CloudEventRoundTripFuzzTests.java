package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import io.hvs.hazard.api.HazardPrediction;
import io.hvs.hazard.api.HazardResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of the CloudEvent mapping under fuzzing (Jazzer): percent-encoding of header values, and a reply
 * written in each mode by {@link CloudEventReplyEncoder} then read back by {@link CloudEventRequestDecoder} with
 * every attribute intact, whatever the client put into the ids and Module_ID the reply carries.
 */
class CloudEventRoundTripFuzzTests {

    private static final CloudEventRequestDecoder DECODER = new CloudEventRequestDecoder();

    private static final CloudEventReplyEncoder ENCODER = new CloudEventReplyEncoder(CloudEventJson.mapper());

    private static final PredictionEventFactory REPLIES = new PredictionEventFactory(URI.create("/hvs-api/rev-1"),
            Clock.fixed(Instant.parse("2026-03-14T09:26:53.120Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "25s")
    void percentCodingAndRepliesRoundTrip(FuzzedDataProvider data) {
        String inputId = data.consumeString(40);
        String moduleId = data.consumeString(40);
        percentCodingRoundTrips(moduleId, data.consumeRemainingAsString());
        if (!inputId.isEmpty() && isWellFormed(inputId) && isWellFormed(moduleId)) {
            repliesRoundTrip(inputId, moduleId);
        }
    }

    /**
     * Any well-formed value survives encode + decode and encodes to printable ASCII; any raw value decodes or fails
     * with a reason that does not repeat it.
     */
    private static void percentCodingRoundTrips(String value, String raw) {
        if (isWellFormed(value)) {
            String encoded = PercentCodec.encode(value);
            assertThat(encoded.chars()).allMatch((c) -> c >= 0x21 && c <= 0x7E && c != '"');
            assertThat(PercentCodec.decode(encoded)).isEqualTo(value);
        }
        try {
            PercentCodec.decode(raw);
        }
        catch (IllegalArgumentException ex) {
            // The reason goes to the client: it says where, never repeats the value.
            assertThat(ex.getMessage()).isNotBlank();
            if (raw.length() >= 12) {
                assertThat(ex.getMessage()).doesNotContain(raw);
            }
        }
    }

    /** A reply carrying the client's ids, written in each mode and read back: every attribute intact. */
    private static void repliesRoundTrip(String inputId, String moduleId) {
        CloudEvent input = CloudEventBuilder.v1()
            .withId(inputId)
            .withSource(URI.create("/fuzz"))
            .withType("io.hvs.battery.readings.v1")
            .build();
        HazardResponse response = new HazardResponse(List.of(new HazardPrediction(moduleId, 1, 0.75, null)),
                "0123456789abcdef0123456789abcdef", "hvs-hazard-classifier", "models:/hvs-hazard-classifier/1", 0.5);
        byte[] body = ("{\"predictions\":[]}").getBytes(StandardCharsets.UTF_8);
        CloudEvent reply = REPLIES.reply(input, response, body, null);
        for (CloudEventMode mode : CloudEventMode.values()) {
            ResponseEntity<byte[]> written = ENCODER.encode(mode, List.of(reply));
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(written.getHeaders());
            CloudEvent read = DECODER.decode(headers, written.getBody()).events().get(0).event();
            assertThat(read.getId()).isEqualTo(reply.getId());
            assertThat(read.getSource()).isEqualTo(reply.getSource());
            assertThat(read.getType()).isEqualTo(reply.getType());
            assertThat(read.getSubject()).isEqualTo(reply.getSubject());
            assertThat(read.getTime()).isEqualTo(reply.getTime());
            assertThat(read.getExtension(HazardEventTypes.INPUT_ID)).isEqualTo(inputId);
            assertThat(read.getExtension(HazardEventTypes.HAZARD)).isEqualTo("true");
            assertThat(read.getData().toBytes()).isEqualTo(body);
        }
    }

    /** Strings a client can send in JSON: no unpaired surrogates (UTF-8 has no encoding for them). */
    private static boolean isWellFormed(String value) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(value);
    }

}
