package io.hvs.hazard.function;

import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import io.hvs.hazard.inference.InferenceException;

/**
 * The {@code predict} function served at {@code POST /predict}. It takes the raw body bytes so that Spring Cloud
 * Function does no JSON binding (it would turn bad JSON into a 500) and does not split a JSON array body into
 * one call per element (it does that for any other input type); it writes the JSON answer itself.
 */
class PredictHazardFunction implements Function<Message<byte[]>, Message<byte[]>> {

    private final HazardScoringService scoring;

    private final ObjectWriter writer;

    PredictHazardFunction(HazardScoringService scoring, ObjectMapper objectMapper) {
        this.scoring = scoring;
        // Probabilities with Jackson's Schubfach writer instead of Double.toString: the JDK's took 60% of writing a
        // 100-reading answer (async-profiler, issue 7); both print a double that reads back identically.
        this.writer = objectMapper.writer().with(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> request) {
        byte[] body;
        try {
            body = this.writer.writeValueAsBytes(this.scoring.score(request.getPayload()));
        }
        catch (JsonProcessingException ex) {
            throw InferenceException.internal("cannot write the response", ex);
        }
        return MessageBuilder.withPayload(body)
            .setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
            .build();
    }

}
