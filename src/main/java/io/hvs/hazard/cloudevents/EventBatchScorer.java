package io.hvs.hazard.cloudevents;

import java.util.ArrayList;
import java.util.List;

import io.hvs.hazard.api.FieldError;
import io.hvs.hazard.api.HazardRequest;
import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.api.HazardResponse;
import io.hvs.hazard.api.InvalidRequestException;
import io.hvs.hazard.api.ModuleHistory;
import io.hvs.hazard.api.ModuleReading;
import io.hvs.hazard.cloudevents.CloudEventException.Kind;

/**
 * Scores the data of every event of one request with ONE model call (two when feature readings and raw histories
 * are mixed): each event's data is decoded by the plain API's decoder, the readings (histories) of all events are
 * concatenated, scored, and the predictions are split back per event. All or nothing: when any event's data is
 * invalid, every bad event is named (by index, with pointers into the request) and nothing is scored. The reading limit ({@code hvs.inference.max-readings}) applies to the
 * whole request, as on the plain path. Thread-safe.
 */
final class EventBatchScorer {

    private final HazardRequestDecoder decoder;

    private final EventDataScorer scorer;

    EventBatchScorer(HazardRequestDecoder decoder, EventDataScorer scorer) {
        this.decoder = decoder;
        this.scorer = scorer;
    }

    /** One answer per event, in event order. */
    List<HazardResponse> score(List<DecodedEvent> events) {
        List<HazardRequest> requests = decode(events);
        List<ModuleReading> all = new ArrayList<>();
        List<ModuleHistory> histories = new ArrayList<>();
        for (HazardRequest request : requests) {
            all.addAll(request.readings());
            histories.addAll(request.histories());
        }
        if (all.size() + histories.size() > this.decoder.maxReadings()) {
            throw CloudEventException.of(Kind.TOO_MANY_READINGS, EventError.member("", null, null, "the events hold "
                    + (all.size() + histories.size()) + " readings and histories; at most "
                    + this.decoder.maxReadings() + " are scored per request"));
        }
        // Feature readings in one model call, raw histories (features computed first) in another.
        HazardResponse readingAnswers = null;
        HazardResponse historyAnswers = null;
        try {
            readingAnswers = all.isEmpty() ? null : this.scorer.score(new HazardRequest(all, false));
            historyAnswers = histories.isEmpty() ? null
                    : this.scorer.score(new HazardRequest(List.of(), false, histories));
        }
        catch (InvalidRequestException ex) {
            throw relocate(ex, events, requests);
        }
        List<HazardResponse> answers = new ArrayList<>(requests.size());
        int readingOffset = 0;
        int historyOffset = 0;
        for (HazardRequest request : requests) {
            if (request.hasHistories()) {
                answers.add(slice(historyAnswers, historyOffset, request.histories().size()));
                historyOffset += request.histories().size();
            }
            else {
                answers.add(slice(readingAnswers, readingOffset, request.readings().size()));
                readingOffset += request.readings().size();
            }
        }
        return answers;
    }

    private static HazardResponse slice(HazardResponse combined, int offset, int count) {
        return new HazardResponse(combined.predictions().subList(offset, offset + count), combined.modelVersion(),
                combined.modelName(), combined.modelUri(), combined.decisionThreshold());
    }

    private List<HazardRequest> decode(List<DecodedEvent> events) {
        List<HazardRequest> requests = new ArrayList<>(events.size());
        List<EventError> errors = new ArrayList<>();
        Kind kind = Kind.INVALID_DATA;
        for (DecodedEvent event : events) {
            try {
                requests.add(this.decoder.decode(event.event().getData().toBytes()));
            }
            catch (InvalidRequestException ex) {
                // Decoding goes on, so one answer names every bad event of a batch.
                for (FieldError error : ex.errors()) {
                    errors.add(EventError.data(event.dataPointer(), event.index(), error));
                }
                if (ex.kind() == InvalidRequestException.Kind.TOO_MANY_READINGS) {
                    kind = Kind.TOO_MANY_READINGS;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CloudEventException(kind, errors);
        }
        return requests;
    }

    /**
     * Maps a problem the scorer found at reading n (or raw history n) of the concatenation back to its event and
     * to the reading's (history's) index there.
     */
    private static CloudEventException relocate(InvalidRequestException ex, List<DecodedEvent> events,
            List<HazardRequest> requests) {
        List<EventError> errors = new ArrayList<>();
        for (FieldError error : ex.errors()) {
            boolean history = error.history() != null;
            Integer index = history ? error.history() : error.reading();
            if (index == null) {
                // Not about one reading, so about no single event either.
                errors.add(new EventError("", null, null, null, error.field(), error.reason()));
                continue;
            }
            int event = 0;
            int local = index;
            while (event < requests.size() - 1 && local >= count(requests.get(event), history)) {
                local -= count(requests.get(event), history);
                event++;
            }
            HazardRequest request = requests.get(event);
            FieldError relocated = history
                    ? new FieldError("/histories/" + local, local, null, error.field(), error.reason())
                    : new FieldError(request.pointer(local, error.field()), local, error.field(), error.reason());
            DecodedEvent at = events.get(event);
            errors.add(EventError.data(at.dataPointer(), at.index(), relocated));
        }
        return new CloudEventException((ex.kind() == InvalidRequestException.Kind.TOO_MANY_READINGS)
                ? Kind.TOO_MANY_READINGS : Kind.INVALID_DATA, errors);
    }

    private static int count(HazardRequest request, boolean histories) {
        return histories ? request.histories().size() : request.readings().size();
    }

}
