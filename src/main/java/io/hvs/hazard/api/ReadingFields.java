package io.hvs.hazard.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import io.hvs.hazard.features.FeatureSchema;

/**
 * The members a reading may have (the 30 features, Module_ID, Rack_ID, Timestamp), each with a slot number, and
 * the domain rule of each feature. Slots 0..29 are the features in {@link FeatureSchema#FEATURE_NAMES} order.
 */
final class ReadingFields {

    static final String RACK_ID = "Rack_ID";

    static final int FEATURES = FeatureSchema.FEATURE_COUNT;

    static final int MODULE_ID_SLOT = FEATURES;

    static final int RACK_ID_SLOT = FEATURES + 1;

    static final int TIMESTAMP_SLOT = FEATURES + 2;

    static final String NOT_FINITE = "must be a finite number within the float32 range";

    private static final Map<String, Integer> SLOTS = buildSlots();

    private static final Rule[] RULES = buildRules();

    private static final SerializableString[] NAMES = buildNames();

    private static final int[] EXPECTED_AFTER = buildExpectedOrder();

    private ReadingFields() {
    }

    /** The slot of a member name, or -1 when a reading may not have that member. */
    static int slotOf(String name) {
        Integer slot = SLOTS.get(name);
        return (slot != null) ? slot : -1;
    }

    /** The member name of a slot, ready for Jackson's in-place name match. */
    static SerializableString quotedName(int slot) {
        return NAMES[slot];
    }

    /**
     * The slot whose member usually follows {@code slot}'s in a reading, or -1 when the object usually ends: the
     * data set's order (Timestamp, Module_ID, Rack_ID, then the 30 features), where a client that sends no
     * Rack_ID goes from Module_ID straight to the first feature, as the sample payloads do.
     */
    static int expectedAfter(int slot) {
        return EXPECTED_AFTER[slot];
    }

    static String featureName(int slot) {
        return FeatureSchema.FEATURE_NAMES.get(slot);
    }

    /** Why {@code value} is not acceptable for the feature in {@code slot}, or {@code null} when it is. */
    static String check(int slot, double value) {
        // The model computes in float32: a double beyond its range would turn into infinity there.
        if (!Float.isFinite((float) value)) {
            return NOT_FINITE;
        }
        return RULES[slot].check(value);
    }

    private static Map<String, Integer> buildSlots() {
        Map<String, Integer> slots = new HashMap<>();
        List<String> features = FeatureSchema.FEATURE_NAMES;
        for (int i = 0; i < features.size(); i++) {
            slots.put(features.get(i), i);
        }
        slots.put(FeatureSchema.MODULE_ID, MODULE_ID_SLOT);
        slots.put(RACK_ID, RACK_ID_SLOT);
        slots.put(FeatureSchema.TIMESTAMP, TIMESTAMP_SLOT);
        return Map.copyOf(slots);
    }

    private static SerializableString[] buildNames() {
        SerializableString[] names = new SerializableString[TIMESTAMP_SLOT + 1];
        for (int i = 0; i < FEATURES; i++) {
            names[i] = new SerializedString(featureName(i));
        }
        names[MODULE_ID_SLOT] = new SerializedString(FeatureSchema.MODULE_ID);
        names[RACK_ID_SLOT] = new SerializedString(RACK_ID);
        names[TIMESTAMP_SLOT] = new SerializedString(FeatureSchema.TIMESTAMP);
        return names;
    }

    private static int[] buildExpectedOrder() {
        int[] next = new int[TIMESTAMP_SLOT + 1];
        for (int i = 0; i < FEATURES - 1; i++) {
            next[i] = i + 1;
        }
        next[FEATURES - 1] = -1;
        next[TIMESTAMP_SLOT] = MODULE_ID_SLOT;
        next[MODULE_ID_SLOT] = 0;
        next[RACK_ID_SLOT] = 0;
        return next;
    }

    private static Rule[] buildRules() {
        Rule[] rules = new Rule[FEATURES];
        for (int i = 0; i < FEATURES; i++) {
            String name = featureName(i);
            if (name.equals(FeatureSchema.SOC)) {
                rules[i] = Rule.PERCENT;
            }
            else if (name.equals(FeatureSchema.CO) || name.equals(FeatureSchema.H2) || name.equals(FeatureSchema.VOC)) {
                rules[i] = Rule.GAS_CONCENTRATION;
            }
            else if (name.startsWith("Rolling_std_")) {
                rules[i] = Rule.STANDARD_DEVIATION;
            }
            else {
                rules[i] = Rule.ANY_FINITE;
            }
        }
        return rules;
    }

    /** A feature's domain rule; an enum switch rather than lambdas, as it runs for every value of every reading. */
    private enum Rule {

        ANY_FINITE, PERCENT, GAS_CONCENTRATION, STANDARD_DEVIATION;

        String check(double v) {
            return switch (this) {
                case ANY_FINITE -> null;
                case PERCENT -> (v >= 0 && v <= 100) ? null : "must be between 0 and 100";
                case GAS_CONCENTRATION -> (v >= 0) ? null : "must not be negative (a gas concentration in ppm)";
                case STANDARD_DEVIATION -> (v >= 0) ? null : "must not be negative (a standard deviation)";
            };
        }

    }

}
