package io.hvs.hazard.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.knative.duck.v1.Destination;
import io.fabric8.knative.duck.v1.KReference;
import io.fabric8.knative.eventing.v1.Broker;
import io.fabric8.knative.eventing.v1.Trigger;
import io.fabric8.knative.serving.v1.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Eventing wiring in events/: every Trigger names a Broker and Knative Services that exist in the repo. */
class TriggerManifestTests {

    private final List<Trigger> triggers = ManifestFiles.ofType(Trigger.class);

    @Test
    void someTriggerDeliversToTheHazardFunction() {
        assertThat(this.triggers).anySatisfy((t) -> {
            assertThat(t.getSpec().getSubscriber().getRef().getName()).isEqualTo("hvs-api");
            assertThat(t.getSpec().getSubscriber().getUri()).as("relative to the ksvc address").startsWith("/");
        });
    }

    @Test
    void everyDestinationRefNamesAKnativeServiceOfTheRepo() {
        Set<String> services = ManifestFiles.ofType(Service.class).stream().map((s) -> s.getMetadata().getName())
            .collect(Collectors.toSet());
        List<Destination> destinations = new ArrayList<>();
        for (Trigger trigger : this.triggers) {
            destinations.add(trigger.getSpec().getSubscriber());
            if (trigger.getSpec().getDelivery() != null) {
                destinations.add(trigger.getSpec().getDelivery().getDeadLetterSink());
            }
        }
        for (Broker broker : ManifestFiles.ofType(Broker.class)) {
            if (broker.getSpec().getDelivery() != null) {
                destinations.add(broker.getSpec().getDelivery().getDeadLetterSink());
            }
        }
        assertThat(destinations).isNotEmpty().allSatisfy((destination) -> {
            if (destination == null || destination.getRef() == null) {
                return;
            }
            KReference ref = destination.getRef();
            if ("Service".equals(ref.getKind()) && "serving.knative.dev/v1".equals(ref.getApiVersion())) {
                assertThat(services).as("Knative Service %s", ref.getName()).contains(ref.getName());
            }
        });
    }

    @Test
    void everyTriggerNamesABrokerOfTheRepo() {
        Set<String> brokers = ManifestFiles.ofType(Broker.class).stream().map((b) -> b.getMetadata().getName())
            .collect(Collectors.toSet());
        assertThat(this.triggers).isNotEmpty()
            .allSatisfy((t) -> assertThat(brokers).contains(t.getSpec().getBroker()));
    }

}
