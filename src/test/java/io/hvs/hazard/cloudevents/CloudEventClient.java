package io.hvs.hazard.cloudevents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;

/**
 * A CloudEvents HTTP client made of the SDK's HTTP binding writer and reader (cloudevents-http-basic) over
 * java.net.http, plus the SDK's JSON event format for batches (the SDK has no batch writer).
 */
final class CloudEventClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // The SDK's Jackson module on a default mapper, as a producer would use it (the service's strict mapper keeps
    // decimals as BigDecimal, which Jackson prints without trailing zeros: 1.0 would come back as 1).
    private final ObjectMapper json = JsonMapper.builder().addModule(JsonFormat.getCloudEventJacksonModule()).build();

    private final URI uri;

    CloudEventClient(URI uri) {
        this.uri = uri;
    }

    HttpResponse<byte[]> sendBinary(CloudEvent event, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(this.uri);
        AtomicReference<byte[]> body = new AtomicReference<>();
        HttpMessageFactory.createWriter(request::header, body::set).writeBinary(event);
        extraHeaders.forEach(request::header);
        return send(request, body.get());
    }

    HttpResponse<byte[]> sendStructured(CloudEvent event) {
        HttpRequest.Builder request = HttpRequest.newBuilder(this.uri);
        AtomicReference<byte[]> body = new AtomicReference<>();
        HttpMessageFactory.createWriter(request::header, body::set).writeStructured(event, new JsonFormat());
        return send(request, body.get());
    }

    HttpResponse<byte[]> sendBatch(List<CloudEvent> events) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
            .header("Content-Type", "application/cloudevents-batch+json");
        return send(request, this.json.writeValueAsBytes(events));
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request, byte[] body) {
        try {
            return this.http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Reads a binary or structured reply with the SDK's HTTP reader (ce- values percent-decoded first). */
    static CloudEvent read(HttpResponse<byte[]> response) {
        return HttpMessageFactory.createReader((header) -> response.headers().map().forEach((name, values) -> values
            .forEach((v) -> header.accept(name, CloudEventMode.isCloudEventHeader(name) ? PercentCodec.decode(v) : v))),
                response.body()).toEvent();
    }

    List<CloudEvent> readBatch(HttpResponse<byte[]> response) throws IOException {
        return List.of(this.json.readValue(response.body(), CloudEvent[].class));
    }

}
