package io.hvs.hazard.api;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that two decoded requests are the same, each feature to the bit (a record compares arrays by identity). */
final class SameRequest {

    private SameRequest() {
    }

    static void assertSameRequest(HazardRequest actual, HazardRequest expected) {
        assertThat(actual.singleReading()).as("singleReading").isEqualTo(expected.singleReading());
        assertThat(actual.histories()).as("histories").isEqualTo(expected.histories());
        assertThat(actual.readings()).as("readings").hasSameSizeAs(expected.readings());
        for (int i = 0; i < expected.readings().size(); i++) {
            ModuleReading got = actual.readings().get(i);
            ModuleReading want = expected.readings().get(i);
            String reading = "reading " + i;
            assertThat(got.moduleId()).as(reading + " Module_ID").isEqualTo(want.moduleId());
            assertThat(got.rackId()).as(reading + " Rack_ID").isEqualTo(want.rackId());
            assertThat(got.timestamp()).as(reading + " Timestamp").isEqualTo(want.timestamp());
            for (int slot = 0; slot < ReadingFields.FEATURES; slot++) {
                assertThat(Double.doubleToRawLongBits(got.features()[slot]))
                    .as("%s %s: %s, not %s", reading, ReadingFields.featureName(slot), got.features()[slot],
                            want.features()[slot])
                    .isEqualTo(Double.doubleToRawLongBits(want.features()[slot]));
            }
        }
    }

}
