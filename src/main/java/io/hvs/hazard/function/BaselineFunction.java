package io.hvs.hazard.function;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.springframework.messaging.Message;

/**
 * The benchmark's baseline (issue 7): takes the body like {@code predict} does and answers a canned
 * single-reading prediction of the same shape, without decoding, validation or inference. The benchmark's
 * ratio predict/baseline is what our own code costs on top of the web stack. Served only when
 * {@code hvs.benchmark.baseline-endpoint=true}; never in production.
 */
final class BaselineFunction implements Function<Message<byte[]>, Message<byte[]>> {

    static final String PATH = "/benchmark/baseline";

    private static final byte[] CANNED = ("{\"predictions\":[{\"Module_ID\":\"RackA3_Module01\","
            + "\"hazard_prediction\":0,\"hazard_probability\":1.4689403178635985E-4}],"
            + "\"model_version\":\"00000000000000000000000000000000\",\"model_name\":\"baseline\","
            + "\"model_uri\":\"baseline\",\"decision_threshold\":0.5}")
        .getBytes(StandardCharsets.UTF_8);

    @Override
    public Message<byte[]> apply(Message<byte[]> request) {
        return JsonMessage.of(CANNED);
    }

}
