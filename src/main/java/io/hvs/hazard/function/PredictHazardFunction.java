package io.hvs.hazard.function;

import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.messaging.Message;

import io.hvs.hazard.api.HazardResponseWriter;

/**
 * The {@code predict} function served at {@code POST /predict}. It takes the raw body bytes so that Spring Cloud
 * Function does no JSON binding (it would turn bad JSON into a 500) and does not split a JSON array body into
 * one call per element (it does that for any other input type); it writes the JSON answer itself.
 */
class PredictHazardFunction implements Function<Message<byte[]>, Message<byte[]>> {

    private final HazardScoringService scoring;

    private final HazardResponseWriter writer;

    PredictHazardFunction(HazardScoringService scoring, ObjectMapper objectMapper) {
        this.scoring = scoring;
        this.writer = new HazardResponseWriter(objectMapper);
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> request) {
        byte[] body = this.writer.write(this.scoring.score(request.getPayload()));
        return JsonMessage.of(body);
    }

}
