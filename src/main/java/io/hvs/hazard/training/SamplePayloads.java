package io.hvs.hazard.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.features.FeatureSchema;

/**
 * Picks one normal and one hazardous reading of the held-out modules, with their 30 features from the feature
 * pipeline, and writes them as request bodies of the prediction API: {@code {"readings":[{"Module_ID":...,
 * <30 features>}]}}. The normal one is the middle reading of the first normal held-out module, the hazardous one the
 * reading five minutes into the first faulty held-out module's window; each must get the expected answer from the
 * model just trained, or training fails. {@link HistoryPayloads} writes the raw histories that end at the same rows.
 */
final class SamplePayloads {

    static final String NORMAL = "test_payload.json";

    static final String HAZARDOUS = "test_payload_hazardous.json";

    private SamplePayloads() {
    }

    static void write(Path directory, TrainingResult result) {
        PreparedData data = result.data();
        List<Integer> heldOut = data.split().heldOutModules();
        int normal = heldOut.stream().filter((m) -> data.modules().get(m).fault().isEmpty()).findFirst().orElseThrow();
        int faulty = heldOut.stream().filter((m) -> data.modules().get(m).fault().isPresent()).findFirst()
            .orElseThrow();
        int normalRow = data.offsets()[normal] + data.modules().get(normal).rows() / 2;
        FaultSpec fault = data.modules().get(faulty).fault().get();
        int hazardousRow = data.offsets()[faulty] + fault.onsetStep() + Math.min(30, fault.durationSteps() - 1);
        PreprocessingArtifacts.write(directory.resolve(NORMAL), payload(result, normal, normalRow, 0));
        PreprocessingArtifacts.write(directory.resolve(HAZARDOUS), payload(result, faulty, hazardousRow, 1));
        HistoryPayloads.write(directory, data, normal, normalRow, faulty, hazardousRow);
    }

    /** One reading's 30 features by name, in signature order, after its Module_ID. */
    static Map<String, Object> reading(String moduleId, double[] features) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put(FeatureSchema.MODULE_ID, moduleId);
        for (int f = 0; f < FeatureSchema.FEATURE_COUNT; f++) {
            reading.put(FeatureSchema.FEATURE_NAMES.get(f), features[f]);
        }
        return reading;
    }

    private static Map<String, Object> payload(TrainingResult result, int module, int row, int expected) {
        PreparedData data = result.data();
        int answer = (result.scores()[row] >= result.threshold()) ? 1 : 0;
        if (data.labels()[row] != expected || answer != expected) {
            throw new IllegalStateException("sample reading " + row + " of " + data.modules().get(module).moduleId()
                    + " is labelled " + data.labels()[row] + " and predicted " + answer + ", expected " + expected);
        }
        return Map.of("readings", List.of(reading(data.modules().get(module).moduleId(), data.features()[row])));
    }

}
